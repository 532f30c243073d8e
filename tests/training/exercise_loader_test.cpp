// Exercise files: the shipped ones load; each file of tests/fixtures/exercises-broken/ holds one
// problem and starts with "# expect: <text>", a substring of the diagnostic it must produce, in
// English with a Chinese twin; docs/exercise-reference.md is what the key table generates.

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "sim/scenario/key_table.h"
#include "sim/training/exercise.h"
#include "sim/training/exercise_keys.h"
#include "tests/support/broken_fixtures.h"
#include "tests/support/chinese_messages.h"
#include "tests/support/generated_doc.h"
#include "tests/support/thrown_diagnostics.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = PUJIANG_SOURCE_DIR;
const fs::path kBrokenDir = kSource / "tests" / "fixtures" / "exercises-broken";

const std::vector<CaseCard>& cards() {
    static const std::vector<CaseCard> kCards = loadCaseCards(kSource / "data" / "cases");
    return kCards;
}

TEST(ExerciseLoader, EveryShippedExerciseLoads) {
    const std::vector<Exercise> exercises = loadExercises(kSource / "exercises", cards());
    ASSERT_FALSE(exercises.empty());
    for (const Exercise& e : exercises) {
        EXPECT_FALSE(e.objectives.empty()) << e.id;
        EXPECT_FALSE(e.roles.empty()) << e.id;
        EXPECT_FALSE(e.spec.rooms.empty()) << e.id;
        EXPECT_FALSE(e.briefing.success.zh.empty()) << e.id;
    }
}

TEST(ExerciseLoader, ReadsTheCalmDutyDay) {
    const Exercise e = loadExerciseFile(kSource / "exercises" / "calm-duty-day.toml", cards());
    EXPECT_EQ(e.id, "calm-duty-day");
    EXPECT_EQ(e.spec.name, "county-duty-day");
    EXPECT_EQ(e.seed, 2023u);
    EXPECT_EQ(e.seedPolicy, SeedPolicy::Fixed);
    EXPECT_TRUE(e.hasRole(TraineeRole::Leader));
    EXPECT_FALSE(e.hasRole(TraineeRole::Coordinator));
    EXPECT_DOUBLE_EQ(e.durationMinutes, 40.0);
    EXPECT_DOUBLE_EQ(e.featured.from, 8.5 * 60.0);
    EXPECT_EQ(e.featured.maxCases, 6);
    ASSERT_EQ(e.objectives.size(), 4u);
    EXPECT_EQ(e.objectives[0].metric, "decisions.appropriate_share");
    EXPECT_FALSE(e.objectives[0].atMost);
    EXPECT_DOUBLE_EQ(e.objectives[0].threshold, 0.8);
    EXPECT_DOUBLE_EQ(e.objectives[0].tolerance, 0.8);  // |threshold| by default
    EXPECT_DOUBLE_EQ(e.objectives[1].tolerance, 0.5);
    EXPECT_TRUE(e.objectives[3].atMost);
    EXPECT_EQ(e.reference.otherwise, DispositionDefault::CardAdvice);
}

TEST(ExerciseLoader, ADrawnSeedPolicyGivesEachAttemptItsOwnReproducibleDay) {
    Exercise e;
    e.seed = 7;
    EXPECT_EQ(e.seedFor(1), 7u);
    EXPECT_EQ(e.seedFor(2), 7u);
    e.seedPolicy = SeedPolicy::Drawn;
    EXPECT_NE(e.seedFor(1), e.seedFor(2));
    EXPECT_EQ(e.seedFor(2), e.seedFor(2));
}

class BrokenExerciseFile : public ::testing::TestWithParam<fs::path> {};

TEST_P(BrokenExerciseFile, ReportsItsProblemInBothLanguages) {
    const fs::path& file = GetParam();
    const std::string expected = testing::fixtureExpectation(file);
    ASSERT_FALSE(expected.empty()) << file << " has no '# expect: ' first line";
    const std::vector<Diagnostic> problems = testing::thrownDiagnostics([&] { loadExerciseFile(file, cards()); });
    ASSERT_FALSE(problems.empty());
    bool found = false;
    std::string all;
    for (const Diagnostic& d : problems) {
        found = found || d.format().find(expected) != std::string::npos;
        all += d.format() + "\n";
        EXPECT_FALSE(d.messageZh.empty()) << d.format();
        EXPECT_NE(d.messageZh, d.message) << d.format();
    }
    EXPECT_TRUE(found) << "expected: " << expected << "\ngot:\n" << all;
    // A fixture holds one problem (a scenario that cannot be loaded adds its own message).
    if (file.stem() != "scenario-not-found") {
        EXPECT_EQ(problems.size(), 1u) << all;
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenExerciseFile, ::testing::ValuesIn(testing::brokenFixtureFiles(kBrokenDir)),
                         testing::fixtureTestName);

TEST(ExerciseLoader, ReportsEveryProblemOfAFolderAtOnce) {
    const std::vector<Diagnostic> problems = testing::thrownDiagnostics([] { loadExercises(kBrokenDir, cards()); });
    std::set<std::string> files;
    for (const Diagnostic& d : problems) files.insert(d.file);
    EXPECT_GE(files.size(), testing::brokenFixtureFiles(kBrokenDir).size());
}

// docs/exercise-reference.md is generated: this test fails when it is stale and rewrites it when
// PUJIANG_UPDATE_REFERENCE=1 is set.
TEST(ExerciseReference, DocIsUpToDate) {
    testing::expectGeneratedFileIsCurrent(kSource / "docs" / "exercise-reference.md", exerciseReferenceMarkdown(),
                                          "PUJIANG_UPDATE_REFERENCE=1 training_tests --gtest_filter='ExerciseReference.*'");
}

TEST(ExerciseReference, NamesEveryKey) {
    const std::string markdown = exerciseReferenceMarkdown();
    for (const ExerciseKey& row : exerciseKeys())
        if (row.kind == ExerciseKeyKind::Value) {
            EXPECT_NE(markdown.find("| `" + std::string(keyName(row.path)) + "` |"), std::string::npos) << row.path;
        }
}

}  // namespace
}  // namespace pujiang
