// The whole app drawn headless: opening scenarios (good and bad), every view for some frames, the
// language switch; and the recent-files list and directory listing behind the file browser.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "gui/gui_app.h"
#include "gui/live_charts.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/gui/app_frames.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;

using testing::projectStrings;

using testing::TempFolder;

using testing::drawFrames;

TEST(GuiApp, DrawsEveryScenarioHeadlessInBothLanguages) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    for (const auto& entry : fs::directory_iterator(PUJIANG_SOURCE_DIR "/scenarios")) {
        if (entry.path().extension() != ".toml") continue;
        ASSERT_TRUE(app.openScenario(entry.path())) << app.loadError();
        app.session().jumpTo(10 * 60 + 30);
        drawFrames(app, 3);
        app.text().setLanguage(Language::En);
        app.controls().pace.playing = true;
        app.controls().pace.fastest = true;
        drawFrames(app, 3);
        app.showView(View::Editor);
        drawFrames(app, 3);
        app.showView(View::Interventions);
        drawFrames(app, 3);
        app.text().setLanguage(Language::Zh);
        EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 1000) << entry.path();
        app.controls().pace = Pace{};
    }
}

TEST(GuiApp, ABadScenarioKeepsTheOpenOneAndSaysWhy) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    TempFolder dir("gui");
    const fs::path bad = dir.path() / "bad.toml";
    std::ofstream(bad) << "[day]\nopens = \"25:00\"\n";
    GuiApp app(projectStrings(), RecentFiles(fs::path()), dir.path());
    EXPECT_FALSE(app.openScenario(bad));
    EXPECT_FALSE(app.hasSession());
    EXPECT_NE(app.loadError().find("bad.toml:2"), std::string::npos) << app.loadError();
    drawFrames(app, 2);  // the "no scenario" screen with the message
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml"));
    EXPECT_TRUE(app.loadError().empty());
    EXPECT_FALSE(app.openScenario(dir.path() / "missing.toml"));
    EXPECT_TRUE(app.hasSession());
    EXPECT_EQ(app.session().spec().name, "county-duty-day");
}

TEST(GuiApp, TheEditorsRunStartsTheEditedScenarioOnTheFloor) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), ".");
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml"));
    app.session().jumpTo(11 * 60);
    ASSERT_TRUE(app.editor().model().set("rooms[1].tables", "3"));
    ASSERT_TRUE(app.editor().requestRun());
    drawFrames(app, 2);
    EXPECT_EQ(app.session().spec().rooms[0].tables, 3);
    EXPECT_EQ(app.session().day().eventsHandled(), 0u) << "a new day starts";
    EXPECT_LE(app.session().day().now(), app.session().spec().day.opens);
    EXPECT_TRUE(app.takeFontsChanged());
}

