#include <gtest/gtest.h>

#include "sim/reception/reception_day.h"
#include "sim/reception/spec_builders.h"

namespace pujiang {
namespace {

// An overloaded day: more work arrives than the rooms can do by closing time.
ScenarioSpec overloadedDay(ClosingRule rule) {
    ScenarioSpec spec = busyDaySpec();
    spec.day.closingRule = rule;
    spec.appointments.count = 260;
    spec.batches.patience = Distribution::constant(kNoLimit);
    return spec;
}

DayResult runDay(const ScenarioSpec& spec, std::uint64_t replication) {
    ReceptionDay day(spec, 1, replication);
    day.runToEnd();
    return day.result();
}

// [close.serve_all_present]
TEST(ClosingRules, ServeAllPresentReceivesEveryoneWithOvertime) {
    const ScenarioSpec spec = overloadedDay(ClosingRule::ServeAllPresent);
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        const DayResult r = runDay(spec, rep);
        EXPECT_EQ(r[Metric::UnservedAtClose], 0.0);
        EXPECT_EQ(r[Metric::BatchesReceived], r[Metric::BatchesArrived]);
        EXPECT_GT(r[Metric::OvertimeMin], 30.0);
    }
}

// [curve.queue] A day that runs far past its closing keeps its whole curve of the number waiting:
// the bins reach its last departure and their area is the day's whole waiting area.
TEST(ClosingRules, AnOverrunDayKeepsItsWholeQueueCurve) {
    ScenarioSpec spec = overloadedDay(ClosingRule::ServeAllPresent);
    spec.appointments.count = 700;
    const CurveLayout layout = curveLayout(spec);
    const DayResult r = runDay(spec, 0);
    ASSERT_GT(r[Metric::LastDeparture], spec.day.closes + 240.0) << "the day should run past the first grid";
    ASSERT_GT(r.queueTimeline.size(), layout.timelineBins);
    const double end = layout.timelineStart + layout.timelineBin * static_cast<double>(r.queueTimeline.size());
    EXPECT_GE(end, r[Metric::LastDeparture]);
    EXPECT_LT(end - layout.timelineBin, r[Metric::LastDeparture]);
    double area = 0.0;
    for (double level : r.queueTimeline) area += level * layout.timelineBin;
    EXPECT_NEAR(area, r.little.queueArea, 1e-6 * r.little.queueArea);
}

// [close.finish_current]
TEST(ClosingRules, FinishCurrentSendsTheWaitingHome) {
    const ScenarioSpec spec = overloadedDay(ClosingRule::FinishCurrent);
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        const DayResult r = runDay(spec, rep);
        EXPECT_GT(r[Metric::UnservedAtClose], 10.0);
        // Only the batches in hand at closing run over: less than the longest consultation.
        EXPECT_LT(r[Metric::OvertimeMin], 240.0);
        EXPECT_GT(r[Metric::LastDeparture], spec.day.closes - 1e-9);
    }
}

TEST(ClosingRules, StopAtCloseEndsEverythingAtClosingTime) {
    const ScenarioSpec spec = overloadedDay(ClosingRule::StopAtClose);
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        const DayResult r = runDay(spec, rep);
        EXPECT_GT(r[Metric::UnservedAtClose], 10.0);
        EXPECT_DOUBLE_EQ(r[Metric::OvertimeMin], 0.0);
    }
}

}  // namespace
}  // namespace pujiang
