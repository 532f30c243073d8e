#include "gui/training_briefing_view.h"

#include <fmt/format.h>
#include <imgui.h>

#include "gui/training_start_view.h"
#include "gui/widget_labels.h"

namespace pujiang::gui {

std::string objectiveTarget(const Objective& objective, const UiStrings& text) {
    return text.getf(objective.atMost ? "training.at_most" : "training.at_least", fmt::format("{:g}", objective.threshold));
}

std::string yuan(double amount) { return fmt::format("¥{:.0f}", amount); }

namespace {

void section(const char* heading, const std::string& body) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.15f, 0.35f, 0.6f, 1.0f), "%s", heading);
    ImGui::TextWrapped("%s", body.c_str());
}

constexpr ActionKind kActions[] = {ActionKind::OpenRoom,    ActionKind::CloseRoom, ActionKind::CallLawyer,
                                   ActionKind::ExtendHours, ActionKind::SendLeader, ActionKind::Redirect,
                                   ActionKind::CallHead};

}  // namespace

void drawCostTable(const Exercise& exercise, const ExerciseSession* session, const UiStrings& text) {
    const Language language = text.language();
    if (!ImGui::BeginTable("costs", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(text.get("training.action"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(text.get("training.cost"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(text.get(session ? "training.taken" : "training.limit"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const ActionKind kind : kActions) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(actionKindLabel(kind).in(language)).c_str());
        ImGui::TableNextColumn();
        const double cost = exercise.budget.costs.of(kind);
        ImGui::TextUnformatted(kind == ActionKind::ExtendHours ? text.getf("training.per_room_hour", yuan(cost)).c_str()
                                                               : yuan(cost).c_str());
        ImGui::TableNextColumn();
        const std::optional<int> limit = exercise.budget.limits.of(kind);
        const std::string most = limit ? fmt::format("{}", *limit) : std::string(text.get("training.no_limit"));
        if (session)
            ImGui::TextUnformatted(fmt::format("{} / {}", session->taken(kind), most).c_str());
        else
            ImGui::TextUnformatted(most.c_str());
    }
    ImGui::EndTable();
}

void drawBriefing(TrainingSession& training, const UiStrings& text) {
    const Exercise& e = training.exercise();
    const Language language = text.language();
    if (ImGui::Button(text.get("training.back"))) {
        training.backToList();
        return;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(e.title.in(language).c_str());
    ImGui::TextDisabled("%s · %s · %s", rolesText(e, text).c_str(),
                        text.getf("training.list.difficulty_of", e.difficulty).c_str(),
                        text.getf("training.minutes", fmt::format("{:.0f}", e.durationMinutes)).c_str());
    ImGui::Separator();
    // Two columns on a wide screen: the story on the left, what is scored on the right; one
    // column below 60 characters of width, as on a 1024-pixel projector with large text.
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool twoColumns = width > em * 60.0f;
    const float startRow = ImGui::GetFrameHeightWithSpacing() * 1.6f;
    ImGui::BeginChild("briefing", ImVec2(twoColumns ? width * 0.55f : 0, -startRow), false);
    section(text.get("training.situation"), e.briefing.situation.in(language));
    section(text.get("training.role"), e.briefing.role.in(language));
    section(text.get("training.resources"), e.briefing.resources.in(language));
    section(text.get("training.success"), e.briefing.success.in(language));
    if (!twoColumns) ImGui::Spacing();
    if (twoColumns) {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("scored", ImVec2(0, -startRow), true);
    }
    ImGui::TextColored(ImVec4(0.15f, 0.35f, 0.6f, 1.0f), "%s", text.get("training.objectives"));
    if (ImGui::BeginTable("objectives", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(text.get("training.objective"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(text.get("training.target"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(text.get("training.points"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableHeadersRow();
        for (const Objective& o : e.objectives) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", o.label.in(language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(objectiveTarget(o, text).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%g", o.weight);
        }
        ImGui::EndTable();
    }
    hintText(text.getf("training.other_points", fmt::format("{:g}", e.scoring.casePoints),
                       fmt::format("{:g}", e.scoring.compliancePoints), fmt::format("{:g}", e.scoring.costPoints))
                 .c_str());
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.15f, 0.35f, 0.6f, 1.0f), "%s", text.get("training.budget"));
    ImGui::TextWrapped("%s", e.budget.total > 0 ? text.getf("training.budget_total", yuan(e.budget.total)).c_str()
                                                : text.get("training.budget_none"));
    drawCostTable(e, nullptr, text);
    if (e.decisionSeconds > 0)
        ImGui::TextWrapped("%s", text.getf("training.decision_limit", fmt::format("{:.0f}", e.decisionSeconds)).c_str());
    ImGui::EndChild();
    ImGui::Separator();
    if (ImGui::Button(text.get("training.start"), ImVec2(em * 12.0f, ImGui::GetFrameHeight() * 1.3f))) training.start();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    hintText(text.get("training.start_hint"));
}

}  // namespace pujiang::gui
