#include "gui/training_screen.h"

#include <algorithm>

#include <imgui.h>

#include "gui/case_card_dialog.h"
#include "gui/training_briefing_view.h"
#include "gui/training_start_view.h"

namespace pujiang::gui {

namespace {

void drawRunning(TrainingSession& training, TrainingScreenState& state, const UiStrings& text, float dt) {
    // The panel takes about a third of the width (the objectives and actions need more room than
    // the floor's side panel), within 16 to 24 characters.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float em = ImGui::GetFontSize();
    const float panelWidth = std::clamp(avail.x * 0.3f, std::min(em * 16.0f, avail.x * 0.45f), em * 24.0f);
    ImGui::BeginChild("training_floor", ImVec2(avail.x - panelWidth - ImGui::GetStyle().ItemSpacing.x, 0), false,
                      ImGuiWindowFlags_NoScrollbar);
    drawFloorView(training.floor(), state.floor, text, dt);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("training_panel", ImVec2(0, 0), true);
    drawTrainingHud(training, state.hud, text);
    ImGui::EndChild();
    if (training.stage() != TrainingStage::Running) return;
    drawInjectPopup(training, text);
    drawCaseCardDialog(training, text, &state.caseDialog);
}

}  // namespace

void drawTrainingScreen(TrainingSession& training, TrainingScreenState& state, const UiStrings& text, float dt) {
    if (!training.hasCatalog()) return;
    switch (training.stage()) {
    case TrainingStage::Choose: drawExerciseList(training, text); break;
    case TrainingStage::Briefing:
        drawBriefing(training, text);
        if (training.stage() == TrainingStage::Running) state.floor = FloorViewState{};
        break;
    case TrainingStage::Running:
        training.tick(dt);
        drawRunning(training, state, text, dt);
        break;
    case TrainingStage::Debrief: drawDebrief(training, state.debrief, text); break;
    }
}

std::vector<std::string> trainingGlyphTexts(const TrainingCatalog& catalog) {
    std::vector<std::string> texts;
    const auto add = [&](const OwnedPhrase& p) {
        texts.push_back(p.zh);
        texts.push_back(p.en);
    };
    for (const Exercise& e : catalog.exercises) {
        texts.push_back(e.id);
        add(e.title);
        add(e.briefing.situation);
        add(e.briefing.role);
        add(e.briefing.resources);
        add(e.briefing.success);
        for (const Objective& o : e.objectives) add(o.label);
        for (const Inject& i : e.injects) add(i.message);
        for (const RoomSpec& room : e.spec.rooms) texts.push_back(room.name);
        for (const CategorySpec& c : e.spec.categories) {
            texts.push_back(c.nameZh);
            texts.push_back(c.nameEn);
        }
    }
    for (const CaseCard& c : catalog.cards) {
        texts.push_back(c.id);
        for (const OwnedPhrase* p : {&c.title, &c.petitioners, &c.story, &c.request, &c.background, &c.documents, &c.rule,
                                     &c.why, &c.wrongConsequence})
            add(*p);
    }
    // The labels the sim's tables give (roles, dispositions, histories, injects, actions) and the
    // improvement points' sentences come from compiled phrase tables.
    for (const TraineeRole role : {TraineeRole::Coordinator, TraineeRole::Leader}) texts.emplace_back(roleLabel(role).zh);
    for (const Disposition d : kDispositions) texts.emplace_back(dispositionLabel(d).zh);
    for (const CaseHistory h : kCaseHistories) texts.emplace_back(caseHistoryLabel(h).zh);
    for (const LegalClass l : kLegalClasses) texts.emplace_back(legalClassLabel(l).zh);
    for (int k = 0; k <= static_cast<int>(InjectKind::Media); ++k)
        texts.emplace_back(injectKindLabel(static_cast<InjectKind>(k)).zh);
    for (int k = 0; k <= static_cast<int>(ActionKind::CallHead); ++k)
        texts.emplace_back(actionKindLabel(static_cast<ActionKind>(k)).zh);
    return texts;
}

}  // namespace pujiang::gui
