#include <gtest/gtest.h>

#include <cmath>

#include "sim/experiment/capacity_plan.h"
#include "sim/experiment/staffing_cost.h"
#include "sim/experiment/target.h"
#include "sim/reception/spec_builders.h"

namespace pujiang {
namespace {

TEST(CapacityPlan, FindsTheCheapestOnAMonotoneGridWithFewEvaluations) {
    // Feasible when 3x + 2y >= 20 (more of either helps); cost x + 3y. Grid x 0..40, y 0..5.
    const std::vector<std::size_t> sizes = {41, 6};
    const auto result = searchCheapestFeasible(sizes, [](const std::vector<std::size_t>& i) {
        PlanEvaluation e;
        e.feasible = 3 * i[0] + 2 * i[1] >= 20;
        e.cost = static_cast<double>(i[0]) + 3.0 * static_cast<double>(i[1]);
        return e;
    });
    // Brute force for the answer.
    double bestCost = 1e9;
    for (std::size_t x = 0; x < 41; ++x)
        for (std::size_t y = 0; y < 6; ++y)
            if (3 * x + 2 * y >= 20) bestCost = std::min(bestCost, x + 3.0 * y);
    ASSERT_TRUE(result.best());
    EXPECT_EQ(result.evaluated[*result.best()].cost, bestCost);
    EXPECT_EQ(result.gridSize, 41u * 6u);
    // One binary search (at most 1 + ceil(log2 41) = 7 runs) per value of y.
    EXPECT_LE(result.evaluated.size(), 6u * 7u);
    // Runner-ups come in order of cost.
    for (std::size_t k = 1; k < result.feasibleByCost.size(); ++k)
        EXPECT_LE(result.evaluated[result.feasibleByCost[k - 1]].cost, result.evaluated[result.feasibleByCost[k]].cost);
}

TEST(CapacityPlan, ReportsNothingWhenNothingIsFeasible) {
    const auto result = searchCheapestFeasible({5, 2}, [](const std::vector<std::size_t>&) { return PlanEvaluation{}; });
    EXPECT_FALSE(result.best());
    EXPECT_EQ(result.evaluated.size(), 2u);  // only the largest value per combination is tried
}

TEST(Target, ParsesMetricComparisonAndValue) {
    const Target t = parseTarget(" wait_min.p90 <= 60 ");
    EXPECT_EQ(t.metric, Metric::WaitP90);
    EXPECT_EQ(t.op, Target::Op::Le);
    EXPECT_EQ(t.value, 60.0);
    EXPECT_EQ(parseTarget("unserved_at_close == 0").op, Target::Op::Eq);
    EXPECT_EQ(parseTarget("room_utilization>0.5").op, Target::Op::Gt);
    EXPECT_THROW(parseTarget("wait <= 60"), std::invalid_argument);
    EXPECT_THROW(parseTarget("wait_min.p90 60"), std::invalid_argument);
    EXPECT_THROW(parseTarget("wait_min.p90 <= soon"), std::invalid_argument);
}

TEST(Target, UsesOneSidedConfidenceBounds) {
    // Values 1..5: mean 3, sd sqrt(2.5); t(0.95, 4) = 2.131847; bound = 3 + 2.131847·sqrt(2.5)/sqrt(5).
    Tally values;
    for (double x : {1.0, 2.0, 3.0, 4.0, 5.0}) values.add(x);
    const double bound = 3.0 + 2.131847 * std::sqrt(2.5) / std::sqrt(5.0);
    const TargetCheck le = checkTarget(parseTarget("wait_min.mean <= 4.6"), values, 0.95);
    EXPECT_NEAR(le.bound, bound, 1e-5);
    EXPECT_TRUE(le.met);
    EXPECT_FALSE(checkTarget(parseTarget("wait_min.mean <= 4.4"), values, 0.95).met);
    EXPECT_TRUE(checkTarget(parseTarget("wait_min.mean >= 1.4"), values, 0.95).met);
    EXPECT_FALSE(checkTarget(parseTarget("wait_min.mean == 3"), values, 0.95).met);  // not every replication is 3
    Tally zeros;
    for (int i = 0; i < 4; ++i) zeros.add(0.0);
    EXPECT_TRUE(checkTarget(parseTarget("unserved_at_close == 0"), zeros, 0.95).met);
}

TEST(StaffingCost, CountsTableHoursLawyersAndDesks) {
    ScenarioSpec spec = busyDaySpec();  // 08:00-17:00 day
    // Top room 08:30-16:00 (7.5 h, 1 table); four rooms 08:00-17:00 minus a 1 h break, 2 tables:
    // 7.5 + 4·2·8 = 71.5 table-hours; 1 lawyer 9 h; 2 desks 9 h.
    EXPECT_DOUBLE_EQ(staffingCost(spec, "staff_hours"), 7.5 + 64.0 + 9.0 + 18.0);
    EXPECT_DOUBLE_EQ(staffingCost(spec, "tables"), 9.0);
}

}  // namespace
}  // namespace pujiang
