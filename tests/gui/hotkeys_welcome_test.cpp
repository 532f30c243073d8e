// The hotkeys, the Help windows and the welcome screen, headless.

#include <gtest/gtest.h>

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <set>

#include <imgui_internal.h>

#include "gui/gui_app.h"
#include "gui/help_window.h"
#include "gui/welcome_view.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/gui/app_frames.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;
using testing::projectStrings;

using testing::drawFrames;

TEST(Hotkeys, PlayPauseAndNextEventDriveTheDay) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    EXPECT_FALSE(app.hotkey(AppKey::PlayPause)) << "nothing to play before a scenario is open";
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml"));
    // The many-day figures run in the background at first.
    EXPECT_EQ(app.activity(), app.manyDays().running() ? Activity::Background : Activity::Idle);
    app.waitForBackground();
    EXPECT_EQ(app.activity(), Activity::Idle);
    EXPECT_TRUE(app.hotkey(AppKey::PlayPause));
    EXPECT_TRUE(app.controls().pace.playing);
    EXPECT_EQ(app.activity(), Activity::Playing);
    EXPECT_TRUE(app.hotkey(AppKey::PlayPause));
    EXPECT_FALSE(app.controls().pace.playing);

    const std::size_t before = app.session().day().eventsHandled();
    EXPECT_TRUE(app.hotkey(AppKey::NextEvent));
    EXPECT_EQ(app.session().day().eventsHandled(), before + 1);

    app.session().jumpTo(48 * 60);  // past the end: the day is over
    ASSERT_TRUE(app.session().day().finished());
    EXPECT_FALSE(app.hotkey(AppKey::PlayPause));
    EXPECT_FALSE(app.hotkey(AppKey::NextEvent));
    EXPECT_EQ(app.activity(), Activity::Idle);
    drawFrames(app, 2);
}

TEST(Hotkeys, TextSizeStepsAndAsksForANewFontOnce) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    EXPECT_FALSE(app.takeTextScaleChanged());
    EXPECT_TRUE(app.hotkey(AppKey::TextLarger));
    EXPECT_EQ(app.settings().textScale(), 1.15f);
    EXPECT_TRUE(app.takeTextScaleChanged());
    EXPECT_FALSE(app.takeTextScaleChanged());
    app.hotkey(AppKey::TextSmaller);
    app.hotkey(AppKey::TextSmaller);
    EXPECT_EQ(app.settings().textScale(), 0.85f);
    app.hotkey(AppKey::TextNormal);
    EXPECT_EQ(app.settings().textScale(), 1.0f);
    EXPECT_TRUE(app.takeTextScaleChanged());
}

TEST(Hotkeys, HelpOpensTheGlossaryInBothLanguages) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    EXPECT_TRUE(app.hotkey(AppKey::Help));
    drawFrames(app, 2);
    EXPECT_NE(ImGui::FindWindowByName("###help.glossary"), nullptr);
    app.text().setLanguage(Language::En);
    drawFrames(app, 2);
    EXPECT_TRUE(app.hotkey(AppKey::Help));  // closes it again
}

TEST(Glossary, EveryTermHasATextAndAnExplanationInBothLanguages) {
    const UiStrings strings = projectStrings();
    std::set<std::string_view> terms;
    for (const std::string_view id : glossaryIds()) {
        const std::string term = "glossary." + std::string(id);
        EXPECT_TRUE(strings.has(term)) << term;
        EXPECT_TRUE(strings.has(term + ".def")) << term;
        EXPECT_TRUE(terms.insert(id).second) << id << " twice";
    }
    // The words the issue names are there.
    UiStrings zh = projectStrings();
    std::string all;
    for (const std::string_view id : glossaryIds()) all += zh.get(("glossary." + std::string(id)).c_str());
    for (const char* word : {"交办", "定性", "诉访分离", "集体访"}) EXPECT_NE(all.find(word), std::string::npos) << word;
    for (const HotkeyHelp& key : hotkeyHelp()) EXPECT_TRUE(strings.has(std::string(key.actionId))) << key.actionId;
}

