#include "gui/training_start_view.h"

#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/widget_labels.h"

namespace pujiang::gui {

std::string rolesText(const Exercise& exercise, const UiStrings& text) {
    std::string roles;
    for (const TraineeRole role : exercise.roles) {
        if (!roles.empty()) roles += text.get("training.list_separator");
        roles += roleLabel(role).in(text.language());
    }
    return roles;
}

void drawExerciseList(TrainingSession& training, const UiStrings& text) {
    ImGui::TextUnformatted(text.get("training.list.title"));
    hintText(text.get("training.list.intro"));
    ImGui::Spacing();
    const Language language = text.language();
    const TrainingCatalog& catalog = training.catalog();
    if (catalog.exercises.empty()) {
        hintText(text.get("training.list.none"));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("exercises", 4, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn(text.get("training.list.exercise"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(text.get("training.list.role"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(text.get("training.list.difficulty"), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
    ImGui::TableSetupColumn(text.get("training.list.duration"), ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableHeadersRow();
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < catalog.exercises.size(); ++i) {
        const Exercise& e = catalog.exercises[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        // The title is the button; the situation under it says what the day is about.
        if (ImGui::Selectable(e.title.in(language).c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) chosen = i;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextUnformatted(e.briefing.situation.in(language).c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", rolesText(e, text).c_str());
        ImGui::TableNextColumn();
        // Stars read at a glance from the back of the room; the tooltip says it in words.
        std::string stars;
        for (int s = 0; s < std::clamp(e.difficulty, 1, 5); ++s) stars += text.get("training.star");
        ImGui::TextUnformatted(stars.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.getf("training.list.difficulty_of", e.difficulty).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(text.getf("training.minutes", fmt::format("{:.0f}", e.durationMinutes)).c_str());
    }
    ImGui::EndTable();
    if (chosen) training.choose(*chosen);
}

}  // namespace pujiang::gui
