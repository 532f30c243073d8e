// The training screens without a display: the stages a trainee goes through, a decision clicked in
// the case-card dialog reaching the session, the countdown passing a case, the debrief on its
// background thread, the after-action report kept out of the master folders, and the instructor
// view reading a class-records file.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gui/aar_save.h"
#include "gui/class_view.h"
#include "gui/gui_app.h"
#include "gui/training_screen.h"
#include "gui/training_session.h"
#include "sim/core/localized_error.h"
#include "sim/training/class_store.h"
#include "tests/gui/app_frames.h"
#include "tests/gui/class_db_fixture.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;
using testing::projectStrings;
using testing::TempFolder;

const fs::path kExercises = PUJIANG_SOURCE_DIR "/exercises";
const fs::path kCases = PUJIANG_SOURCE_DIR "/data/cases";

std::shared_ptr<const TrainingCatalog> shippedCatalog() {
    static const std::shared_ptr<const TrainingCatalog> catalog = loadTrainingCatalog(kExercises, kCases);
    return catalog;
}

std::size_t indexOf(const TrainingSession& training, const char* id) {
    const std::optional<std::size_t> index = training.findExercise(id);
    EXPECT_TRUE(index) << id;
    return index.value_or(0);
}

TEST(TrainingSession, GoesFromTheListThroughTheDayToTheDebrief) {
    TrainingSession training;
    training.setCatalog(shippedCatalog());
    EXPECT_EQ(training.stage(), TrainingStage::Choose);
    training.choose(indexOf(training, "morning-rush-2003"));
    EXPECT_EQ(training.stage(), TrainingStage::Briefing);
    training.start();
    ASSERT_EQ(training.stage(), TrainingStage::Running);
    // The clock starts at the opening, like the floor's.
    EXPECT_DOUBLE_EQ(training.session().now(), training.floor().day().now());
    EXPECT_LE(training.session().now(), training.exercise().spec.day.opens);
    ASSERT_TRUE(training.runToNextCase());
    const std::string card = training.pendingCase()->card->id;
    // The floor shows the exercise's day: the same events handled, the same clock.
    EXPECT_EQ(training.floor().day().eventsHandled(), training.session().training().day().eventsHandled());
    training.decide(Disposition::Assign);
    EXPECT_EQ(training.pendingCase(), nullptr);
    ASSERT_TRUE(training.lastCase());
    EXPECT_EQ(training.lastCase()->cardId, card);
    ASSERT_EQ(training.session().training().decisions().size(), 1u);
    EXPECT_EQ(training.floor().interventions(), training.session().log()) << "the decision reaches the floor's day";
    training.finish(3);
    EXPECT_EQ(training.stage(), TrainingStage::Debrief);
    training.debrief().wait();
    ASSERT_EQ(training.debrief().state(), DebriefState::Done) << training.debrief().error().en;
    const std::shared_ptr<const Debrief> debrief = training.debrief().result();
    EXPECT_EQ(debrief->days, 3);
    // The debrief's trainee day is the attempt just played: its first decision is the one made.
    ASSERT_FALSE(debrief->trainee.dispositions.empty());
    EXPECT_EQ(debrief->trainee.dispositions.front(), Disposition::Assign);
    training.backToList();
    EXPECT_EQ(training.stage(), TrainingStage::Choose);
}

TEST(TrainingSession, PlaysByThePaceAndStopsForInjects) {
    TrainingSession training;
    training.setCatalog(shippedCatalog());
    training.choose(indexOf(training, "collective-visit"));
    ASSERT_FALSE(training.exercise().injects.empty());
    training.start();
    const double start = training.session().now();
    training.pace().minutesPerSecond = 10;
    training.tick(0.1);
    EXPECT_NEAR(training.session().now(), start + 1.0, 1e-9);
    // Run on: the first inject stops the day until it is acknowledged.
    while (!training.shownInject() && !training.dayOver()) {
        if (training.pendingCase()) training.decide(training.pendingCase()->card->acceptable.front());
        training.tick(0.25);
    }
    ASSERT_NE(training.shownInject(), nullptr);
    const double at = training.session().now();
    training.tick(0.25);
    EXPECT_EQ(training.session().now(), at) << "the day waits while the inject is shown";
    training.acknowledgeInject();
    training.tick(0.25);
    EXPECT_GT(training.session().now(), at);
}

