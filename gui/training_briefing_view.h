#pragma once
// The briefing of the chosen exercise, read before the day starts: the situation, the trainee's
// role, the resources, what a good day looks like, the objectives it is scored on and the budget
// with what each action costs; Start plays the day.

#include "gui/training_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

// "≤ 35" / "≥ 0.75": an objective's threshold as the trainee reads it.
std::string objectiveTarget(const Objective& objective, const UiStrings& text);
// The money, "¥1,500" style without the separator: "¥1500".
std::string yuan(double amount);

void drawBriefing(TrainingSession& training, const UiStrings& text);

// The budget's costs and limits as a table: action, cost, how many may be taken (and, during the
// day, how many were). `session` is null on the briefing.
void drawCostTable(const Exercise& exercise, const ExerciseSession* session, const UiStrings& text);

}  // namespace pujiang::gui
