#include <gtest/gtest.h>

#include "scenario_test_support.h"
#include "sim/scenario/units.h"

namespace pujiang {
namespace {

using testing::firstProblem;
using testing::load;

// [time.unit]
TEST(Units, DurationsCarryTheirUnit) {
    EXPECT_DOUBLE_EQ(*parseDuration("90s"), 1.5);
    EXPECT_DOUBLE_EQ(*parseDuration("15min"), 15.0);
    EXPECT_DOUBLE_EQ(*parseDuration("1.5h"), 90.0);
    EXPECT_DOUBLE_EQ(*parseDuration("60d"), 60.0 * 1440.0);
    EXPECT_DOUBLE_EQ(*parseDuration("0s"), 0.0);
    EXPECT_DOUBLE_EQ(*parseDuration("-15min"), -15.0);
    EXPECT_DOUBLE_EQ(*parseDuration(".5h"), 30.0);
    EXPECT_DOUBLE_EQ(*parseDuration("109.0909s"), 109.0909 / 60.0);
}

TEST(Units, DurationsWithoutAUnitOrWithJunkAreRejected) {
    for (const char* text : {"15", "15 min", "15m", "15mins", "1e3min", "min", "", "-", "--5min", "+5min", "1.2.3h",
                             "infmin", "nanh", "5MIN", " 5min", "5min ", "0x10s"})
        EXPECT_FALSE(parseDuration(text).has_value()) << text;
}

// [time.unit]
TEST(Units, ClockTimesAreHoursAndMinutes) {
    EXPECT_DOUBLE_EQ(*parseClock("08:30"), 510.0);
    EXPECT_DOUBLE_EQ(*parseClock("00:00"), 0.0);
    EXPECT_DOUBLE_EQ(*parseClock("47:59"), 47 * 60.0 + 59.0);
    for (const char* text : {"48:00", "8:30", "08:60", "08-30", "", "08:3", "08:300", "ab:cd", "24:00:00"})
        EXPECT_FALSE(parseClock(text).has_value()) << text;
}

TEST(Units, FormatPicksTheLargestExactUnit) {
    EXPECT_EQ(formatDuration(0.5), "30s");
    EXPECT_EQ(formatDuration(15.0), "15min");
    EXPECT_EQ(formatDuration(90.0), "90min");
    EXPECT_EQ(formatDuration(120.0), "2h");
    EXPECT_EQ(formatDuration(1440.0 * 60), "60d");
    EXPECT_EQ(formatDuration(60'000'000.0), "1000000h");
    EXPECT_EQ(clockLiteral(510.0), "08:30");
}

TEST(ScenarioLoader, DurationKeysAcceptEveryUnitForm) {
    const std::string minimal(testing::kMinimal);
    EXPECT_DOUBLE_EQ(load("run.horizon = \"90s\"\n" + minimal).run.horizon, 1.5);
    EXPECT_DOUBLE_EQ(load("run.horizon = \"15min\"\n" + minimal).run.horizon, 15.0);
    EXPECT_DOUBLE_EQ(load("run.horizon = \"1.5h\"\n" + minimal).run.horizon, 90.0);
    EXPECT_DOUBLE_EQ(load("run.horizon = \"2d\"\n" + minimal).run.horizon, 2880.0);
    EXPECT_DOUBLE_EQ(load("run.horizon = 0\n" + minimal).run.horizon, 0.0);
    EXPECT_DOUBLE_EQ(load("lawyers.max_wait = \"90s\"\n" + minimal).lawyers.maxWait, 1.5);
    // Clock times.
    EXPECT_DOUBLE_EQ(load("day.opens = \"07:45\"\n" + minimal).day.opens, 465.0);
}

TEST(ScenarioLoader, DurationWithoutUnitSaysHowToWriteOne) {
    const std::string minimal(testing::kMinimal);
    EXPECT_EQ(firstProblem("run.horizon = 15\n" + minimal),
              "test.toml:1:15: run.horizon = 15 has no unit; write a number and a unit without a space: \"90s\", "
              "\"15min\", \"1.5h\", \"60d\"");
    EXPECT_EQ(firstProblem("run.horizon = \"15 min\"\n" + minimal),
              "test.toml:1:15: run.horizon = \"15 min\" is not a duration; write a number and a unit without a "
              "space: \"90s\", \"15min\", \"1.5h\", \"60d\"");
    EXPECT_EQ(firstProblem("run.horizon = 1.5\n" + minimal),
              "test.toml:1:15: run.horizon = 1.5 is a floating-point number; expected duration 0..1000000h, e.g. "
              "\"15min\"");
    EXPECT_EQ(firstProblem("run.horizon = \"-1h\"\n" + minimal),
              "test.toml:1:15: run.horizon = \"-1h\" is out of range; allowed: duration 0..1000000h");
    EXPECT_EQ(firstProblem("day.opens = \"8:00\"\n" + minimal),
              "test.toml:1:13: day.opens = \"8:00\" is not a clock time; write \"HH:MM\", 00:00..47:59");
    EXPECT_EQ(firstProblem("day.opens = 8\n" + minimal),
              "test.toml:1:13: day.opens = 8 is an integer; expected a clock time string \"HH:MM\", 00:00..47:59");
}

}  // namespace
}  // namespace pujiang
