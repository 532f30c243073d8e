#pragma once
// The debrief after an attempt: the score in its four parts beside the baseline's (no decisions,
// no actions) and the reference plan's on the same day; the same three over many days like it
// with paired 95 % intervals and a chart; each featured case with the card's explanation; the
// trainee's actions ranked by what each changed; and "save the after-action report". The figures
// come from a background job (debrief_job.h): until it is done the screen says it is working.

#include <filesystem>
#include <string>
#include <vector>

#include "gui/training_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct DebriefViewState {
    char reportPath[1024] = {};  // empty: defaultReportPath(...) when the debrief is first shown
    OwnedPhrase message;         // the last save's outcome
    bool saved = false;
    std::vector<std::filesystem::path> masters;  // folders the report must never go to (aar_save.h)
};

void drawDebrief(TrainingSession& training, DebriefViewState& state, const UiStrings& text);

}  // namespace pujiang::gui
