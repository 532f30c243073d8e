#pragma once
// The training mode's screens in the app's window, by stage: the list of exercises, the briefing,
// the day (the floor the GUI already draws, with the training panel beside it and the inject and
// case-card dialogs over it), and the debrief.

#include "gui/case_card_dialog.h"
#include "gui/debrief_view.h"
#include "gui/floor_view.h"
#include "gui/training_hud.h"
#include "gui/training_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct TrainingScreenState {
    FloorViewState floor;
    TrainingHudState hud;
    DebriefViewState debrief;
    CaseDialogLayout caseDialog;
};

// `dt` is the real time since the last frame: it paces the day and counts the case down.
void drawTrainingScreen(TrainingSession& training, TrainingScreenState& state, const UiStrings& text, float dt);

// Every text the training screens can show from the catalog (titles, briefings, objectives,
// injects, case cards) in both languages, for the font atlas.
std::vector<std::string> trainingGlyphTexts(const TrainingCatalog& catalog);

}  // namespace pujiang::gui
