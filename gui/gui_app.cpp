#include "gui/gui_app.h"

#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/batch_details.h"
#include "gui/editor_texts.h"
#include "gui/live_charts.h"
#include "gui/text_fit.h"
#include "sim/core/localized_error.h"
#include "sim/report/after_action_report.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::gui {

std::optional<View> parseView(std::string_view name) {
    if (name == "floor") return View::Floor;
    if (name == "interventions") return View::Interventions;
    if (name == "follow") return View::Follow;
    if (name == "editor" || name.starts_with("editor:")) return View::Editor;
    if (name == "compare") return View::Compare;
    if (name == "exercises") return View::Exercises;
    if (name == "briefing") return View::Briefing;
    if (name == "case") return View::Case;
    if (name == "debrief") return View::Debrief;
    if (name == "class") return View::Class;
    return std::nullopt;
}

bool isTrainingView(View view) {
    return view == View::Exercises || view == View::Briefing || view == View::Case || view == View::Debrief ||
           view == View::Class;
}

GuiApp::GuiApp(UiStrings text, RecentFiles recent, std::filesystem::path browseFrom)
    : m_text(std::move(text)), m_recent(std::move(recent)), m_browser(browseFrom), m_compare(browseFrom),
      m_classView(browseFrom) {}

void GuiApp::showView(View view) {
    if (view == View::Class) {
        m_mode = Mode::Class;
        return;
    }
    if (isTrainingView(view)) {
        m_mode = Mode::Training;
        return;
    }
    m_mode = Mode::Day;
    m_requestedView = view;
}

void GuiApp::setTrainingFolders(std::filesystem::path exercises, std::filesystem::path cases) {
    m_exerciseFolder = std::move(exercises);
    m_casesFolder = std::move(cases);
}

bool GuiApp::openTraining() {
    if (!m_training.hasCatalog()) {
        try {
            m_training.setCatalog(loadTrainingCatalog(m_exerciseFolder, m_casesFolder));
        } catch (const std::exception& error) {
            m_loadError = errorText(error);
            m_fontsChanged = true;
            return false;
        }
        m_trainingScreen.debrief.masters = {m_exerciseFolder, m_scenarioFolder};
        m_fontsChanged = true;  // titles, briefings and case cards are new text
    }
    m_mode = Mode::Training;
    return true;
}

void GuiApp::setScenarioFolder(const std::filesystem::path& folder) {
    m_scenarioFolder = folder;
    m_catalog = readWelcomeCatalog(folder);
    m_editor.setShippedScenarioDir(folder);
    m_fontsChanged = true;  // the titles and descriptions are new text
}

bool GuiApp::hotkey(AppKey key) {
    switch (key) {
    case AppKey::PlayPause:
        if (m_mode == Mode::Training) {
            if (!m_training.running() || m_training.dayOver()) return false;
            m_training.pace().playing = !m_training.pace().playing;
            return true;
        }
        if (!m_session || m_session->day().finished()) return false;
        m_controls.pace.playing = !m_controls.pace.playing;
        return true;
    case AppKey::NextEvent:
        if (!m_session || m_session->day().finished()) return false;
        m_session->step();
        return true;
    case AppKey::Open: m_browser.open(); return true;
    case AppKey::Save:
        // The editor's own rules apply (a shipped file asks Save As, a problem blocks saving);
        // its dialog and status line are on its tab.
        if (!m_editor.isOpen()) return false;
        m_requestedView = View::Editor;
        m_editor.save();
        return true;
    case AppKey::Help: m_help.glossary = !m_help.glossary; return true;
    case AppKey::TextLarger: m_textScaleChanged |= m_settings.growText(); return true;
    case AppKey::TextSmaller: m_textScaleChanged |= m_settings.shrinkText(); return true;
    case AppKey::TextNormal: m_textScaleChanged |= m_settings.resetText(); return true;
    }
    return false;
}

