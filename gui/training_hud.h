#pragma once
// The panel beside the floor while an exercise plays: the clock and pace, each objective's figure
// so far against its threshold, the budget spent, and the coordinator's actions. Every action is a
// button that shows its cost; an action the session refuses (role, limit, budget, or the day's own
// reason) is disabled and its tooltip says why. Actions go through ExerciseSession::act.

#include <string>

#include "gui/training_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct TrainingHudState {
    int room = 0;           // 0-based: the room the room actions act on
    int category = 0;       // the category a redirect sends to `room`
    int extendMinutes = 30;
    bool extendWholeDay = true;
};

// An objective's figure now, as the trainee reads it ("27.5", "75%" for shares; "–" when the day
// gives none yet).
std::string objectiveValueText(const Objective& objective, double value);

void drawTrainingHud(TrainingSession& training, TrainingHudState& state, const UiStrings& text);

}  // namespace pujiang::gui
