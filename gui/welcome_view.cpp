#include "gui/welcome_view.h"

#include <string>

#include <imgui.h>

namespace pujiang::gui {

namespace {

// One scenario as a wide selectable row: the title, then the description and file name in grey.
bool scenarioRow(const CatalogEntry& entry) {
    const std::string name = entry.file.filename().string();
    const std::string& title = entry.heading.title.empty() ? name : entry.heading.title;
    ImGui::PushID(entry.file.string().c_str());
    const float lines = entry.heading.description.empty() ? 1.0f : 2.0f;
    const ImVec2 start = ImGui::GetCursorPos();
    const bool clicked = ImGui::Selectable("##row", false, ImGuiSelectableFlags_None,
                                           ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * lines));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::SetCursorPos(start);
    ImGui::TextUnformatted(title.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", name.c_str());
    if (!entry.heading.description.empty()) {
        ImGui::Indent();
        ImGui::TextDisabled("%s", entry.heading.description.c_str());
        ImGui::Unindent();
    }
    if (hovered) ImGui::SetTooltip("%s", entry.file.string().c_str());
    ImGui::PopID();
    return clicked;
}

void heading(const char* label) {
    ImGui::TextColored(ImVec4(0.1f, 0.3f, 0.6f, 1.0f), "%s", label);
    ImGui::Separator();
}

}  // namespace

WelcomeCatalog readWelcomeCatalog(const std::filesystem::path& scenarioFolder) {
    if (scenarioFolder.empty()) return {};
    return {listScenarioCatalog(scenarioFolder), listScenarioCatalog(scenarioFolder / "validation")};
}

WelcomeChoice drawWelcome(const WelcomeCatalog& catalog, const RecentFiles& recent, const UiStrings& text) {
    WelcomeChoice choice;
    ImGui::BeginChild("welcome", ImVec2(0, 0), false);
    ImGui::TextUnformatted(text.get("window.title"));
    ImGui::TextWrapped("%s", text.get("welcome.intro"));
    ImGui::Spacing();

    heading(text.get("welcome.training"));
    if (ImGui::Button(text.get("welcome.exercises"))) choice.training = true;
    ImGui::SameLine();
    if (ImGui::Button(text.get("welcome.class_records"))) choice.classRecords = true;
    ImGui::Spacing();

    heading(text.get("welcome.scenarios"));
    for (const CatalogEntry& entry : catalog.days)
        if (scenarioRow(entry)) choice.open = entry.file;
    if (catalog.days.empty()) ImGui::TextDisabled("%s", text.get("welcome.none"));

    if (!recent.files().empty()) {
        ImGui::Spacing();
        heading(text.get("menu.recent"));
        for (const std::string& file : recent.files())
            if (ImGui::Selectable(file.c_str())) choice.open = file;
    }
    ImGui::Spacing();
    if (ImGui::Button(text.get("welcome.browse"))) choice.browse = true;
    ImGui::SameLine();
    ImGui::TextDisabled("Ctrl+O");

    if (!catalog.validation.empty()) {
        ImGui::Spacing();
        if (ImGui::CollapsingHeader(text.get("welcome.validation"))) {
            ImGui::TextWrapped("%s", text.get("welcome.validation.help"));
            for (const CatalogEntry& entry : catalog.validation)
                if (scenarioRow(entry)) choice.open = entry.file;
        }
    }
    ImGui::EndChild();
    return choice;
}

}  // namespace pujiang::gui
