#pragma once
// Labels go before their inputs, as on a form: ImGui puts an item's label after it, so in a row
// of inputs ("事件类型… [113] 批次 [0] 接待室") each number reads as belonging to the next label.
// Widgets in a row take their label from here and pass a hidden "##id" to ImGui.

#include <imgui.h>

namespace pujiang::gui {

// Draws `label` on the line of the next framed widget and leaves the cursor after it.
inline void labelBefore(const char* label) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
}

// A grey hint that wraps at the panel's edge instead of running past it (ImGui's TextDisabled
// does not wrap; in a narrow side panel the end of the sentence would be lost).
inline void hintText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

// Continues the row when `width` more fits before the window's right edge, else starts a new line:
// a row of controls wraps on a narrow projector instead of running off the screen.
inline void sameLineIfRoom(float width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

}  // namespace pujiang::gui