TEST(Welcome, ListsEveryShippedScenarioWithItsTitleAndDescription) {
    const WelcomeCatalog catalog = readWelcomeCatalog(PUJIANG_SOURCE_DIR "/scenarios");
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(PUJIANG_SOURCE_DIR "/scenarios"))
        files += entry.path().extension() == ".toml";
    ASSERT_EQ(catalog.days.size(), files);
    ASSERT_GE(catalog.days.size(), 4u);
    for (const CatalogEntry& entry : catalog.days) {
        EXPECT_FALSE(entry.heading.title.empty()) << entry.file;
        EXPECT_FALSE(entry.heading.description.empty()) << entry.file << ": a shipped day says what it is for";
    }
    EXPECT_FALSE(catalog.validation.empty());
    EXPECT_TRUE(std::is_sorted(catalog.days.begin(), catalog.days.end(),
                               [](const CatalogEntry& a, const CatalogEntry& b) { return a.file < b.file; }));
}

TEST(Welcome, ABrokenFileStillListsByItsName) {
    testing::TempFolder dir("welcome");
    std::ofstream(dir.path() / "broken.toml") << "title = \n";
    std::ofstream(dir.path() / "notes.txt") << "not a scenario";
    const std::vector<CatalogEntry> entries = listScenarioCatalog(dir.path());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].heading.title.empty());
    EXPECT_TRUE(listScenarioCatalog(dir.path() / "missing").empty());
}

TEST(Welcome, IsWhatTheWindowShowsWithoutAScenario) {
    testing::HeadlessImGui imgui(ImVec2(1024, 768));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    app.setScenarioFolder(PUJIANG_SOURCE_DIR "/scenarios");
    drawFrames(app, 2);
    EXPECT_FALSE(app.hasSession());
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 500) << "the welcome screen draws its list";
    // Its titles are in the font atlas's texts.
    const std::vector<std::string> texts = app.glyphTexts();
    EXPECT_NE(std::find(texts.begin(), texts.end(), readScenarioHeading(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml").title),
              texts.end());
}

}  // namespace
}  // namespace pujiang::gui

namespace pujiang::gui {
namespace {

TEST(ManyDays, TheKeyFiguresGetTheScenariosManyDayMeansBesideTheOneDay) {
    testing::HeadlessImGui imgui(ImVec2(1600, 900));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml"));
    drawFrames(app, 1);  // drawn while the days run
    app.waitForBackground();
    const std::shared_ptr<const ManyDays> days = app.manyDays().result();
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->replications, std::max(app.session().spec().run.replications, ManyDaysJob::kReplications));
    EXPECT_EQ(days->replications, manyDaysReplications(app.session().spec()));
    EXPECT_EQ(days->seed, app.session().spec().run.seed);
    const Summary received = days->aggregate.overall(Metric::BatchesReceived);
    EXPECT_EQ(received.n, static_cast<std::uint64_t>(days->replications));
    EXPECT_LT(received.ciLow, received.ciHigh);
    // The floor's day is replication 0 of the same seed: one of the many days, inside their range.
    app.session().jumpTo(48 * 60);
    const double oneDay = app.session().result()[Metric::BatchesReceived];
    EXPECT_GT(oneDay, received.mean - 6 * received.sd);
    EXPECT_LT(oneDay, received.mean + 6 * received.sd);
    drawFrames(app, 2);
    // A new scenario drops the old figures and runs its own.
    ASSERT_TRUE(app.openScenario(PUJIANG_SOURCE_DIR "/scenarios/county-duty-two-leaders.toml"));
    EXPECT_EQ(app.manyDays().result(), nullptr);
    app.waitForBackground();
    ASSERT_NE(app.manyDays().result(), nullptr);
    // A steady-state run keeps its own count of (long) replications.
    EXPECT_EQ(manyDaysReplications(loadScenarioFile(PUJIANG_SOURCE_DIR "/scenarios/validation/mm1.toml")), 40);
}

}  // namespace
}  // namespace pujiang::gui
