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