TEST(GuiApp, OpeningAnotherScenarioAsksBeforeDiscardingEdits) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), ".");
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml"));
    ASSERT_TRUE(app.editor().model().set("rooms[1].tables", "3"));
    app.requestOpen(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    drawFrames(app, 3);  // the question is on screen; nothing opened yet
    EXPECT_EQ(app.session().spec().name, "county-duty-day");
    EXPECT_TRUE(app.editor().model().dirty());

    GuiApp clean(projectStrings(), RecentFiles(fs::path()), ".");
    ASSERT_TRUE(clean.openScenario(PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml"));
    clean.requestOpen(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    EXPECT_EQ(clean.session().spec().name, "pujiang-2003");
}

TEST(GuiApp, GlyphTextsCoverTheScenarioNames) {
    GuiApp app(projectStrings(), RecentFiles(fs::path()), ".");
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml"));
    EXPECT_TRUE(app.takeFontsChanged());
    EXPECT_FALSE(app.takeFontsChanged());
    const std::vector<std::string> texts = app.glyphTexts();
    for (const RoomSpec& room : app.session().spec().rooms)
        EXPECT_NE(std::find(texts.begin(), texts.end(), room.name), texts.end()) << room.name;
}

TEST(RecentFiles, NewestFirstWithoutDuplicatesAndKeptOnDisk) {
    TempFolder dir("gui");
    const fs::path store = dir.path() / "config" / "recent.txt";
    std::vector<fs::path> files;
    for (int i = 0; i < 12; ++i) {
        files.push_back(dir.path() / fmt::format("s{}.toml", i));
        std::ofstream(files.back()) << "";
    }
    {
        RecentFiles recent(store);
        EXPECT_TRUE(recent.files().empty());
        for (const fs::path& f : files) recent.add(f);
        recent.add(files[3]);
        ASSERT_EQ(recent.files().size(), RecentFiles::kMost);
        EXPECT_EQ(recent.files().front(), files[3].string());
        EXPECT_EQ(recent.files()[1], files[11].string());
    }
    fs::remove(files[11]);
    RecentFiles reloaded(store);
    ASSERT_EQ(reloaded.files().size(), RecentFiles::kMost - 1) << "a file that is gone is dropped";
    EXPECT_EQ(reloaded.files().front(), files[3].string());
    reloaded.clear();
    EXPECT_TRUE(RecentFiles(store).files().empty());
}

TEST(FileBrowser, FoldersFirstThenScenarioFilesByName) {
    TempFolder dir("gui");
    fs::create_directories(dir.path() / "zeta");
    fs::create_directories(dir.path() / "alpha");
    fs::create_directories(dir.path() / ".hidden");
    std::ofstream(dir.path() / "b.toml") << "";
    std::ofstream(dir.path() / "a.toml") << "";
    std::ofstream(dir.path() / "notes.txt") << "";
    const std::vector<BrowserEntry> entries = listDirectory(dir.path(), ".toml");
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[0].name, "alpha");
    EXPECT_TRUE(entries[0].directory);
    EXPECT_EQ(entries[1].name, "zeta");
    EXPECT_EQ(entries[2].name, "a.toml");
    EXPECT_FALSE(entries[2].directory);
    EXPECT_EQ(entries[3].name, "b.toml");
    EXPECT_TRUE(listDirectory(dir.path() / "nope", ".toml").empty());
}

TEST(FileBrowser, ShowsScenariosByTheirTitleAndAsksForTheirGlyphs) {
    FileBrowser browser(PUJIANG_SOURCE_DIR "/scenarios");
    const auto& entries = browser.entries();
    const auto found = std::find_if(entries.begin(), entries.end(),
                                    [](const BrowserEntry& e) { return e.name == "pujiang-2003.toml"; });
    ASSERT_NE(found, entries.end());
    EXPECT_NE(found->title.find("浦江"), std::string::npos) << found->title;
    EXPECT_TRUE(browser.takeFontsChanged());
    EXPECT_FALSE(browser.takeFontsChanged());
    const std::vector<std::string> texts = browser.glyphTexts();
    EXPECT_NE(std::find(texts.begin(), texts.end(), found->title), texts.end());
    // Folders have no title.
    const auto validation = std::find_if(entries.begin(), entries.end(),
                                         [](const BrowserEntry& e) { return e.name == "validation"; });
    ASSERT_NE(validation, entries.end());
    EXPECT_TRUE(validation->title.empty());
}

// [util.room.so_far]
TEST(LiveCharts, UtilisationSoFarMatchesTheDaysResultAtTheEnd) {
    for (const char* file : {"/scenarios/pujiang-2003.toml", "/scenarios/validation/mm1.toml"}) {
        const ScenarioSpec spec = loadScenarioFile(std::string(PUJIANG_SOURCE_DIR) + file);
        DaySession session(spec, "x");
        session.jumpTo(11 * 60);
        bool someBusy = false;
        for (std::size_t r = 0; r < spec.rooms.size(); ++r) {
            const double u = session.day().roomUtilizationSoFar(r);
            EXPECT_GE(u, 0.0);
            EXPECT_LE(u, 1.0);
            someBusy = someBusy || u > 0.5;
        }
        EXPECT_TRUE(someBusy) << file << ": the rooms are busy by 11:00";
        session.jumpTo(48 * 60);
        const DayResult& result = session.result();
        for (std::size_t r = 0; r < spec.rooms.size(); ++r) {
            EXPECT_NEAR(session.day().roomUtilizationSoFar(r),
                        result.byRoom[r][static_cast<std::size_t>(RoomMetric::Utilization)], 1e-9)
                << file << " room " << r + 1;
        }
    }
}

TEST(LiveCharts, TheQueueCurveEndsNow) {
    const ScenarioSpec spec = loadScenarioFile(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    DaySession session(spec, "x");
    session.jumpTo(11 * 60);
    const std::vector<ChartPoint> curve = queueCurveSoFar(session.result(), curveLayout(spec), 11 * 60);
    ASSERT_FALSE(curve.empty());
    EXPECT_DOUBLE_EQ(curve.back().x, 11 * 60.0);
    for (const ChartPoint& p : curve) EXPECT_LE(p.x, 11 * 60.0);
}

}  // namespace
}  // namespace pujiang::gui
