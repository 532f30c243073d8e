#pragma once
// The two dialogs that stop the trainee's day. The case card: a featured consultation has begun
// and the receiving leader reads who came and how many, their story, what they ask, the matter's
// history and the documents they bring, then picks one of the five dispositions; with the
// exercise's time limit a countdown runs, and when it runs out the case is passed to the model's
// own draw (the dialog says so beforehand). The inject: what just happened, and Continue.

#include <array>

#include <imgui.h>

#include "gui/training_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

// The card's facts in the current language, heading and text, in the order the dialog shows them.
struct CardFact {
    const char* heading;  // a ui_strings id
    std::string text;
};
std::vector<CardFact> caseCardFacts(const CaseCard& card, const UiStrings& text);

// Where the dialog drew each disposition's button in the last frame (screen pixels, in
// kDispositions order): the tests click them as a trainee would.
struct CaseDialogLayout {
    std::array<ImVec2, kDispositions.size()> choiceMin{}, choiceMax{};
    bool shown = false;
    float factsHeight = 0.0f;  // the facts' height last frame: the dialog is as tall as its card
};

void drawCaseCardDialog(TrainingSession& training, const UiStrings& text, CaseDialogLayout* layout = nullptr);
void drawInjectPopup(TrainingSession& training, const UiStrings& text);

}  // namespace pujiang::gui