Activity GuiApp::activity() const {
    if (m_mode == Mode::Training) {
        // A countdown or a playing day redraws every frame; a debrief in the works now and then.
        const TrainingSession& t = m_training;
        if (t.running() && !t.dayOver() && (t.caseSecondsLeft() || (t.pace().playing && !t.pendingCase() && !t.shownInject())))
            return Activity::Playing;
        if (t.debrief().state() == DebriefState::Running) return Activity::Background;
    }
    if (m_session && m_controls.pace.playing && !m_session->day().finished()) return Activity::Playing;
    if (m_compare.job().state() == CompareState::Running || m_manyDays.running()) return Activity::Background;
    return Activity::Idle;
}

bool GuiApp::takeTextScaleChanged() {
    const bool changed = m_textScaleChanged;
    m_textScaleChanged = false;
    return changed;
}

bool GuiApp::openScenario(const std::filesystem::path& file) {
    ScenarioSpec spec;
    try {
        spec = loadScenarioFile(file);
    } catch (const std::exception& error) {
        const OwnedPhrase why = errorText(error);
        m_loadError = {fmt::format("{}\n{}", file.string(), why.zh), fmt::format("{}\n{}", file.string(), why.en)};
        m_fontsChanged = true;  // the Chinese reason may hold characters new to the atlas
        return false;
    }
    m_loadError = {};
    m_recent.add(file);
    m_editor.open(file);  // the loader accepted it, so the editor can too
    m_compare.setBaseScenario(file);
    startSession(std::move(spec), file.string());
    return true;
}

void GuiApp::startSession(ScenarioSpec spec, const std::string& sourceFile) {
    m_session.emplace(std::move(spec), sourceFile);
    const ScenarioSpec& started = m_session->spec();
    m_manyDays.start(started, started.run.seed, manyDaysReplications(started));
    m_floor = FloorViewState{};
    m_interventions = InterventionsState{};
    m_log = EventLogViewState{};
    m_dayExport = DayExportState{};
    m_controls.seedInput = 0;
    m_controls.pace.playing = false;
    m_fontsChanged = true;
}

ImGuiTabItemFlags GuiApp::mainTabFlags(View tab) {
    if (!m_requestedView) return 0;
    const View wanted = *m_requestedView == View::Editor || *m_requestedView == View::Compare ? *m_requestedView
                                                                                              : View::Floor;
    if (wanted != tab) return 0;
    if (tab != View::Floor) m_requestedView.reset();  // floor requests are finished by the side panel
    return ImGuiTabItemFlags_SetSelected;
}

std::vector<std::string> GuiApp::glyphTexts() const {
    std::vector<std::string> texts;
    for (const std::string_view t : m_text.allTexts()) texts.emplace_back(t);
    for (const std::string& file : m_recent.files()) texts.push_back(file);
    texts.push_back(m_editor.glyphText());  // the document, when one is open, and the messages shown
    // The editor shows the key table's descriptions, units, allowed values and enum labels in
    // either language.
    for (std::string& t : keyTableGlyphTexts()) texts.push_back(std::move(t));
    for (std::string& t : m_compare.glyphTexts()) texts.push_back(std::move(t));
    for (std::string& t : m_browser.glyphTexts()) texts.push_back(std::move(t));
    for (const auto* list : {&m_catalog.days, &m_catalog.validation})
        for (const CatalogEntry& entry : *list) {
            texts.push_back(entry.heading.title);
            texts.push_back(entry.heading.description);
            texts.push_back(entry.file.string());
        }
    for (const HotkeyHelp& key : hotkeyHelp()) texts.emplace_back(key.keys);
    texts.push_back(m_loadError.zh);
    if (m_training.hasCatalog()) {
        for (std::string& t : trainingGlyphTexts(m_training.catalog())) texts.push_back(std::move(t));
        // The debrief's own sentences (improvement points) and the last save's message.
        if (m_training.stage() == TrainingStage::Debrief)
            if (const std::shared_ptr<const Debrief> d = m_training.debrief().result())
                for (const ImprovementPoint& p : improvementPoints(m_training.exercise(), *d)) texts.push_back(p.text.zh);
        texts.push_back(m_trainingScreen.debrief.message.zh);
        texts.push_back(m_training.debrief().error().zh);
    }
    for (std::string& t : m_classView.glyphTexts()) texts.push_back(std::move(t));
    if (!m_session) return texts;
    const ScenarioSpec& spec = m_session->spec();
    texts.push_back(spec.title);
    texts.push_back(spec.name);
    texts.push_back(m_session->sourceFile());
    for (const RoomSpec& room : spec.rooms) texts.push_back(room.name);
    for (const CategorySpec& category : spec.categories) {
        texts.push_back(category.nameZh);
        texts.push_back(category.nameEn);
    }
    return texts;
}

