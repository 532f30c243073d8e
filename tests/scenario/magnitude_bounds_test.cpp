// Every number and duration a file writes is bounded whatever its key (issue 11 item 4), so the
// model's arithmetic stays finite: `batches.complexity = 1e30` sent every wait to histogram bin 0
// through an out-of-range double -> size_t conversion, and a Poisson mean of 1e300 overflowed
// inside Boost.

#include <gtest/gtest.h>

#include <string>

#include <fmt/format.h>

#include "sim/experiment/replication_runner.h"
#include "sim/scenario/scenario_limits.h"
#include "tests/scenario/scenario_test_support.h"

namespace pujiang {
namespace {

std::string withBatches(std::string_view line) {
    return fmt::format("{}\n[batches]\n{}\n", testing::kMinimal, line);
}

TEST(MagnitudeBounds, AHugeFactorIsRefusedAsTooLargeForTheModel) {
    const std::string message = testing::firstProblem(withBatches("complexity = 1e30"));
    EXPECT_NE(message.find("batches.complexity = 1e+30 is too large for the model's arithmetic; allowed: a number of "
                           "magnitude at most 1e+09"),
              std::string::npos)
        << message;
    // The same bound inside a distribution, and for a parameter of any sign.
    EXPECT_NE(testing::firstProblem(withBatches("complexity = { dist = \"uniform\", low = 0, high = 2e9 }"))
                  .find("batches.complexity.high = 2000000000.0 is too large"),
              std::string::npos);
}

TEST(MagnitudeBounds, APoissonMeanStaysWhereBoostCanDrawIt) {
    EXPECT_NE(testing::firstProblem(withBatches("companions = { dist = \"poisson\", mean = 1e300 }")).find("too large"),
              std::string::npos);
    const std::string message = testing::firstProblem(withBatches("companions = { dist = \"poisson\", mean = 2e6 }"));
    EXPECT_NE(message.find("batches.companions.mean = 2000000.0 is out of range; allowed: 0 <= mean <= 1e+06"),
              std::string::npos)
        << message;
}

TEST(MagnitudeBounds, DurationsAreBoundedLikeTheHorizon) {
    const std::string message =
        testing::firstProblem(fmt::format("{}\n[[rooms]]\nname = \"B\"\nconsultation = \"2000000h\"\n", testing::kMinimal));
    EXPECT_NE(message.find("is too large for the model's arithmetic; allowed: a duration of magnitude at most 1000000h"),
              std::string::npos)
        << message;
}

TEST(MagnitudeBounds, WaitsPastTheLastHistogramBinCountInTheLastBin) {
    // 30 batches an hour for a room that receives 2: most wait far past the last bin (300 min).
    // The bin is clamped before it is converted, however long the wait.
    const ScenarioSpec spec = testing::load(
        "walk_ins.profile = [{ from = \"08:00\", per_hour = 30.0 }]\nday.closing_rule = \"serve_all_present\"\n"
        "[[rooms]]\nname = \"A\"\nconsultation = { dist = \"constant\", value = \"30min\" }\n");
    const DayResult result = runReplication(spec, 1, 0);
    ASSERT_EQ(result.waitHistogram.size(), 61u);
    double shares = 0.0;
    for (double share : result.waitHistogram) shares += share;
    EXPECT_NEAR(shares, 1.0, 1e-9);
    EXPECT_GT(result.waitHistogram.back(), 0.5);
}

}  // namespace
}  // namespace pujiang
