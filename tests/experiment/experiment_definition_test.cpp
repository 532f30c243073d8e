// The one builder of experiments (compare, sweep) behind the CLI, `merge` and the GUI.

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>

#include "sim/core/localized_error.h"
#include "sim/experiment/experiment_definition.h"

namespace pujiang {
namespace {

std::string shipped(const std::string& name) { return std::string(PUJIANG_SOURCE_DIR) + "/scenarios/" + name; }

TEST(ExperimentDefinition, CompareLabelsRepeatedScenariosByTheirPlace) {
    const Experiment e = buildExperimentNow(compareDefinition(
        {shipped("county-duty-day.toml"), shipped("county-duty-day.toml"), shipped("county-duty-two-leaders.toml")}, 7,
        3));
    ASSERT_EQ(e.variants().size(), 3u);
    EXPECT_EQ(e.variants()[0].label, "county-duty-day");
    EXPECT_EQ(e.variants()[1].label, "county-duty-day (2)");
    EXPECT_EQ(e.variants()[2].label, "county-duty-two-leaders");
    EXPECT_EQ(e.seed(), 7u);
    EXPECT_EQ(e.replications(), 3);
}

TEST(ExperimentDefinition, SweepIsAFullFactorialWithTheFirstKeyChangingSlowest) {
    const ExperimentDefinition d =
        sweepDefinition(shipped("county-duty-day.toml"),
                        {VarySpec{"lawyers.count", {"0", "1"}}, VarySpec{"rooms[*].tables", {"1", "2", "3"}}},
                        {"registration.desks=2"}, 1, 2);
    const Experiment e = buildExperimentNow(d);
    ASSERT_EQ(e.variants().size(), 6u);
    EXPECT_EQ(e.variants()[0].label, "lawyers.count=0 rooms[*].tables=1");
    EXPECT_EQ(e.variants()[1].label, "lawyers.count=0 rooms[*].tables=2");
    EXPECT_EQ(e.variants()[3].label, "lawyers.count=1 rooms[*].tables=1");
    EXPECT_EQ(e.variants()[5].spec.lawyers.count, 1);
    EXPECT_EQ(e.variants()[5].spec.rooms.front().tables, 3);
    for (const ExperimentVariant& v : e.variants()) EXPECT_EQ(v.spec.registration.desks, 2);
}

TEST(ExperimentDefinition, AutomaticReplicationsStartAtTheFirstStage) {
    ExperimentDefinition d = sweepDefinition(shipped("county-duty-day.toml"), {VarySpec{"lawyers.count", {"0"}}}, {}, 1,
                                             kAutoFirstStage);
    makeAutomatic(d, 0.05, 500);
    EXPECT_EQ(d.at("replications"), "auto");
    EXPECT_EQ(buildExperimentNow(d).replications(), kAutoFirstStage);
}

TEST(ExperimentDefinition, TooManyCombinationsAndUnknownKindsAreRefused) {
    std::vector<std::string> many(1000, "1");
    EXPECT_GT(sweepVariantCount({VarySpec{"a", many}, VarySpec{"b", many}}), kMaxSweepVariants);
    ExperimentDefinition d = compareDefinition({shipped("county-duty-day.toml")}, 1, 1);
    d["command"] = "plan";
    EXPECT_THROW(buildExperimentNow(d), std::invalid_argument);
}

// The run log kept after an interruption without --runs: a full disk is named, not only "write
// failed".
TEST(ExperimentDefinition, ASavedLogOnAFullDiskSaysSo) {
    const Experiment e = buildExperimentNow(compareDefinition({shipped("county-duty-day.toml")}, 1, 1));
    try {
        e.saveLog("/dev/full");
        FAIL() << "a full disk took the run log";
    } catch (const LocalizedError& error) {
        EXPECT_EQ(std::string(error.what()), "/dev/full: write failed: No space left on device");
    }
}

TEST(ExperimentDefinition, AStoppedBuildReturnsNothing) {
    const std::atomic<bool> stop{true};
    EXPECT_FALSE(buildExperiment(compareDefinition({shipped("county-duty-day.toml")}, 1, 1), &stop));
}

}  // namespace
}  // namespace pujiang
