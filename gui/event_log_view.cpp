#include "gui/event_log_view.h"

#include <cstdio>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/widget_labels.h"

#include "gui/batch_details.h"
#include "sim/scenario/enum_value_labels.h"

namespace pujiang::gui {

std::string outcomeText(std::string_view name, const UiStrings& text) {
    static constexpr std::pair<std::string_view, const char*> kOutcomes[] = {
        {"on_spot", "outcome.on_spot"}, {"assigned", "outcome.assigned"},
        {"defined", "outcome.defined"}, {"referred_legal", "outcome.legal"}};
    for (const auto& [outcome, id] : kOutcomes)
        if (name == outcome) return text.get(id);
    return std::string(name);
}

std::string outcomeText(Outcome outcome, const UiStrings& text) { return outcomeText(outcomeName(outcome), text); }

std::string traceKindLabelId(TraceKind kind) { return "trace." + std::string(traceKindName(kind)); }

std::string localizedDetail(const LoggedEvent& e, const ScenarioSpec& spec, const UiStrings& text) {
    const std::string& d = e.detail;
    switch (e.kind) {
    case TraceKind::Arrive: {
        // "CODE group=N companions=M[ appointment]"
        char code[64] = {};
        int group = 0, companions = 0;
        if (std::sscanf(d.c_str(), "%63s group=%d companions=%d", code, &group, &companions) != 3) return d;
        std::string category = code;
        for (std::size_t c = 0; c < spec.categories.size(); ++c)
            if (spec.categories[c].code == code) category = categoryName(spec, c, text);
        const bool appointment = d.ends_with(" appointment");
        return fmt::format("{} · {} {} (+{}) · {}", category, text.get("batch.group"), group, companions,
                           text.get(appointment ? "source.appointment" : "source.walk_in"));
    }
    case TraceKind::ConsultationStart: {
        double wait = 0.0;
        if (std::sscanf(d.c_str(), "wait=%lfmin", &wait) != 1) return d;
        std::string out = fmt::format("{} {:.1f}", text.get("batch.waited"), wait);
        if (d.ends_with(" unmatched")) out += std::string(" · ") + text.get("log.unmatched");
        return out;
    }
    case TraceKind::Renege: {
        double wait = 0.0;
        if (std::sscanf(d.c_str(), "after %lfmin", &wait) != 1) return d;
        return fmt::format("{} {:.1f}", text.get("batch.waited"), wait);
    }
    case TraceKind::ConsultationEnd: return outcomeText(d, text);
    case TraceKind::Intervention: {
        const std::size_t space = d.find(' ');
        const std::string kind = d.substr(0, space);
        if (!parseInterventionKind(kind)) return d;
        std::string out = text.get(("act.kind." + kind).c_str());
        if (kind == "extend_hours" && space != std::string::npos)
            out += fmt::format(" +{} {}", d.substr(space + 1), text.get("unit.min"));
        if ((kind == "leader_away" || kind == "media") && space != std::string::npos)
            out += fmt::format(" {} {}", d.substr(space + 1), text.get("unit.min"));
        if (kind == "decide" && space != std::string::npos) {
            // "decide OUTCOME MINUTES"
            char outcome[32] = {};
            double minutes = 0.0;
            if (std::sscanf(d.c_str() + space + 1, "%31s %lf", outcome, &minutes) == 2)
                out += fmt::format(" · {} · {:.0f} {}", outcomeText(outcome, text), minutes, text.get("unit.min"));
        }
        return out;
    }
    case TraceKind::RoomOpen:
        // A room's opening has no detail; registration and the lawyers' bench say which they are.
        if (d == "registration") return text.get("floor.registration");
        if (d == "lawyers") return text.get("log.detail.lawyers");
        return d;
    case TraceKind::RoomBreak:
        if (d == "start") return text.get("log.detail.break_start");
        if (d == "end") return text.get("log.detail.break_end");
        return d;
    case TraceKind::NoShow: {
        int slot = 0;
        if (std::sscanf(d.c_str(), "appointment %d", &slot) != 1) return d;
        return text.getf("log.detail.no_show", slot + 1);
    }
    case TraceKind::LawyerWait:
        if (d == "no lawyer") return text.get("log.detail.no_lawyer");
        return d;
    case TraceKind::DayClose: {
        const std::string_view rule = enumValueLabel("day.closing_rule", d, text.language());
        return rule.empty() ? d : text.getf("log.detail.closing_rule", rule);
    }
    default: return d;
    }
}

void drawEventLog(const DaySession& session, EventLogViewState& state, const UiStrings& text) {
    // Filter row: kinds in a popup, then batch, room and text.
    if (ImGui::Button(text.get("log.kinds"))) ImGui::OpenPopup("kinds");
    if (ImGui::BeginPopup("kinds")) {
        if (ImGui::SmallButton(text.get("log.all"))) state.filter.kinds.fill(true);
        ImGui::SameLine();
        if (ImGui::SmallButton(text.get("log.none"))) state.filter.kinds.fill(false);
        for (std::size_t k = 0; k < kTraceKindCount; ++k) {
            const std::string id = traceKindLabelId(static_cast<TraceKind>(k));
            ImGui::Checkbox(text.get(id.c_str()), &state.filter.kinds[k]);
        }
        ImGui::EndPopup();
    }
    // Each label and its field stay together; the row wraps on a narrow window or with large text.
    const auto field = [](const char* label, float width) {
        sameLineIfRoom(ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + width);
        labelBefore(label);
        ImGui::SetNextItemWidth(width);
    };
    field(text.get("log.batch"), ImGui::GetFontSize() * 5.0f);
    ImGui::InputInt("##log.batch", &state.batch, 0);
    field(text.get("log.room"), ImGui::GetFontSize() * 4.0f);
    ImGui::InputInt("##log.room", &state.room, 0);
    field(text.get("log.text"), ImGui::GetFontSize() * 8.0f);
    ImGui::InputText("##log.text", state.text, sizeof state.text);
    state.filter.batch = state.batch > 0 ? state.batch - 1 : -1;
    state.filter.room = state.room > 0 ? state.room - 1 : -1;
    state.filter.text = state.text;

    const EventLog& log = session.log();
    const std::vector<std::size_t> shown = log.select(state.filter);
    const std::string count = fmt::format("{}/{}", shown.size(), log.events().size());
    sameLineIfRoom(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::TextDisabled("%s", count.c_str());

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("events", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(text.get("log.time"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
    ImGui::TableSetupColumn(text.get("log.kind"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7.0f);
    ImGui::TableSetupColumn(text.get("log.batch"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
    ImGui::TableSetupColumn(text.get("log.room"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.0f);
    ImGui::TableSetupColumn(text.get("log.detail"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    const ScenarioSpec& spec = session.spec();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const LoggedEvent& e = log.events()[shown[static_cast<std::size_t>(row)]];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(formatClock(e.time).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(text.get(traceKindLabelId(e.kind).c_str()));
            ImGui::TableSetColumnIndex(2);
            if (e.batch >= 0) ImGui::Text("#%lld", static_cast<long long>(e.batch + 1));
            ImGui::TableSetColumnIndex(3);
            if (e.room >= 0 && static_cast<std::size_t>(e.room) < spec.rooms.size())
                ImGui::TextUnformatted(spec.rooms[static_cast<std::size_t>(e.room)].name.c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(localizedDetail(e, spec, text).c_str());
        }
    }
    // Stay at the newest record while the view is at the bottom.
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - ImGui::GetTextLineHeight()) ImGui::SetScrollHereY(1.0f);
    ImGui::EndTable();
}

}  // namespace pujiang::gui
