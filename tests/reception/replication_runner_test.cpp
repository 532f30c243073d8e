#include <gtest/gtest.h>

#include <sstream>

#include "sim/experiment/replication_runner.h"
#include "sim/report/run_report.h"
#include "sim/reception/spec_builders.h"

namespace pujiang {
namespace {

std::string json(const ScenarioSpec& spec, int jobs, int replications) {
    ReplicationOptions options;
    options.seed = 77;
    options.replications = replications;
    options.jobs = jobs;
    const Aggregate aggregate = runReplications(spec, options);
    std::ostringstream out;
    writeResultsJson(out, RunInfo{&spec, "busy-day", 77, replications}, aggregate);
    return out.str();
}

// [agg.order]
TEST(ReplicationRunner, ResultsAreByteIdenticalWhateverTheThreadCount) {
    const ScenarioSpec spec = busyDaySpec();
    const std::string one = json(spec, 1, 37);
    EXPECT_EQ(one, json(spec, 2, 37));
    EXPECT_EQ(one, json(spec, 5, 37));
    EXPECT_NE(one, json(spec, 1, 36));
}

TEST(ReplicationRunner, ConfidenceIntervalsShrinkWithReplications) {
    const ScenarioSpec spec = busyDaySpec();
    ReplicationOptions options;
    options.jobs = 2;
    options.replications = 40;
    const double wide = runReplications(spec, options).overall(Metric::WaitMean).halfWidth();
    options.replications = 640;
    const double narrow = runReplications(spec, options).overall(Metric::WaitMean).halfWidth();
    // Half-width scales as 1/sqrt(n): a factor of about 4 (t quantiles make it a bit more).
    EXPECT_LT(narrow, wide / 2.5);
}

}  // namespace
}  // namespace pujiang
