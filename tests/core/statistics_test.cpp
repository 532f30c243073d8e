#include <gtest/gtest.h>

#include <cmath>

#include "sim/core/statistics.h"

namespace pujiang {
namespace {

// [agg.mean_sd]: the sample variance has divisor n - 1.
TEST(Tally, MeanVarianceAndExtremesByHand) {
    Tally t;
    for (double x : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) t.add(x);
    EXPECT_EQ(t.count(), 8u);
    EXPECT_DOUBLE_EQ(t.mean(), 5.0);
    EXPECT_DOUBLE_EQ(t.variance(), 32.0 / 7.0);  // sum of squared deviations 32, n - 1 = 7
    EXPECT_DOUBLE_EQ(t.min(), 2.0);
    EXPECT_DOUBLE_EQ(t.max(), 9.0);
}

TEST(TimeWeighted, MeanIsTheAreaOverTheSpan) {
    // Level 0 on [0,2), 3 on [2,5), 1 on [5,10): area 0 + 9 + 5 = 14 over 10.
    TimeWeighted w(0.0);
    w.set(2.0, 3.0);
    w.set(5.0, 1.0);
    EXPECT_DOUBLE_EQ(w.integral(10.0), 14.0);
    EXPECT_DOUBLE_EQ(w.mean(10.0), 1.4);
    EXPECT_DOUBLE_EQ(w.max(10.0), 3.0);
}

// [measure.max_held]
TEST(TimeWeighted, MaxIgnoresALevelHeldForNoTime) {
    TimeWeighted w(0.0);
    w.set(2.0, 1.0);
    w.set(2.0, 5.0);  // passed through at t = 2
    w.set(2.0, 2.0);
    w.set(4.0, 0.0);
    EXPECT_DOUBLE_EQ(w.max(10.0), 2.0);
    w.set(6.0, 7.0);
    EXPECT_DOUBLE_EQ(w.max(6.0), 2.0);  // 7 is held from t = 6 on, for no time yet
    EXPECT_DOUBLE_EQ(w.max(6.5), 7.0);
}

TEST(TimeWeighted, RestartForgetsThePastButKeepsTheLevel) {
    TimeWeighted w(0.0);
    w.set(1.0, 4.0);
    w.restart(3.0);
    w.set(5.0, 0.0);
    EXPECT_DOUBLE_EQ(w.integral(7.0), 8.0);  // level 4 on [3,5)
    EXPECT_DOUBLE_EQ(w.mean(7.0), 2.0);
}

TEST(BinnedLevel, AveragesTheLevelWithinEachBin) {
    // Bins of 10 from 0: level 2 on [5, 25), 1 on [25, 40) -> bins 1.0, 2.0, 1.5, 1.0.
    BinnedLevel b(0.0, 10.0, 4);
    b.set(5.0, 2.0);
    b.set(25.0, 1.0);
    const std::vector<double> avg = b.averages(40.0);
    ASSERT_EQ(avg.size(), 4u);
    EXPECT_DOUBLE_EQ(avg[0], 1.0);
    EXPECT_DOUBLE_EQ(avg[1], 2.0);
    EXPECT_DOUBLE_EQ(avg[2], 1.5);
    EXPECT_DOUBLE_EQ(avg[3], 1.0);
}

TEST(BinnedLevel, AFixedGridIgnoresTimeAfterItsLastBin) {
    BinnedLevel b(0.0, 10.0, 2);
    b.set(5.0, 3.0);
    const std::vector<double> avg = b.averages(50.0);
    ASSERT_EQ(avg.size(), 2u);
    EXPECT_DOUBLE_EQ(avg[0], 1.5);
    EXPECT_DOUBLE_EQ(avg[1], 3.0);
}

TEST(BinnedLevel, AGrowingGridFollowsTheLevelPastItsLastBin) {
    // Two bins expected; the level runs on to 45 and stays 0 until 60: six bins, the last empty.
    BinnedLevel b(0.0, 10.0, 2, BinGrowth::Grows);
    b.set(5.0, 3.0);
    b.set(45.0, 0.0);
    const std::vector<double> avg = b.averages(60.0);
    ASSERT_EQ(avg.size(), 6u);
    EXPECT_DOUBLE_EQ(avg[0], 1.5);
    EXPECT_DOUBLE_EQ(avg[3], 3.0);
    EXPECT_DOUBLE_EQ(avg[4], 1.5);
    EXPECT_DOUBLE_EQ(avg[5], 0.0);
    // Ending inside the expected grid keeps its size.
    BinnedLevel early(0.0, 10.0, 4, BinGrowth::Grows);
    early.set(1.0, 1.0);
    EXPECT_EQ(early.averages(15.0).size(), 4u);
}

TEST(BinnedLevel, AGrowingGridStopsAtItsBound) {
    // A day made endless by absurd consultation times (10^12 minutes) must not take all memory
    // (before, 6.7e10 bins were allocated).
    BinnedLevel b(0.0, 15.0, 4, BinGrowth::Grows);
    b.set(1.0, 2.0);
    b.set(1e12, 0.0);
    const std::vector<double> avg = b.averages(1e12);
    ASSERT_EQ(avg.size(), kMaxGrownBins);
    EXPECT_DOUBLE_EQ(avg.back(), 2.0);
}

TEST(Quantile, LinearInterpolationBetweenOrderStatistics) {
    // Type 7: h = (n - 1) p. For {1,2,3,4}: p=0.5 -> 2.5; p=0.9 -> 3.7; p=0 -> 1; p=1 -> 4.
    const std::vector<double> x = {4, 1, 3, 2};
    EXPECT_DOUBLE_EQ(quantile(x, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(quantile(x, 0.9), 3.7);
    EXPECT_DOUBLE_EQ(quantile(x, 0.0), 1.0);
    EXPECT_DOUBLE_EQ(quantile(x, 1.0), 4.0);
    EXPECT_DOUBLE_EQ(quantile({}, 0.5), 0.0);
    EXPECT_DOUBLE_EQ(quantile({7.0}, 0.3), 7.0);
}

TEST(Quantile, SelectionAgreesWithSorting) {
    std::vector<double> x;
    for (int i = 0; i < 1001; ++i) x.push_back(std::fmod(i * 7919.0, 1009.0) / 3.0);  // a scrambled sample with ties
    for (double p : {0.0, 0.1, 0.5, 0.9, 0.999, 1.0}) {
        std::vector<double> copy = x;
        EXPECT_DOUBLE_EQ(quantileInPlace(copy, p), quantile(x, p)) << p;
    }
}

TEST(Summary, StudentIntervalByHand) {
    // n = 4, mean 2.5, sd sqrt(5/3); t(0.975, 3) = 3.182446305284263.
    const Summary s = summarize(std::vector<double>{1, 2, 3, 4});
    EXPECT_DOUBLE_EQ(s.mean, 2.5);
    EXPECT_NEAR(s.sd, std::sqrt(5.0 / 3.0), 1e-12);
    EXPECT_NEAR(s.halfWidth(), 3.182446305284263 * std::sqrt(5.0 / 3.0) / 2.0, 1e-9);
    EXPECT_NEAR(studentT975(1e6), 1.959963984540054, 1e-5);
}

}  // namespace
}  // namespace pujiang
