#include "gui/help_window.h"

#include <array>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

#include "sim/core/program_version.h"


namespace pujiang::gui {

namespace {

constexpr std::array<std::string_view, 16> kGlossary = {
    "xiafang",  "pujiang",    "batch",     "prereg",  "on_spot",   "assigned", "defined",   "litigation",
    "lawyer",   "collective", "repeat",    "skip",    "ownership", "supervise", "centre",   "deadline"};

constexpr std::array<HotkeyHelp, 8> kHotkeys = {{
    {"Space", "help.key.play"},
    {"→", "help.key.step"},
    {"Ctrl+O", "help.key.open"},
    {"Ctrl+S", "help.key.save"},
    {"Ctrl+=  Ctrl+-", "help.key.text_size"},
    {"Ctrl+0", "help.key.text_reset"},
    {"F1", "help.key.help"},
    {"Ctrl+Z  Ctrl+Y", "help.key.undo"},
}};

std::string term(std::string_view id, std::string_view suffix = "") {
    return fmt::format("glossary.{}{}", id, suffix);
}

}  // namespace

std::span<const std::string_view> glossaryIds() { return kGlossary; }
std::span<const HotkeyHelp> hotkeyHelp() { return kHotkeys; }

void drawHelpMenu(HelpState& state, const UiStrings& text) {
    if (!ImGui::BeginMenu(text.get("menu.help"))) return;
    if (ImGui::MenuItem(text.get("help.glossary"), "F1")) state.glossary = true;
    if (ImGui::MenuItem(text.get("help.about"))) state.about = true;
    ImGui::EndMenu();
}

void drawHelpWindows(HelpState& state, const UiStrings& text) {
    const float em = ImGui::GetFontSize();
    if (state.glossary) {
        ImGui::SetNextWindowSize(ImVec2(em * 40, em * 30), ImGuiCond_FirstUseEver);
        const std::string title = fmt::format("{}###help.glossary", text.get("help.glossary"));
        if (ImGui::Begin(title.c_str(), &state.glossary)) {
            for (const std::string_view id : kGlossary) {
                ImGui::TextColored(ImVec4(0.1f, 0.3f, 0.6f, 1.0f), "%s", text.get(term(id).c_str()));
                ImGui::Indent();
                ImGui::TextWrapped("%s", text.get(term(id, ".def").c_str()));
                ImGui::Unindent();
            }
            ImGui::Separator();
            ImGui::TextUnformatted(text.get("help.hotkeys"));
            if (ImGui::BeginTable("hotkeys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
                for (const HotkeyHelp& key : kHotkeys) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(key.keys.data(), key.keys.data() + key.keys.size());
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(text.get(std::string(key.actionId).c_str()));
                }
                ImGui::EndTable();
            }
        }
        ImGui::End();
    }
    if (state.about) {
        const std::string title = fmt::format("{}###help.about", text.get("help.about"));
        if (ImGui::Begin(title.c_str(), &state.about, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextUnformatted(text.get("window.title"));
            ImGui::Text("%s %s (commit %s)", text.get("help.version"), std::string(kProgramVersion).c_str(),
                        std::string(kProgramCommit).c_str());
            ImGui::PushTextWrapPos(em * 32);
            ImGui::TextWrapped("%s", text.get("help.about.text"));
            ImGui::PopTextWrapPos();
        }
        ImGui::End();
    }
}

}  // namespace pujiang::gui
