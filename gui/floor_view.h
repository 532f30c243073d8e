#pragma once
// Views of a running ReceptionDay, drawn with ImGui. They only read the day (const accessors);
// the caller owns the day and advances it.

#include "gui/ui_strings.h"
#include "sim/reception/reception_day.h"

namespace pujiang::gui {

// "HH:MM" for minutes after midnight (hours may pass 24 for a day that runs late).
std::string formatClock(double minutes);

// Registration area and one box per room, laid out in a grid filling the current window.
void drawFloorView(const ReceptionDay& day, const ScenarioSpec& spec, const UiStrings& text);

// Key figures of day.result() so far.
void drawKeyFigures(const ReceptionDay& day, const UiStrings& text);

}  // namespace pujiang::gui
