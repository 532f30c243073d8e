#pragma once
// The application: which scenario is open, its running day, and every view's state; one call per
// frame draws the whole window. main.cpp owns the window and the frame loop; the app never
// touches SFML, so its logic runs in tests with a headless ImGui context.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "gui/class_view.h"
#include "gui/compare_view.h"
#include "gui/controls_view.h"
#include "gui/day_export_view.h"
#include "gui/day_session.h"
#include "gui/event_log_view.h"
#include "gui/file_browser.h"
#include "gui/floor_view.h"
#include "gui/frame_pacer.h"
#include "gui/help_window.h"
#include "gui/many_days.h"
#include "gui/recent_files.h"
#include "gui/scenario_editor.h"
#include "gui/training_screen.h"
#include "gui/training_session.h"
#include "gui/ui_strings.h"
#include "gui/user_settings.h"
#include "gui/welcome_view.h"

namespace pujiang::gui {

// What the window shows: the main tabs, and on the floor tab which side panel is in front; or a
// training screen (the exercises, a briefing, the day with a case waiting, the debrief) or the
// instructor's class records.
enum class View { Floor, Interventions, Follow, Editor, Compare, Exercises, Briefing, Case, Debrief, Class };
// "floor", "interventions", "follow", "editor" (also "editor:GROUP", e.g. editor:day or
// editor:rooms[2], with the group chosen by the caller), "compare", "exercises", "briefing",
// "case", "debrief", "class"; nothing for an unknown name.
std::optional<View> parseView(std::string_view name);
inline constexpr const char* kViewNames =
    "floor, interventions, follow, editor[:GROUP], compare, exercises, briefing, case, debrief, class";
// Whether the view is one of the training mode's (or the class records).
bool isTrainingView(View view);

// The window's hotkeys (main.cpp maps keys to these; a key typed into a text field is the
// field's, never a hotkey).
enum class AppKey { PlayPause, NextEvent, Open, Save, Help, TextLarger, TextSmaller, TextNormal };

class GuiApp {
public:
    GuiApp(UiStrings text, RecentFiles recent, std::filesystem::path browseFrom);

    // Loads the scenario and starts its day; on failure keeps the current one and shows why.
    // Returns whether it opened.
    bool openScenario(const std::filesystem::path& file);
    // What the browser and the recent list do: opens at once, or first asks whether to discard
    // the editor's unsaved edits (then opens on the next frames, if the user agrees).
    void requestOpen(const std::filesystem::path& file);
    // The folder of shipped scenarios: the welcome screen lists it, and the editor never saves over it.
    void setScenarioFolder(const std::filesystem::path& folder);
    // Where the text size is remembered (the default keeps it in memory only, as tests and
    // scripted runs need).
    void useSettings(UserSettings settings) { m_settings = std::move(settings); }
    const UserSettings& settings() const { return m_settings; }

    bool hasSession() const { return m_session.has_value(); }
    DaySession& session() { return *m_session; }
    // Why the last open failed, in either language (the window shows the current one, so a
    // language switch shows it again in the other); empty after a successful open.
    const std::string& loadError(Language language = Language::En) const { return m_loadError.in(language); }

    UiStrings& text() { return m_text; }
    ScenarioEditor& editor() { return m_editor; }
    CompareView& compare() { return m_compare; }
    // Brings the view to the front on the next frame. A training view switches to the training
    // mode (the stage itself is set through training()); Class to the class records.
    void showView(View view);

    // Where the training mode finds its exercises and case cards; loaded when first shown.
    void setTrainingFolders(std::filesystem::path exercises, std::filesystem::path cases);
    // Loads the exercises (once) and shows their list; on failure says why and stays where it was.
    bool openTraining();
    TrainingSession& training() { return m_training; }
    ClassView& classView() { return m_classView; }
    const TrainingScreenState& trainingScreen() const { return m_trainingScreen; }
    bool inTraining() const { return m_mode == Mode::Training; }
    bool inClassRecords() const { return m_mode == Mode::Class; }
    ControlsState& controls() { return m_controls; }

    // Advances the day by the pace, then draws every view; `dt` is the real time since the
    // last frame.
    void frame(float dt);

    // What a key does; see AppKey. Returns whether it did something.
    bool hotkey(AppKey key);
    // The many-day figures beside the floor's one day (see many_days.h).
    const ManyDaysJob& manyDays() const { return m_manyDays; }
    // Blocks until background work started by the app itself has finished (scripted screenshots).
    void waitForBackground() {
        m_manyDays.wait();
        m_training.debrief().wait();
    }
    // What redraws are needed for: the day playing, a comparison running, or nothing.
    Activity activity() const;
    // True once after the text size changed (the font atlas must be rebuilt at the new size).
    bool takeTextScaleChanged();

    // Every text the window can show (UI table and the open scenario's names), for the font
    // atlas; fontsChanged() is true once after a scenario with new text is opened.
    std::vector<std::string> glyphTexts() const;
    bool takeFontsChanged();

private:
    void drawMenuBar();
    void drawTrainingMenu();
    void drawTrainingMode(float dt);
    void drawWelcome();
    void drawDiscardEditsPrompt();
    void drawHeader();
    void drawFloorTab(float dt);
    void drawSidePanel();
    // Starts the day of `spec` (from a file or the editor) and resets every view's state.
    void startSession(ScenarioSpec spec, const std::string& sourceFile);
    // Whether a main tab should be brought to the front this frame (the floor tab stands for
    // every view of the floor).
    ImGuiTabItemFlags mainTabFlags(View tab);
    // A tab's label in the current language with an id that stays the same in every language.
    std::string tabLabel(const char* id) const;

    UiStrings m_text;
    RecentFiles m_recent;
    FileBrowser m_browser;
    std::optional<DaySession> m_session;
    ScenarioEditor m_editor;
    CompareView m_compare;
    ManyDaysJob m_manyDays;
    OwnedPhrase m_loadError;
    bool m_fontsChanged = true;

    FloorViewState m_floor;
    ControlsState m_controls;
    InterventionsState m_interventions;
    EventLogViewState m_log;
    DayExportState m_dayExport;
    std::optional<View> m_requestedView;
    std::optional<std::filesystem::path> m_pendingOpen;  // waits for "discard unsaved edits?"
    HelpState m_help;
    WelcomeCatalog m_catalog;
    UserSettings m_settings{std::filesystem::path()};
    bool m_textScaleChanged = false;

    enum class Mode { Day, Training, Class };
    Mode m_mode = Mode::Day;
    std::filesystem::path m_exerciseFolder, m_casesFolder;
    TrainingSession m_training;
    TrainingScreenState m_trainingScreen;
    ClassView m_classView;
    bool m_debriefShown = false;  // the finished debrief's texts are in the font atlas
    std::string m_glyphSaveMessage;  // the report's save message the atlas was last built with
    std::filesystem::path m_scenarioFolder;
};

}  // namespace pujiang::gui
