#pragma once
// The first training screen: the shipped exercises by title, with the trainee's role, the
// difficulty and how long a session takes; a click shows the exercise's briefing.

#include "gui/training_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

// The roles of an exercise in the current language, joined ("现场调度、接访领导").
std::string rolesText(const Exercise& exercise, const UiStrings& text);

void drawExerciseList(TrainingSession& training, const UiStrings& text);

}  // namespace pujiang::gui
