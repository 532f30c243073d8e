#include <gtest/gtest.h>

#include <cmath>

#include "sim/core/distribution.h"
#include "sim/core/statistics.h"

namespace pujiang {
namespace {

struct Case {
    const char* name;
    Distribution distribution;
};

// The sample mean of n draws lies within 5 standard errors of the distribution's mean
// (a false alarm has probability < 1e-6 per case), and the sample variance near the variance.
class DistributionMoments : public ::testing::TestWithParam<Case> {};

// [rng.dist]: every kind samples with the mean of the table (truncated normal, lognormal by mean/sd).
TEST_P(DistributionMoments, SampleMomentsMatchTheory) {
    const Distribution& d = GetParam().distribution;
    RandomEngine engine(12345);
    Tally tally;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double x = d.sample(engine);
        ASSERT_GE(x, d.lowest());
        ASSERT_LE(x, d.highest());
        tally.add(x);
    }
    const double se = std::sqrt(d.variance() / n);
    EXPECT_NEAR(tally.mean(), d.mean(), 5.0 * se + 1e-12) << d.describe();
    EXPECT_NEAR(tally.variance(), d.variance(), 0.05 * d.variance() + 1e-12) << d.describe();
}

INSTANTIATE_TEST_SUITE_P(
    AllKinds, DistributionMoments,
    ::testing::Values(Case{"constant", Distribution::constant(3.0)}, Case{"exponential", Distribution::exponential(25.0)},
                      Case{"uniform", Distribution::uniform(-15.0, 15.0)},
                      Case{"triangular", Distribution::triangular(5.0, 10.0, 30.0)},
                      Case{"normal", Distribution::normalTruncated(10.0, 4.0)},
                      Case{"normalTruncatedHard", Distribution::normalTruncated(0.0, 15.0)},
                      Case{"lognormal", Distribution::lognormal(25.0, 12.5)},
                      Case{"gamma", Distribution::gamma(2.0, 12.5)},
                      Case{"empirical", Distribution::empirical({1, 2, 3, 4, 5}, {0.645, 0.232, 0.083, 0.030, 0.011})},
                      Case{"poisson", Distribution::poisson(0.76)}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

// [rng.dist]
TEST(Distribution, TruncatedNormalMeanIsTheTruncatedMean) {
    // E[X | X > 0] for N(0, s^2) is s * sqrt(2/pi).
    EXPECT_NEAR(Distribution::normalTruncated(0.0, 15.0).mean(), 15.0 * std::sqrt(2.0 / M_PI), 1e-9);
}

TEST(Distribution, EmpiricalNormalisesWeights) {
    const auto d = Distribution::empirical({1, 2}, {3, 1});
    EXPECT_DOUBLE_EQ(d.weights()[0], 0.75);
    EXPECT_DOUBLE_EQ(d.mean(), 1.25);
    EXPECT_THROW(Distribution::empirical({1, 2}, {1}), std::invalid_argument);
    EXPECT_THROW(Distribution::empirical({1}, {0}), std::invalid_argument);
}

TEST(Distribution, NamesRoundTrip) {
    for (std::string_view name : distributionNames()) {
        DistributionKind kind;
        ASSERT_TRUE(parseDistributionKind(name, kind));
        EXPECT_EQ(distributionName(kind), name);
    }
    DistributionKind kind;
    EXPECT_FALSE(parseDistributionKind("weibull", kind));
}

}  // namespace
}  // namespace pujiang
