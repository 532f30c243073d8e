#pragma once
// Labels drawn into boxes the layout code sizes (room cards, the hall's heads, the registration
// box) are measured against their box before they are drawn. A label comes with shorter
// alternatives (what it says in fewer words; the full text stays in the tooltip or the details
// panel); the longest that fits is drawn. When not even the shortest fits, the label is cut by
// its box's clip rectangle, and that is counted: the screenshot mode prints the count, and the
// screenshot tests at projector sizes require it to be zero.

#include <initializer_list>
#include <string>
#include <string_view>

namespace pujiang::gui {

// The longest of `alternatives` (given longest first) whose width at `fontSize` (0: the current
// font size) fits `width`; when none fits, the last one, and the cut is counted.
std::string_view fitLabel(std::initializer_list<std::string_view> alternatives, float width, float fontSize = 0.0f);

// Counts a label of `textWidth` drawn into `width` when it does not fit (for labels without
// alternatives); returns whether it fits.
bool noteLabelFit(std::string_view label, float textWidth, float width);

struct CutLabels {
    int count = 0;
    std::string first;  // the first label cut since the last reset, for the message
};
// What was cut since the last reset; the app resets it at the start of every frame.
const CutLabels& cutLabels();
void resetCutLabels();

}  // namespace pujiang::gui