bool GuiApp::takeFontsChanged() {
    // Ask every view, so that each one's flag is reset.
    const bool editorChanged = m_editor.takeFontsChanged();
    const bool compareChanged = m_compare.takeFontsChanged();
    const bool browserChanged = m_browser.takeFontsChanged();
    const bool classChanged = m_classView.takeFontsChanged();
    // A debrief that has just finished brings sentences of its own; so does a save's message.
    const bool debriefDone = m_training.debrief().state() == DebriefState::Done ||
                             m_training.debrief().state() == DebriefState::Failed;
    const bool debriefChanged = debriefDone && !m_debriefShown;
    m_debriefShown = debriefDone;
    const bool saveChanged = m_trainingScreen.debrief.message.zh != m_glyphSaveMessage;
    m_glyphSaveMessage = m_trainingScreen.debrief.message.zh;
    const bool changed = editorChanged || compareChanged || browserChanged || classChanged || debriefChanged ||
                         saveChanged || m_fontsChanged;
    m_fontsChanged = false;
    return changed;
}

void GuiApp::frame(float dt) {
    resetCutLabels();
    if (m_session && m_mode == Mode::Day) m_session->advance(dt, m_controls.pace);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                     // The window is cleared to the same colour: painting it again costs a full
                     // screen of software-rendered pixels per frame.
                     ImGuiWindowFlags_NoBackground);
    drawMenuBar();
    if (const std::optional<std::filesystem::path> chosen = m_browser.draw(m_text)) requestOpen(*chosen);
    drawDiscardEditsPrompt();
    if (!m_loadError.en.empty()) {
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.2f, 1.0f), "%s", m_text.get("app.load_failed"));
        ImGui::SameLine();
        if (ImGui::SmallButton(m_text.get("app.dismiss"))) m_loadError = {};
        ImGui::TextWrapped("%s", m_loadError.in(m_text.language()).c_str());
        ImGui::Separator();
    }
    if (m_mode != Mode::Day) {
        drawTrainingMode(dt);
        ImGui::End();
        drawHelpWindows(m_help, m_text);
        return;
    }
    if (!m_session) {
        drawWelcome();
        ImGui::End();
        drawHelpWindows(m_help, m_text);
        return;
    }
    drawHeader();
    if (ImGui::BeginTabBar("views")) {
        if (ImGui::BeginTabItem(tabLabel("tab.floor").c_str(), nullptr, mainTabFlags(View::Floor))) {
            drawFloorTab(dt);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tabLabel("editor.tab").c_str(), nullptr, mainTabFlags(View::Editor))) {
            m_editor.draw(m_text);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tabLabel("compare.tab").c_str(), nullptr, mainTabFlags(View::Compare))) {
            m_compare.draw(m_text, m_session ? &*m_session : nullptr);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
    drawHelpWindows(m_help, m_text);
    // The editor's "run" starts its scenario on the floor, as if opened from its file.
    if (std::optional<ScenarioSpec> edited = m_editor.takeRunRequest()) {
        startSession(std::move(*edited), m_editor.sourceName());
        m_requestedView = View::Floor;
    }
}

