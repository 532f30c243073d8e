// A variant that carries interventions (the GUI's "current day with my interventions"): an empty
// plan is the plain variant bit for bit, a plan changes the numbers, and the numbers stay the same
// for the same seed whatever the thread count.

#include <gtest/gtest.h>

#include "sim/experiment/experiment.h"
#include "sim/experiment/replication_runner.h"
#include "sim/reception/spec_builders.h"
#include "tests/support/same_values.h"

namespace pujiang {
namespace {

constexpr std::uint64_t kSeed = 91;
constexpr int kReplications = 12;

Intervention at(double time, InterventionKind kind, std::uint32_t room = kWholeDay, double minutes = 0.0) {
    Intervention i;
    i.kind = kind;
    i.room = room;
    i.minutes = minutes;
    i.time = time;
    i.eventsBefore = 123456;  // belongs to the day it was logged on: a plan must ignore it
    return i;
}

// A planner's day: a room closed mid-morning, a lawyer called, the hours extended.
std::vector<Intervention> plan() {
    return {at(10 * 60, InterventionKind::CloseRoom, 1), at(11 * 60, InterventionKind::CallLawyer),
            at(15 * 60, InterventionKind::ExtendHours, kWholeDay, 30)};
}

std::vector<VariantResult> run(std::vector<ExperimentVariant> variants, int jobs) {
    Experiment experiment(std::move(variants), kSeed, kReplications, "{}");
    ExperimentRunOptions options;
    options.jobs = jobs;
    EXPECT_TRUE(experiment.run(options));
    return experiment.fold();
}

using testing::sameValues;

std::array<double, kMetricCount> overallMeans(const VariantResult& r) {
    std::array<double, kMetricCount> means{};
    for (std::size_t m = 0; m < kMetricCount; ++m) means[m] = r.aggregate.overall(static_cast<Metric>(m)).mean;
    return means;
}

TEST(PlannedVariant, AnEmptyPlanGivesThePlainVariantBitForBit) {
    const ScenarioSpec spec = busyDaySpec();
    const std::vector<VariantResult> results =
        run({ExperimentVariant{"plain", spec, {}, {}}, ExperimentVariant{"empty plan", spec, {}, {}}}, 2);
    EXPECT_TRUE(sameValues(overallMeans(results[0]), overallMeans(results[1])));
    for (std::size_t m = 0; m < kMetricCount; ++m) EXPECT_EQ(results[1].differences[m].max(), 0.0) << metricNames()[m];
    for (std::uint64_t r = 0; r < 3; ++r) {
        const DayResult plain = runReplication(spec, kSeed, r);
        const DayResult planned = runPlannedReplication(spec, kSeed, r, {});
        EXPECT_EQ(plain.events, planned.events);
        EXPECT_TRUE(sameValues(plain.overall, planned.overall));
    }
}

TEST(PlannedVariant, APlanChangesTheResultsDeterministically) {
    const ScenarioSpec spec = busyDaySpec();
    const std::vector<ExperimentVariant> variants{ExperimentVariant{"plain", spec, {}, {}},
                                                  ExperimentVariant{"my day", spec, {}, plan()}};
    const std::vector<VariantResult> once = run(variants, 1);
    EXPECT_NE(once[0].aggregate.overall(Metric::WaitMean).mean, once[1].aggregate.overall(Metric::WaitMean).mean);
    // Same seed: the same numbers, whatever the thread count.
    const std::vector<VariantResult> again = run(variants, 3);
    EXPECT_TRUE(sameValues(overallMeans(once[1]), overallMeans(again[1])));
    for (std::size_t m = 0; m < kMetricCount; ++m)
        EXPECT_EQ(once[1].differences[m].mean(), again[1].differences[m].mean()) << metricNames()[m];
}

TEST(PlannedVariant, EntriesApplyByTimeAndThoseThatCannotApplyAreSkipped) {
    const ScenarioSpec spec = busyDaySpec();
    // Out of order, and an entry no day can take (room 99), and one after the day is over.
    std::vector<Intervention> shuffled = plan();
    std::swap(shuffled.front(), shuffled.back());
    shuffled.push_back(at(9 * 60, InterventionKind::OpenRoom, 99));
    shuffled.push_back(at(30 * 60, InterventionKind::CallLawyer));
    const DayResult ordered = runPlannedReplication(spec, kSeed, 0, plan());
    const DayResult tolerant = runPlannedReplication(spec, kSeed, 0, shuffled);
    EXPECT_EQ(ordered.events, tolerant.events);
    EXPECT_TRUE(sameValues(ordered.overall, tolerant.overall));
}

}  // namespace
}  // namespace pujiang