TEST(TrainingSession, TheCountdownPassesTheCaseToTheModel) {
    auto catalog = std::make_shared<TrainingCatalog>(*shippedCatalog());
    TrainingSession training;
    training.setCatalog(catalog);
    const std::size_t index = indexOf(training, "morning-rush-2003");
    catalog->exercises[index].decisionSeconds = 5;
    training.choose(index);
    training.start();
    ASSERT_TRUE(training.runToNextCase());
    ASSERT_TRUE(training.caseSecondsLeft());
    EXPECT_DOUBLE_EQ(*training.caseSecondsLeft(), 5.0);
    training.tick(3.0);
    ASSERT_NE(training.pendingCase(), nullptr);
    EXPECT_DOUBLE_EQ(*training.caseSecondsLeft(), 2.0);
    training.tick(3.0);
    EXPECT_EQ(training.pendingCase(), nullptr);
    ASSERT_TRUE(training.lastCase());
    EXPECT_TRUE(training.lastCase()->timedOut);
    EXPECT_FALSE(training.lastCase()->disposition);
    EXPECT_TRUE(training.session().training().decisions().empty()) << "passed, not decided";
    ASSERT_FALSE(training.session().training().featuredCases().empty());
    EXPECT_FALSE(training.session().training().featuredCases().front().decision);
}

TEST(TrainingSession, CoordinatorActionsGoThroughTheSessionWithTheirCost) {
    TrainingSession training;
    training.setCatalog(shippedCatalog());
    training.choose(indexOf(training, "morning-rush-2003"));
    training.start();
    const Intervention lawyer{InterventionKind::CallLawyer};
    EXPECT_FALSE(training.whyNot(lawyer));
    const double cost = training.costOf(lawyer);
    EXPECT_GT(cost, 0.0);
    EXPECT_TRUE(training.act(lawyer));
    EXPECT_DOUBLE_EQ(training.session().spent(), cost);
    EXPECT_EQ(training.floor().interventions(), training.session().log());
    // Past the budget the session says no, and act() takes nothing.
    while (!training.whyNot(lawyer)) training.act(lawyer);
    EXPECT_EQ(*training.whyNot(lawyer), "over_budget");
    const double spent = training.session().spent();
    EXPECT_FALSE(training.act(lawyer));
    EXPECT_DOUBLE_EQ(training.session().spent(), spent);
}

TEST(TrainingScreen, ADispositionClickedInTheDialogReachesTheSession) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    const UiStrings text = projectStrings();
    TrainingSession training;
    training.setCatalog(shippedCatalog());
    training.choose(indexOf(training, "morning-rush-2003"));
    training.start();
    ASSERT_TRUE(training.runToNextCase());
    TrainingScreenState state;
    for (int i = 0; i < 3; ++i) imgui.frame([&] { drawTrainingScreen(training, state, text, 0.0f); });
    ASSERT_TRUE(state.caseDialog.shown);
    const std::size_t legal = 3;  // kDispositions[3] is LegalChannel
    ASSERT_EQ(kDispositions[legal], Disposition::LegalChannel);
    imgui.io().MousePos = testing::centreOf(state.caseDialog.choiceMin[legal], state.caseDialog.choiceMax[legal]);
    imgui.frame([&] { drawTrainingScreen(training, state, text, 0.0f); });
    imgui.io().MouseDown[0] = true;
    imgui.frame([&] { drawTrainingScreen(training, state, text, 0.0f); });
    imgui.io().MouseDown[0] = false;
    imgui.frame([&] { drawTrainingScreen(training, state, text, 0.0f); });
    ASSERT_EQ(training.session().training().decisions().size(), 1u);
    EXPECT_EQ(training.session().training().decisions().front().effect.chosen, Disposition::LegalChannel);
}