std::string GuiApp::tabLabel(const char* id) const {
    // "接待现场###tab.floor": ImGui knows the tab by what follows ###, so switching the language
    // keeps the tab in front instead of opening the first one.
    return fmt::format("{}###{}", m_text.get(id), id);
}

void GuiApp::drawMenuBar() {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu(m_text.get("menu.file"))) {
        if (ImGui::MenuItem(m_text.get("menu.open"), "Ctrl+O")) m_browser.open();
        if (ImGui::BeginMenu(m_text.get("menu.recent"), !m_recent.files().empty())) {
            std::optional<std::string> chosen;
            for (const std::string& file : m_recent.files())
                if (ImGui::MenuItem(file.c_str())) chosen = file;
            ImGui::Separator();
            if (ImGui::MenuItem(m_text.get("menu.recent.clear"))) m_recent.clear();
            ImGui::EndMenu();
            if (chosen) requestOpen(*chosen);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(m_text.get("menu.language"))) {
        if (ImGui::MenuItem(m_text.get("lang.zh"), nullptr, m_text.language() == Language::Zh)) m_text.setLanguage(Language::Zh);
        if (ImGui::MenuItem(m_text.get("lang.en"), nullptr, m_text.language() == Language::En)) m_text.setLanguage(Language::En);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(m_text.get("menu.view"))) {
        if (ImGui::MenuItem(m_text.get("menu.text_larger"), "Ctrl+=")) hotkey(AppKey::TextLarger);
        if (ImGui::MenuItem(m_text.get("menu.text_smaller"), "Ctrl+-")) hotkey(AppKey::TextSmaller);
        if (ImGui::MenuItem(m_text.get("menu.text_normal"), "Ctrl+0")) hotkey(AppKey::TextNormal);
        ImGui::EndMenu();
    }
    drawTrainingMenu();
    drawHelpMenu(m_help, m_text);
    ImGui::EndMenuBar();
}

void GuiApp::drawTrainingMenu() {
    if (!ImGui::BeginMenu(m_text.get("menu.training"))) return;
    if (ImGui::MenuItem(m_text.get("menu.training.exercises"), nullptr, m_mode == Mode::Training)) {
        if (openTraining()) m_training.backToList();
    }
    if (ImGui::MenuItem(m_text.get("menu.training.class"), nullptr, m_mode == Mode::Class)) m_mode = Mode::Class;
    ImGui::Separator();
    if (ImGui::MenuItem(m_text.get("menu.training.leave"), nullptr, false, m_mode != Mode::Day)) m_mode = Mode::Day;
    ImGui::EndMenu();
}

void GuiApp::drawTrainingMode(float dt) {
    if (m_mode == Mode::Class) {
        m_classView.draw(m_text);
        return;
    }
    if (!m_training.hasCatalog() && !openTraining()) {
        m_mode = Mode::Day;
        return;
    }
    drawTrainingScreen(m_training, m_trainingScreen, m_text, dt);
}

void GuiApp::drawWelcome() {
    const WelcomeChoice choice = gui::drawWelcome(m_catalog, m_recent, m_text);
    if (choice.browse) m_browser.open();
    if (choice.open) requestOpen(*choice.open);
    if (choice.training && openTraining()) m_training.backToList();
    if (choice.classRecords) m_mode = Mode::Class;
}

void GuiApp::requestOpen(const std::filesystem::path& file) {
    if (m_editor.isOpen() && m_editor.model().dirty())
        m_pendingOpen = file;
    else
        openScenario(file);
}

