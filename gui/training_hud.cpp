#include "gui/training_hud.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/batch_details.h"
#include "gui/training_briefing_view.h"
#include "gui/widget_labels.h"
#include "sim/training/exercise_score.h"

namespace pujiang::gui {

std::string objectiveValueText(const Objective& objective, double value) {
    if (std::isnan(value)) return "–";
    if (objective.metric.ends_with("_share")) return fmt::format("{:.0f}%", 100.0 * value);
    return fmt::format("{:.4g}", value);
}

namespace {

const ImVec4 kMet(0.1f, 0.5f, 0.2f, 1.0f);
const ImVec4 kNotYet(0.7f, 0.35f, 0.05f, 1.0f);

void heading(const char* label) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.15f, 0.35f, 0.6f, 1.0f), "%s", label);
}

// A coordinator action's button: its name and cost; disabled with the reason as tooltip when the
// session would refuse it. Returns whether it was clicked (and so may be taken).
bool actionButton(const char* label, const Intervention& action, const TrainingSession& training, const UiStrings& text) {
    const std::optional<std::string_view> why = training.whyNot(action);
    const std::string caption = fmt::format("{} · {}###{}", label, yuan(training.costOf(action)), label);
    ImGui::BeginDisabled(why.has_value());
    const bool clicked = ImGui::Button(caption.c_str());
    ImGui::EndDisabled();
    if (why && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", text.get(("why." + std::string(*why)).c_str()));
    return clicked && !why;
}

void drawObjectives(const TrainingSession& training, const UiStrings& text) {
    const Exercise& e = training.exercise();
    const TrainingFigures figures = training.session().figures();
    const DayResult& day = training.floor().result();
    heading(text.get("training.objectives"));
    if (!ImGui::BeginTable("tracker", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(text.get("training.objective"), ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableSetupColumn(text.get("training.now"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn(text.get("training.target"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableHeadersRow();
    for (const Objective& o : e.objectives) {
        const double value = objectiveValue(o.metric, day, figures);
        const bool met = !std::isnan(value) && (o.atMost ? value <= o.threshold : value >= o.threshold);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", o.label.in(text.language()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(met ? kMet : kNotYet, "%s", objectiveValueText(o, value).c_str());
        ImGui::TextColored(met ? kMet : kNotYet, "%s", text.get(met ? "training.met" : "training.not_yet"));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", objectiveTarget(o, text).c_str());
    }
    ImGui::EndTable();
    hintText(text.get("training.objectives_hint"));
}

void drawBudget(const TrainingSession& training, const UiStrings& text) {
    const Exercise& e = training.exercise();
    const double spent = training.session().spent();
    heading(text.get("training.budget"));
    if (e.budget.total > 0) {
        const float share = static_cast<float>(std::clamp(spent / e.budget.total, 0.0, 1.0));
        const std::string overlay = fmt::format("{} / {}", yuan(spent), yuan(e.budget.total));
        ImGui::ProgressBar(share, ImVec2(-1, 0), overlay.c_str());
    } else {
        ImGui::TextWrapped("%s", text.getf("training.spent_no_budget", yuan(spent)).c_str());
    }
}

void drawActions(TrainingSession& training, TrainingHudState& state, const UiStrings& text) {
    const Exercise& e = training.exercise();
    const ScenarioSpec& spec = e.spec;
    const Language language = text.language();
    heading(text.get("training.actions"));
    if (!e.hasRole(TraineeRole::Coordinator)) hintText(text.get("why.not_coordinator"));
    if (spec.rooms.empty()) return;
    state.room = std::clamp(state.room, 0, static_cast<int>(spec.rooms.size()) - 1);
    const auto room = static_cast<std::uint32_t>(state.room);
    labelBefore(text.get("training.room"));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##room", fmt::format("{} {}", room + 1, spec.rooms[room].name).c_str())) {
        for (std::size_t r = 0; r < spec.rooms.size(); ++r)
            if (ImGui::Selectable(fmt::format("{} {}", r + 1, spec.rooms[r].name).c_str(), r == room))
                state.room = static_cast<int>(r);
        ImGui::EndCombo();
    }
    std::optional<Intervention> chosen;
    const auto button = [&](ActionKind kind, const Intervention& action, bool sameLine) {
        if (sameLine) sameLineIfRoom(ImGui::GetFontSize() * 8.0f);
        const std::string label(actionKindLabel(kind).in(language));
        if (actionButton(label.c_str(), action, training, text)) chosen = action;
    };
    button(ActionKind::OpenRoom, Intervention{InterventionKind::OpenRoom, room}, false);
    button(ActionKind::CloseRoom, Intervention{InterventionKind::CloseRoom, room}, true);
    button(ActionKind::CallHead, Intervention{InterventionKind::CallHead, room}, false);
    button(ActionKind::CallLawyer, Intervention{InterventionKind::CallLawyer}, true);

    labelBefore(text.get("training.extend_by"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::SliderInt("##minutes", &state.extendMinutes, 15, 120, text.get("training.minutes_format"));
    ImGui::SameLine();
    ImGui::Checkbox(text.get("training.whole_day"), &state.extendWholeDay);
    Intervention extend{InterventionKind::ExtendHours, state.extendWholeDay ? kWholeDay : room};
    extend.minutes = state.extendMinutes;
    button(ActionKind::ExtendHours, extend, false);

    if (!spec.categories.empty()) {
        state.category = std::clamp(state.category, 0, static_cast<int>(spec.categories.size()) - 1);
        const CategorySpec& category = spec.categories[static_cast<std::size_t>(state.category)];
        labelBefore(text.get("training.redirect_category"));
        ImGui::SetNextItemWidth(-1);
        const auto name = [&](const CategorySpec& c) { return language == Language::Zh ? c.nameZh : c.nameEn; };
        if (ImGui::BeginCombo("##category", name(category).c_str())) {
            for (std::size_t c = 0; c < spec.categories.size(); ++c)
                if (ImGui::Selectable(name(spec.categories[c]).c_str(), static_cast<int>(c) == state.category))
                    state.category = static_cast<int>(c);
            ImGui::EndCombo();
        }
        Intervention redirect{InterventionKind::Redirect, room};
        redirect.category = static_cast<std::uint16_t>(state.category);
        button(ActionKind::Redirect, redirect, false);
    }
    // A leader can be sent only to a batch an inject brought (the exercise names it).
    for (std::size_t i = 0; i < e.injects.size(); ++i) {
        const std::optional<std::int64_t> batch = training.session().injectedBatch(i);
        if (!batch) continue;
        Intervention send{InterventionKind::SendLeader, room};
        send.batch = *batch;
        ImGui::PushID(static_cast<int>(i));
        const std::string label = text.getf("training.send_leader_to", *batch + 1);
        if (actionButton(label.c_str(), send, training, text)) chosen = send;
        ImGui::PopID();
    }
    if (chosen) training.act(*chosen);
    ImGui::Spacing();
    if (ImGui::CollapsingHeader(text.get("training.costs_and_limits"))) drawCostTable(e, &training.session(), text);
}

void drawPace(TrainingSession& training, const UiStrings& text) {
    const ExerciseSession& session = training.session();
    ImGui::Text("%s %s", text.get("header.clock"), formatClock(session.now()).c_str());
    Pace& pace = training.pace();
    if (training.dayOver()) {
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.2f, 1.0f), "%s", text.get("header.finished"));
    } else {
        if (ImGui::Button(text.get(pace.playing ? "training.pause" : "training.play"))) pace.playing = !pace.playing;
        ImGui::SameLine();
        float speed = static_cast<float>(pace.minutesPerSecond);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderFloat("##speed", &speed, 1.0f, 60.0f, text.get("training.speed_format"),
                               ImGuiSliderFlags_Logarithmic))
            pace.minutesPerSecond = speed;
    }
    if (const auto& last = training.lastCase()) {
        const std::string what =
            last->disposition ? text.getf("training.last_decided", last->cardId,
                                          std::string(dispositionLabel(*last->disposition).in(text.language())))
                              : text.getf(last->timedOut ? "training.last_timed_out" : "training.last_passed", last->cardId);
        hintText(what.c_str());
    }
    const char* end = text.get(training.dayOver() ? "training.debrief_now" : "training.end_day");
    if (ImGui::Button(end, ImVec2(-1, 0))) training.finish();
    if (!training.dayOver() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("training.end_day_help"));
}

}  // namespace

void drawTrainingHud(TrainingSession& training, TrainingHudState& state, const UiStrings& text) {
    ImGui::TextWrapped("%s", training.exercise().title.in(text.language()).c_str());
    drawPace(training, text);
    if (training.stage() != TrainingStage::Running) return;  // the day was just ended
    drawObjectives(training, text);
    drawBudget(training, text);
    drawActions(training, state, text);
}

}  // namespace pujiang::gui