TEST(AfterActionReport, IsNeverSavedIntoTheMasterFolders) {
    EXPECT_TRUE(isInsideFolder(kExercises / "x.html", kExercises));
    EXPECT_TRUE(isInsideFolder(kExercises / "sub" / ".." / "x.html", kExercises));
    EXPECT_FALSE(isInsideFolder(fs::path(PUJIANG_SOURCE_DIR "/exercises-copy/x.html"), kExercises));
    EXPECT_FALSE(isInsideFolder("/tmp/x.html", kExercises));

    TrainingSession training;
    training.setCatalog(shippedCatalog());
    const std::size_t index = indexOf(training, "calm-duty-day");
    const Exercise& e = shippedCatalog()->exercises[index];
    const PlayedDay played = playPlan(e, shippedCatalog()->cards, e.seedFor(1), referencePlan(e));
    DecisionLog log{e.id, e.spec.name, e.seedFor(1), played.log, played.dispositions, {}};
    for (const CaseJudgement& c : played.figures.cases)
        if (c.decided) log.cards.push_back(c.card->id);
    training.debriefLog(index, log, 2);
    training.debrief().wait();
    ASSERT_EQ(training.debrief().state(), DebriefState::Done) << training.debrief().error().en;
    const Debrief& d = *training.debrief().result();

    const std::vector<fs::path> masters = {kExercises, PUJIANG_SOURCE_DIR "/scenarios"};
    for (const fs::path& refused : {kExercises / "aar-test.html", fs::path(PUJIANG_SOURCE_DIR "/scenarios/aar-test.html"),
                                    e.scenario.parent_path() / "sub" / "aar-test.html"}) {
        const std::optional<OwnedPhrase> why = saveAfterActionReport(refused, e, d, Language::En, masters);
        ASSERT_TRUE(why) << refused;
        EXPECT_NE(why->en.find("master"), std::string::npos) << why->en;
        EXPECT_FALSE(fs::exists(refused));
    }
    // The default goes to the user's data folder, never the source tree.
    EXPECT_FALSE(isInsideFolder(defaultReportPath(e, "20261203-0800"), kExercises));
    TempFolder dir("aar");
    const fs::path target = dir.path() / "reports" / "aar.html";
    EXPECT_FALSE(saveAfterActionReport(target, e, d, Language::Zh, masters));
    std::ifstream in(target);
    std::stringstream html;
    html << in.rdbuf();
    EXPECT_NE(html.str().find("<html"), std::string::npos);
}

TEST(ClassView, ShowsTheRecordsReadFromTheFile) {
    TempFolder dir("class-view");
    const fs::path file = dir.path() / "class.sqlite";
    const TrainingCatalog& catalog = *shippedCatalog();
    const Exercise* exercise = nullptr;
    for (const Exercise& e : catalog.exercises)
        if (e.id == "calm-duty-day") exercise = &e;
    ASSERT_NE(exercise, nullptr);
    const std::int64_t id = testing::writeClassFixture(file, *exercise, catalog.cards);

    const ClassRecords records = readClassRecords(file);
    ASSERT_EQ(records.classes.size(), 1u);
    EXPECT_EQ(records.classes.front().id, id);
    EXPECT_EQ(records.classes.front().roster.size(), 5u);
    ASSERT_EQ(records.attempts.front().size(), 5u);
    EXPECT_EQ(records.attempts.front().front().trainee, "t01");

    testing::HeadlessImGui imgui(ImVec2(1024, 768));
    UiStrings text = projectStrings();
    ClassView view(dir.path());
    ASSERT_TRUE(view.open(file));
    for (const Language language : {Language::Zh, Language::En}) {
        text.setLanguage(language);
        for (int i = 0; i < 3; ++i) imgui.frame([&] { view.draw(text); });
        EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 1000);
    }
    // A file that is not class records is refused with the reason, and the shown one is kept.
    const fs::path bad = dir.path() / "bad.sqlite";
    std::ofstream(bad) << "not a database";
    EXPECT_FALSE(view.open(bad));
    EXPECT_TRUE(view.records());
    EXPECT_EQ(view.records()->file, file);
}

