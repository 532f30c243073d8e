#include "gui/case_card_dialog.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/batch_details.h"
#include "gui/widget_labels.h"

namespace pujiang::gui {

std::vector<CardFact> caseCardFacts(const CaseCard& card, const UiStrings& text) {
    const Language language = text.language();
    std::vector<CardFact> facts;
    std::string who = card.petitioners.in(language);
    who += text.getf(card.collective ? "case.group_collective" : "case.group", card.groupSize);
    facts.push_back({"case.petitioners", who});
    facts.push_back({"case.story", card.story.in(language)});
    facts.push_back({"case.request", card.request.in(language)});
    // The card's background usually opens with the history in words; the label leads in brackets.
    std::string history = text.getf("case.history_kind", std::string(caseHistoryLabel(card.history).in(language)));
    if (card.ageYears) history += text.getf("case.age_years", fmt::format("{:g}", *card.ageYears));
    if (!card.background.in(language).empty()) history += " " + card.background.in(language);
    facts.push_back({"case.history", history});
    facts.push_back({"case.documents", card.documents.in(language)});
    facts.push_back({"case.legal_class", std::string(legalClassLabel(card.legalClass).in(language))});
    return facts;
}

namespace {

// Centred, most of the window: the card is read from the back of a training room.
void placeDialog(float widthShare, float heightShare) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float em = ImGui::GetFontSize();
    const ImVec2 size(std::min(display.x * widthShare, em * 52.0f), display.y * heightShare);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
}

}  // namespace

void drawCaseCardDialog(TrainingSession& training, const UiStrings& text, CaseDialogLayout* given) {
    CaseDialogLayout local;
    CaseDialogLayout* layout = given ? given : &local;
    layout->shown = false;
    const PendingCase* pending = training.pendingCase();
    // The inject's pop-up comes first when both wait (an injected batch begins at once).
    const char* title = text.get("case.title");
    const std::string id = fmt::format("{}###case_card", title);
    if (pending && !training.shownInject() && !ImGui::IsPopupOpen("###case_card")) ImGui::OpenPopup("###case_card");
    // As wide as 52 characters at most, as tall as the card (measured last frame) up to 90 %.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(display.x * 0.7f, ImGui::GetFontSize() * 52.0f);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, display.y * 0.9f));
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr,
                                ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    if (!pending) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const CaseCard& card = *pending->card;
    const Language language = text.language();
    const ScenarioSpec& spec = training.exercise().spec;
    const std::string room = pending->room < spec.rooms.size() ? spec.rooms[pending->room].name : std::string();
    ImGui::TextWrapped("%s", card.title.in(language).c_str());
    ImGui::TextDisabled("%s", text.getf("case.where", card.id, formatClock(pending->time), room).c_str());
    if (const std::optional<double> left = training.caseSecondsLeft()) {
        const double limit = training.exercise().decisionSeconds;
        const std::string overlay = text.getf("case.seconds_left", static_cast<int>(std::ceil(*left)));
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, *left < 10.0 ? ImVec4(0.8f, 0.25f, 0.2f, 1.0f)
                                                                   : ImVec4(0.25f, 0.5f, 0.8f, 1.0f));
        ImGui::ProgressBar(static_cast<float>(*left / limit), ImVec2(-1, 0), overlay.c_str());
        ImGui::PopStyleColor();
        hintText(text.get("case.timeout_hint"));
    }
    ImGui::Separator();
    // The facts scroll; the choices stay in view under them.
    const float em = ImGui::GetFontSize();
    const float buttons = ImGui::GetFrameHeightWithSpacing() * 4.5f + em * 2.0f;
    const float most = std::max(display.y * 0.9f - ImGui::GetCursorPosY() - buttons, em * 4.0f);
    const float factsHeight = layout->factsHeight > 0 ? std::min(layout->factsHeight, most) : most;
    ImGui::BeginChild("facts", ImVec2(width - ImGui::GetStyle().WindowPadding.x * 2, factsHeight), false);
    for (const CardFact& fact : caseCardFacts(card, text)) {
        if (fact.text.empty()) continue;
        ImGui::TextColored(ImVec4(0.15f, 0.35f, 0.6f, 1.0f), "%s", text.get(fact.heading));
        ImGui::TextWrapped("%s", fact.text.c_str());
        ImGui::Spacing();
    }
    layout->factsHeight = ImGui::GetCursorPosY();
    ImGui::EndChild();
    ImGui::Separator();
    ImGui::TextUnformatted(text.get("case.choose"));
    // Five choices in rows that wrap at the dialog's edge.
    std::optional<Disposition> chosen;
    bool first = true;
    if (layout) layout->shown = true;
    for (std::size_t i = 0; i < kDispositions.size(); ++i) {
        const Disposition d = kDispositions[i];
        const std::string label(dispositionLabel(d).in(language));
        const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first) sameLineIfRoom(width);
        first = false;
        if (ImGui::Button(label.c_str(), ImVec2(0, ImGui::GetFrameHeight() * 1.3f))) chosen = d;
        if (layout) {
            layout->choiceMin[i] = ImGui::GetItemRectMin();
            layout->choiceMax[i] = ImGui::GetItemRectMax();
        }
    }
    if (chosen) {
        training.decide(*chosen);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawInjectPopup(TrainingSession& training, const UiStrings& text) {
    const Inject* inject = training.shownInject();
    const std::string id = fmt::format("{}###inject", text.get("inject.title"));
    if (inject && !ImGui::IsPopupOpen("###inject")) ImGui::OpenPopup("###inject");
    placeDialog(0.5f, 0.4f);
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    if (!inject) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Language language = text.language();
    ImGui::TextColored(ImVec4(0.7f, 0.35f, 0.05f, 1.0f), "%s · %s", formatClock(inject->at).c_str(),
                       std::string(injectKindLabel(inject->kind).in(language)).c_str());
    ImGui::Separator();
    ImGui::BeginChild("message", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.4f), false);
    ImGui::TextWrapped("%s", inject->message.in(language).c_str());
    ImGui::EndChild();
    if (ImGui::Button(text.get("inject.continue"), ImVec2(ImGui::GetFontSize() * 10.0f, 0))) {
        training.acknowledgeInject();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace pujiang::gui