void GuiApp::drawDiscardEditsPrompt() {
    const char* title = m_text.get("app.discard.title");
    if (m_pendingOpen && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(m_text.get("app.discard.text"));
    if (m_pendingOpen) ImGui::TextDisabled("%s", m_pendingOpen->string().c_str());
    if (ImGui::Button(m_text.get("app.discard.open"))) {
        const std::filesystem::path file = *m_pendingOpen;
        m_pendingOpen.reset();
        ImGui::CloseCurrentPopup();
        openScenario(file);
    }
    ImGui::SameLine();
    if (ImGui::Button(m_text.get("browser.cancel"))) {
        m_pendingOpen.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void GuiApp::drawHeader() {
    const DaySession& session = *m_session;
    const ScenarioSpec& spec = session.spec();
    ImGui::Text("%s: %s", m_text.get("header.scenario"), spec.title.empty() ? spec.name.c_str() : spec.title.c_str());
    ImGui::SameLine();
    ImGui::Text("   %s %s", m_text.get("header.clock"), formatClock(session.day().now()).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("  %s %llu", m_text.get("header.seed"), static_cast<unsigned long long>(session.seed()));
    if (session.day().finished()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.2f, 1.0f), "  %s", m_text.get("header.finished"));
    }
    drawTimeControls(*m_session, m_controls, m_text);
}

void GuiApp::drawFloorTab(float dt) {
    // The panel takes about a quarter of the width: on a 1024-pixel projector the floor keeps
    // the rest; on a wide screen the panel stops growing at 20 characters.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float em = ImGui::GetFontSize();
    const float panelWidth = std::clamp(avail.x * 0.27f, std::min(em * 14.0f, avail.x * 0.4f), em * 20.0f);
    ImGui::BeginChild("left", ImVec2(avail.x - panelWidth - ImGui::GetStyle().ItemSpacing.x, 0), false);
    // Large text needs a taller floor for the same rooms; the event log gives up the room.
    const float floorShare = std::clamp(0.7f + 0.25f * (m_settings.textScale() - 1.0f), 0.7f, 0.82f);
    const float floorHeight = ImGui::GetContentRegionAvail().y * floorShare;
    ImGui::BeginChild("floor", ImVec2(0, floorHeight), false, ImGuiWindowFlags_NoScrollbar);
    const std::optional<std::uint64_t> followedBefore = m_floor.followed;
    const std::optional<std::size_t> roomBefore = m_floor.selectedRoom;
    drawFloorView(*m_session, m_floor, m_text, dt);
    if (m_floor.followed && m_floor.followed != followedBefore) m_requestedView = View::Follow;
    if (m_floor.selectedRoom && m_floor.selectedRoom != roomBefore) m_requestedView = View::Follow;
    ImGui::EndChild();
    ImGui::BeginChild("log", ImVec2(0, 0), true);
    drawEventLog(*m_session, m_log, m_text);
    ImGui::EndChild();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("panel", ImVec2(0, 0), true);
    drawSidePanel();
    ImGui::EndChild();
}

void GuiApp::drawSidePanel() {
    if (!ImGui::BeginTabBar("panel_tabs")) return;
    const auto selectIf = [&](View view) -> ImGuiTabItemFlags {
        if (m_requestedView != view) return 0;
        m_requestedView.reset();
        return ImGuiTabItemFlags_SetSelected;
    };
    if (ImGui::BeginTabItem(tabLabel("panel.title").c_str(), nullptr, selectIf(View::Floor))) {
        const std::shared_ptr<const ManyDays> manyDays = m_manyDays.result();
        drawKeyFigures(*m_session, m_text, manyDays.get(), m_manyDays.done());
        drawLiveCharts(*m_session, m_text);
        ImGui::Separator();
        drawDayExport(*m_session, m_dayExport, m_text);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tabLabel("tab.interventions").c_str(), nullptr, selectIf(View::Interventions))) {
        drawInterventions(*m_session, m_interventions, m_text);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tabLabel("tab.follow").c_str(), nullptr, selectIf(View::Follow))) {
        drawSelectedRoom(*m_session, m_floor, m_text);
        ImGui::Separator();
        drawFollowPanel(*m_session, m_floor, m_text);
        if (m_floor.followed && ImGui::Button(m_text.get("follow.show_events"))) {
            m_log.batch = static_cast<int>(*m_floor.followed + 1);
        }
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace pujiang::gui
