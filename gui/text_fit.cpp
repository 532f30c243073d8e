#include "gui/text_fit.h"

#include <cfloat>

#include <imgui.h>

namespace pujiang::gui {

namespace {

CutLabels& cuts() {
    static CutLabels labels;  // the UI thread's only; reset per frame
    return labels;
}

float widthOf(std::string_view text, float fontSize) {
    const float size = fontSize > 0.0f ? fontSize : ImGui::GetFontSize();
    return ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

}  // namespace

std::string_view fitLabel(std::initializer_list<std::string_view> alternatives, float width, float fontSize) {
    std::string_view last;
    for (const std::string_view text : alternatives) {
        last = text;
        if (widthOf(text, fontSize) <= width) return text;
    }
    noteLabelFit(last, widthOf(last, fontSize), width);
    return last;
}

bool noteLabelFit(std::string_view label, float textWidth, float width) {
    if (textWidth <= width) return true;
    CutLabels& labels = cuts();
    if (labels.count++ == 0) labels.first = std::string(label);
    return false;
}

const CutLabels& cutLabels() { return cuts(); }
void resetCutLabels() { cuts() = CutLabels{}; }

}  // namespace pujiang::gui
