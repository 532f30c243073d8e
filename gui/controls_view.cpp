#include "gui/controls_view.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/widget_labels.h"

#include "gui/batch_details.h"
#include "gui/event_log_view.h"
#include "gui/user_folders.h"
#include "sim/core/atomic_file.h"
#include "sim/scenario/units.h"
#include "sim/core/localized_error.h"

namespace pujiang::gui {

namespace {

void helpMarker(const char* help) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

// A button that is greyed out, with the reason as its tooltip, when the intervention cannot apply.
bool interventionButton(const char* label, const DaySession& session, const Intervention& intervention,
                        const UiStrings& text) {
    const std::optional<std::string_view> why = session.whyNot(intervention);
    ImGui::BeginDisabled(why.has_value());
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    if (why && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", text.get(("why." + std::string(*why)).c_str()));
    return pressed;
}

std::string roomLabel(const ScenarioSpec& spec, std::size_t r) { return fmt::format("{} {}", r + 1, spec.rooms[r].name); }

}  // namespace

std::filesystem::path defaultInterventionLog(const std::string& scenarioName) {
    return userDataFile("interventions", scenarioName + "-interventions.csv");
}

void drawTimeControls(DaySession& session, ControlsState& state, const UiStrings& text) {
    if (state.seedInput == 0) state.seedInput = session.seed();
    Pace& pace = state.pace;
    // A finished day has nothing left to play: the button says Play again, greyed out, until a
    // restart or a jump back.
    const bool finished = session.day().finished();
    if (finished) pace.playing = false;
    ImGui::BeginDisabled(finished);
    if (ImGui::Button(fmt::format("{}###play", text.get(pace.playing ? "controls.pause" : "controls.play")).c_str(),
                      ImVec2(ImGui::GetFontSize() * 4, 0)))
        pace.playing = !pace.playing;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(text.get("controls.step"))) session.step();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("controls.step.help"));
    ImGui::SameLine();
    ImGui::BeginDisabled(pace.fastest);
    float speed = static_cast<float>(pace.minutesPerSecond);
    labelBefore(text.get("controls.speed"));
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(text.get("controls.speed.format")).x + ImGui::GetFontSize() * 3);
    if (ImGui::SliderFloat("##speed", &speed, static_cast<float>(Pace::kSlowest),
                           static_cast<float>(Pace::kFastest), text.get("controls.speed.format"),
                           ImGuiSliderFlags_Logarithmic))
        pace.minutesPerSecond = speed;
    ImGui::EndDisabled();
    helpMarker(text.get("controls.speed.help"));
    ImGui::SameLine();
    ImGui::Checkbox(text.get("controls.fastest"), &pace.fastest);

    // Jump, restart and seed go on a second line when the window is too narrow for one.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto textWidth = [](const char* id_text) { return ImGui::CalcTextSize(id_text).x; };
    const float secondGroup = textWidth(text.get("controls.jump")) + textWidth(text.get("controls.restart")) +
                              textWidth(text.get("controls.seed")) + textWidth(text.get("controls.new_seed")) +
                              ImGui::GetFontSize() * 9.5f + 6 * style.FramePadding.x + 6 * style.ItemSpacing.x;
    sameLineIfRoom(secondGroup);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    const bool entered = ImGui::InputText("##jump", state.jumpTo, sizeof state.jumpTo,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button(text.get("controls.jump")) || entered) {
        const std::optional<double> time = parseClock(state.jumpTo);
        if (time) {
            session.jumpTo(*time);
            state.message.clear();
        } else {
            state.message = fmt::format("{}: {}", text.get("controls.jump.bad"), state.jumpTo);
        }
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("controls.jump.help"));

    ImGui::SameLine();
    if (ImGui::Button(text.get("controls.restart"))) session.restart(session.seed());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("controls.restart.help"));
    ImGui::SameLine();
    labelBefore(text.get("controls.seed"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    ImGui::InputScalar("##seed", ImGuiDataType_U64, &state.seedInput);
    ImGui::SameLine();
    if (ImGui::Button(text.get("controls.new_seed"))) {
        if (state.seedInput == session.seed()) ++state.seedInput;
        session.restart(state.seedInput);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("controls.new_seed.help"));
    if (!state.message.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.2f, 1.0f), "%s", state.message.c_str());
    }
}