// A trainee seated in a class plays the class's exercise on the class's seed, and the finished
// attempt is in the class records with the decision made at the table.
TEST(TrainingSession, AClassSeatRecordsTheFinishedAttempt) {
    TempFolder dir("class-seat");
    const fs::path file = dir.path() / "class.sqlite";
    std::int64_t classId = 0;
    {
        ClassStore store(file);
        classId = store.newClass("collective-visit", 777, {{"zhang01", "张伟"}, {"li02", "李娜"}});
    }
    EXPECT_THROW(findClassSeat(file, std::nullopt, "wang09"), LocalizedError);  // not on the roster
    EXPECT_THROW(findClassSeat(file, classId + 1, "zhang01"), LocalizedError);  // no such class

    TrainingSession training;
    training.setCatalog(shippedCatalog());
    training.takeClassSeat(findClassSeat(file, std::nullopt, "zhang01"));
    EXPECT_EQ(training.stage(), TrainingStage::Briefing);
    EXPECT_EQ(training.exercise().id, "collective-visit");
    training.start();
    EXPECT_EQ(training.session().seed(), 777u);
    ASSERT_TRUE(training.runToNextCase());
    const std::string card = training.pendingCase()->card->id;
    training.decide(Disposition::LegalChannel);
    training.finish(2);
    ASSERT_TRUE(training.recordResult());
    EXPECT_NE(training.recordResult()->en.find("recorded in class"), std::string::npos) << training.recordResult()->en;
    training.debrief().wait();

    const std::vector<Attempt> attempts = ClassStore(file).attempts(classId);
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts[0].trainee, "zhang01");
    EXPECT_EQ(attempts[0].seed, 777u);
    ASSERT_FALSE(attempts[0].cases.empty());
    EXPECT_EQ(attempts[0].cases[0].cardId, card);
    EXPECT_EQ(attempts[0].cases[0].disposition, "legal_channel");
    EXPECT_TRUE(attempts[0].cases[0].decided);
    EXPECT_EQ(attempts[0].score, training.debrief().result()->trainee.score.total)
        << "the record and the debrief score the same attempt";
}

TEST(GuiApp, DrawsEveryTrainingScreenInBothLanguages) {
    testing::HeadlessImGui imgui(ImVec2(1024, 768));
    GuiApp app(projectStrings(), RecentFiles(fs::path()), PUJIANG_SOURCE_DIR "/scenarios");
    app.setScenarioFolder(PUJIANG_SOURCE_DIR "/scenarios");
    app.setTrainingFolders(kExercises, kCases);
    ASSERT_TRUE(app.openTraining());
    EXPECT_TRUE(app.inTraining());
    const auto bothLanguages = [&] {
        for (const Language language : {Language::Zh, Language::En}) {
            app.text().setLanguage(language);
            testing::drawFrames(app, 3);
            EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 200);
        }
    };
    bothLanguages();  // the list
    TrainingSession& training = app.training();
    for (std::size_t i = 0; i < training.catalog().exercises.size(); ++i) {
        training.choose(i);
        bothLanguages();  // the briefing
        training.start();
        bothLanguages();  // the day, maybe with an inject shown
        training.runToNextCase();
        bothLanguages();  // the case card, when the exercise features one
    }
    training.finish(2);
    app.waitForBackground();
    bothLanguages();  // the debrief
    app.showView(View::Class);
    EXPECT_TRUE(app.inClassRecords());
    bothLanguages();
    app.showView(View::Floor);
    EXPECT_FALSE(app.inTraining());
    // The atlas covers the catalog: titles and case cards are among the glyph texts.
    const std::vector<std::string> texts = app.glyphTexts();
    EXPECT_NE(std::find(texts.begin(), texts.end(), training.catalog().cards.front().story.zh), texts.end());
}

}  // namespace
}  // namespace pujiang::gui
