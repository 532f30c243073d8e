// The model against queueing theory: every analytic value is computed by tests/support, never
// pasted, and must fall inside the 95% confidence interval of the scenario's replications.

#include <gtest/gtest.h>

#include "sim/experiment/queueing_theory.h"
#include "tests/validation/validation_support.h"

namespace pujiang {
namespace {

using testing::insideInterval;
using testing::loadScenario;
using testing::runScenario;

double arrivalRate(const ScenarioSpec& spec) { return 1.0 / spec.stream.interarrival.mean(); }
double meanService(const ScenarioSpec& spec) { return spec.rooms.at(0).consultation.mean(); }

// Little's law over all replications: time-average number waiting = arrival rate × mean wait of
// all arrivals. The horizon cuts a few batches mid-wait, hence a tolerance of 1 %.
void expectLittle(const Aggregate& a) {
    const LittleCheck& l = a.little();
    const double lambda = static_cast<double>(l.arrivals) / l.windowMinutes;
    const double meanWait = l.waitSum / static_cast<double>(l.arrivals);
    EXPECT_NEAR(l.queueArea / l.windowMinutes, lambda * meanWait, 0.01 * lambda * meanWait + 1e-9);
    EXPECT_NEAR(l.systemArea / l.windowMinutes, lambda * l.sojournSum / static_cast<double>(l.arrivals),
                0.01 * l.systemArea / l.windowMinutes);
}

// [scope.steady]
TEST(QueueingValidation, MM1MatchesTheory) {
    const ScenarioSpec spec = loadScenario("validation/mm1.toml");
    const auto theory = theory::mmc(1, arrivalRate(spec), meanService(spec));
    const Aggregate a = runScenario(spec);
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitMean), theory.meanWait, 0.05));
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitedFraction), theory.probWait, 0.02));
    EXPECT_TRUE(insideInterval(a.overall(Metric::QueueLengthAvg), theory.meanQueueLength, 0.05));
    EXPECT_TRUE(insideInterval(a.overall(Metric::RoomUtilization), theory.utilization, 0.02));
    expectLittle(a);
}

// [metric.time_in_system]
TEST(QueueingValidation, MMcMatchesErlangC) {
    const ScenarioSpec spec = loadScenario("validation/mmc.toml");
    const int servers = spec.rooms.at(0).tables;
    const auto theory = theory::mmc(servers, arrivalRate(spec), meanService(spec));
    const Aggregate a = runScenario(spec);
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitMean), theory.meanWait, 0.05));
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitedFraction), theory.probWait, 0.02));
    EXPECT_TRUE(insideInterval(a.overall(Metric::TimeInSystemMean), theory.meanTimeInSystem, 0.02));
    expectLittle(a);
}

// [patience.draw] [leave.renege] [metric.reneged]
TEST(QueueingValidation, ErlangAAbandonmentAndWait) {
    const ScenarioSpec spec = loadScenario("validation/erlang_a.toml");
    const int servers = spec.rooms.at(0).tables;
    const auto theory =
        theory::erlangA(servers, arrivalRate(spec), meanService(spec), spec.batches.patience.mean());
    const Aggregate a = runScenario(spec);
    EXPECT_TRUE(insideInterval(a.overall(Metric::ShareReneged), theory.probAbandon, 0.05));
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitMean), theory.meanWaitServed, 0.05));
    EXPECT_TRUE(insideInterval(a.overall(Metric::QueueLengthAvg), theory.meanQueueLength, 0.05));
    expectLittle(a);
}

TEST(QueueingValidation, MD1MatchesPollaczekKhinchine) {
    const ScenarioSpec spec = loadScenario("validation/md1.toml");
    const double wq = theory::mg1MeanWait(arrivalRate(spec), meanService(spec), spec.rooms.at(0).consultation.variance());
    const Aggregate a = runScenario(spec);
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitMean), wq, 0.05));
    expectLittle(a);
}

TEST(QueueingValidation, MG1GammaMatchesPollaczekKhinchine) {
    const ScenarioSpec spec = loadScenario("validation/mg1_gamma.toml");
    const double wq = theory::mg1MeanWait(arrivalRate(spec), meanService(spec), spec.rooms.at(0).consultation.variance());
    const Aggregate a = runScenario(spec);
    EXPECT_TRUE(insideInterval(a.overall(Metric::WaitMean), wq, 0.06));
    expectLittle(a);
}

TEST(QueueingValidation, TwoPriorityClassesMatchCobham) {
    const ScenarioSpec spec = loadScenario("validation/priority2.toml");
    const double lambda = arrivalRate(spec);
    const double total = spec.categories[0].share + spec.categories[1].share;
    const std::vector<double> rates = {lambda * spec.categories[0].share / total, lambda * spec.categories[1].share / total};
    const double s = meanService(spec);
    const auto waits = theory::priorityMeanWaits(rates, {s, s}, {2 * s * s, 2 * s * s});
    const Aggregate a = runScenario(spec);
    EXPECT_TRUE(insideInterval(a.category(0, CategoryMetric::WaitMean), waits[0], 0.05));
    EXPECT_TRUE(insideInterval(a.category(1, CategoryMetric::WaitMean), waits[1], 0.05));
    // The order is what matters to a planner: the high class waits several times less.
    EXPECT_LT(waits[0] * 3.0, waits[1]);
    expectLittle(a);
}

}  // namespace
}  // namespace pujiang
