#pragma once
// The compare tab: choose scenario files to compare (or one file and a key to sweep), run them in
// the background with a progress bar, then read each variant's key metrics with 95% intervals, the
// paired differences from the first, an interval chart of one metric and the queue over the day.
// Drawing never waits for the run: it polls the job's counters and takes the results once.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gui/compare_job.h"
#include "gui/day_session.h"
#include "gui/file_browser.h"
#include "gui/user_folders.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

// What the next run will be; edited by the view's widgets (and by tests directly).
struct CompareSettings {
    CompareMode mode = CompareMode::Files;
    std::vector<std::filesystem::path> files;  // the first is the reference, and the sweep's scenario
    std::vector<PlannedVariant> planned;       // days with interventions, after the files' variants
    std::optional<std::size_t> referencePlanned;  // a planned variant made variant A (the reference)
    std::string key;                           // sweep: e.g. rooms[*].tables
    std::string values;                        // sweep: e.g. 1..4, or 2,3,5
    int replications = 100;
    std::uint64_t seed = 1;                    // set to the first file's run.seed when that file changes
};

class CompareView {
public:
    // `browseFrom`: where the file browser starts.
    explicit CompareView(std::filesystem::path browseFrom);

    // Makes `file` the first variant (the reference, and the sweep's scenario) and takes its
    // run.seed; the other files stay. Call it when the app opens a scenario.
    void setBaseScenario(const std::filesystem::path& file);

    // Draws the whole tab content; call once per frame inside the tab. `currentDay`: the day open
    // in the app, which the user can add as a variant with its interventions (none: no button).
    void draw(const UiStrings& text, const DaySession* currentDay = nullptr);

    // What "add the current day with my interventions" does: a variant of the day's scenario with
    // the interventions made so far, applied by their clock time in every replication.
    void addCurrentDay(const DaySession& day, const UiStrings& text);

    // What the export buttons do: the HTML report beside (or instead of) the CSV of the table.
    // Return the message shown (saved where, or why not).
    std::string saveHtml(const std::filesystem::path& file, const UiStrings& text) const;
    std::string saveCsv(const std::filesystem::path& file, const UiStrings& text) const;

    // What the Start and Cancel buttons do. start() does nothing while a run is in progress or
    // when the settings are incomplete (see canStart).
    void start();
    void cancel() { m_job.cancel(); }
    // Blocks until the run in progress ends (scripted screenshots; the window never calls it).
    void waitForJob() { m_job.wait(); }
    bool canStart() const;
    // The letter a file (or planned variant) will have in the results: A is the reference.
    char fileLetter(std::size_t file) const;
    char plannedLetter(std::size_t planned) const;
    // Makes planned variant `planned` the reference, or (nullopt) the first file again.
    void setReferencePlanned(std::optional<std::size_t> planned);
    void removePlanned(std::size_t planned);

    CompareSettings& settings() { return m_settings; }
    const CompareSettings& settings() const { return m_settings; }
    const CompareJob& job() const { return m_job; }
    // The last finished run's results, once draw() has taken them from the job.
    const std::optional<CompareResults>& results() const { return m_results; }

    // Texts this view shows besides the UI string table (metric labels shared with the HTML
    // report, file names, variant labels, a failure message), for the font atlas; fontsChanged
    // is true once after any of them changed.
    std::vector<std::string> glyphTexts() const;
    bool takeFontsChanged();

private:
    void poll();
    void setFirstFile(const std::filesystem::path& file);
    void drawSettings(const UiStrings& text, const DaySession* currentDay);
    void drawFileList(const UiStrings& text, const DaySession* currentDay);
    void drawPlannedList(const UiStrings& text);
    void drawExport(const UiStrings& text);
    void drawSweepFields(const UiStrings& text);
    void drawRunControls(const UiStrings& text);
    void drawResults(const UiStrings& text);
    void drawTable(const UiStrings& text);
    void drawCharts(const UiStrings& text);

    CompareSettings m_settings;
    CompareJob m_job;
    FileBrowser m_browser;
    std::string m_pathInput;
    std::optional<CompareResults> m_results;
    OwnedPhrase m_failure;  // the job's message in both languages, copied once when it failed
    std::string m_exportPath = userDataFile("reports", "pujiang-compare.html").string();
    std::string m_exportMessage;
    int m_chartMetric;      // index into the view's metric list (compare_view.cpp)
    bool m_fontsChanged = true;
};

}  // namespace pujiang::gui