void drawInterventions(DaySession& session, InterventionsState& state, const UiStrings& text) {
    const ScenarioSpec& spec = session.spec();
    if (state.logFile[0] == '\0')
        std::snprintf(state.logFile, sizeof state.logFile, "%s", defaultInterventionLog(spec.name).c_str());
    hintText(text.get("act.help"));
    if (!spec.rooms.empty()) {
        state.room = std::clamp(state.room, 0, static_cast<int>(spec.rooms.size()) - 1);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##room", roomLabel(spec, static_cast<std::size_t>(state.room)).c_str())) {
            for (std::size_t r = 0; r < spec.rooms.size(); ++r)
                if (ImGui::Selectable(roomLabel(spec, r).c_str(), static_cast<int>(r) == state.room))
                    state.room = static_cast<int>(r);
            ImGui::EndCombo();
        }
        const auto room = static_cast<std::uint32_t>(state.room);
        const Intervention open{InterventionKind::OpenRoom, room};
        const Intervention close{InterventionKind::CloseRoom, room};
        if (interventionButton(text.get("act.open_room"), session, open, text)) session.apply(open);
        ImGui::SameLine();
        if (interventionButton(text.get("act.close_room"), session, close, text)) session.apply(close);
    }
    const Intervention lawyer{InterventionKind::CallLawyer};
    if (interventionButton(text.get("act.call_lawyer"), session, lawyer, text)) session.apply(lawyer);

    labelBefore(text.get("act.extend_by"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputInt("##extend_minutes", &state.extendMinutes, 5, 30);
    ImGui::SameLine();
    ImGui::TextUnformatted(text.get("unit.min"));
    state.extendMinutes = std::clamp(state.extendMinutes, 1, 600);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    const std::string target = state.extendTarget == 0
                                   ? std::string(text.get("act.whole_day"))
                                   : roomLabel(spec, static_cast<std::size_t>(state.extendTarget - 1));
    if (ImGui::BeginCombo("##extend", target.c_str())) {
        if (ImGui::Selectable(text.get("act.whole_day"), state.extendTarget == 0)) state.extendTarget = 0;
        for (std::size_t r = 0; r < spec.rooms.size(); ++r)
            if (ImGui::Selectable(roomLabel(spec, r).c_str(), state.extendTarget == static_cast<int>(r) + 1))
                state.extendTarget = static_cast<int>(r) + 1;
        ImGui::EndCombo();
    }
    const Intervention extend{InterventionKind::ExtendHours,
                              state.extendTarget == 0 ? kWholeDay : static_cast<std::uint32_t>(state.extendTarget - 1),
                              static_cast<double>(state.extendMinutes)};
    if (interventionButton(text.get("act.extend"), session, extend, text)) session.apply(extend);

    // The log: what was done when; a replay from 08:00 reproduces the day exactly.
    ImGui::Separator();
    ImGui::TextUnformatted(text.get("act.log"));
    for (const Intervention& i : session.interventions()) {
        std::string what = text.get(("act.kind." + std::string(interventionKindName(i.kind))).c_str());
        if (i.room != kWholeDay && i.room < spec.rooms.size()) what += " · " + roomLabel(spec, i.room);
        if (i.kind == InterventionKind::ExtendHours)
            what += fmt::format(" · +{:.0f} {}", i.minutes, text.get("unit.min"));
        if (i.kind == InterventionKind::LeaderAway || i.kind == InterventionKind::Media)
            what += fmt::format(" · {:.0f} {}", i.minutes, text.get("unit.min"));
        if (i.kind == InterventionKind::WalkInFactor) what += fmt::format(" · ×{}", i.factor);
        if (i.kind == InterventionKind::SendLeader) what += fmt::format(" · {} {}", text.get("log.batch"), i.batch);
        if ((i.kind == InterventionKind::Arrive || i.kind == InterventionKind::Redirect) &&
            i.category < spec.categories.size())
            what += " · " + spec.categories[i.category].code;
        if (i.kind == InterventionKind::Decide)
            what += fmt::format(" · {} {} · {}", text.get("log.batch"), i.batch, outcomeText(i.outcome, text));
        ImGui::BulletText("%s  %s", formatClock(i.time).c_str(), what.c_str());
    }
    if (session.interventions().empty()) ImGui::TextDisabled("%s", text.get("act.log.empty"));
    if (ImGui::Button(text.get("act.replay"))) {
        const std::vector<Intervention> log = session.interventions();
        session.replay(log);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("act.replay.help"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##logfile", state.logFile, sizeof state.logFile);
    if (ImGui::Button(text.get("act.save_log"))) {
        try {
            const std::string content = formatInterventionLog(session.interventions(), session.origin());
            if (const std::filesystem::path folder = std::filesystem::path(state.logFile).parent_path(); !folder.empty())
                std::filesystem::create_directories(folder);
            writeFileAtomically(state.logFile, [&](std::ostream& out) { out << content; });
            state.message = fmt::format("{} {}", text.get("act.saved"), state.logFile);
        } catch (const std::exception& error) {
            state.message = errorText(error).in(text.language());
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(text.get("act.load_log"))) {
        try {
            if (!std::ifstream(state.logFile)) throw std::runtime_error(text.get("act.cannot_read"));
            session.replayLogFile(state.logFile);
            state.message = fmt::format("{} {}", text.get("act.replayed"), state.logFile);
        } catch (const std::exception& error) {
            state.message = fmt::format("{}: {}", state.logFile, errorText(error).in(text.language()));
        }
    }
    if (!state.message.empty()) ImGui::TextWrapped("%s", state.message.c_str());
}

}  // namespace pujiang::gui
