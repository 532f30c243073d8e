// The KN selection procedure on synthetic normal data with known means: its constants, its
// probability of correct selection, termination, and independence from how replications arrive.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <vector>

#include "sim/experiment/selection.h"

namespace pujiang {
namespace {

// Normal outputs with common random numbers: X_v = mean_v + sd_v (sqrt(rho) Z + sqrt(1 - rho) Z_v),
// where Z is shared by all variants in a replication. Replications are drawn in order on demand,
// so a value depends only on (seed, variant, replication).
class SyntheticSystems {
public:
    SyntheticSystems(std::vector<double> means, std::vector<double> sds, double rho, std::uint32_t seed)
        : m_means(std::move(means)), m_sds(std::move(sds)), m_rho(rho), m_rng(seed) {}

    double operator()(std::size_t variant, int replication) {
        while (static_cast<int>(m_rows.size()) <= replication) {
            const double common = m_normal(m_rng);
            std::vector<double> row;
            for (std::size_t v = 0; v < m_means.size(); ++v)
                row.push_back(m_means[v] +
                              m_sds[v] * (std::sqrt(m_rho) * common + std::sqrt(1.0 - m_rho) * m_normal(m_rng)));
            m_rows.push_back(std::move(row));
        }
        return m_rows[static_cast<std::size_t>(replication)][variant];
    }

private:
    std::vector<double> m_means, m_sds;
    double m_rho;
    std::mt19937 m_rng;
    std::normal_distribution<double> m_normal;
    std::vector<std::vector<double>> m_rows;
};

SelectionValue valuesOf(SyntheticSystems& systems) {
    return [&systems](std::size_t v, int r) { return systems(v, r); };
}

// The smallest count c with P(Binomial(n, p) < c) > level: fewer than c successes would happen with
// probability at most `level` if the success probability were p, so seeing fewer refutes it.
int binomialLowerBound(int n, double p, double level) {
    double cdf = 0.0;
    for (int c = 0; c <= n; ++c) {
        const double logPmf = std::lgamma(n + 1.0) - std::lgamma(c + 1.0) - std::lgamma(n - c + 1.0) +
                              c * std::log(p) + (n - c) * std::log1p(-p);
        if (cdf + std::exp(logPmf) > level) return c;
        cdf += std::exp(logPmf);
    }
    return n;
}

TEST(KnConstants, MatchHandComputedValues) {
    // k = 2, n0 = 10, alpha = 0.05: 2 alpha / (k - 1) = 0.1, and 0.1^(-2/9) = 10^(2/9) = 1.6681005372,
    // so eta = (1.6681005372 - 1) / 2 = 0.3340502686 and h² = 2 eta (n0 - 1) = 18 eta = 6.0129048348.
    const KnConstants two = knConstants(2, 10, 0.95);
    EXPECT_NEAR(two.eta, 0.3340502686, 1e-9);
    EXPECT_NEAR(two.hSquared, 6.0129048348, 1e-9);
    // k = 3: 2 alpha / 2 = 0.05, 0.05^(-2/9) = 20^(2/9) = 1.9458877176; eta = 0.4729438588, h² = 8.5129894582.
    const KnConstants three = knConstants(3, 10, 0.95);
    EXPECT_NEAR(three.eta, 0.4729438588, 1e-9);
    EXPECT_NEAR(three.hSquared, 8.5129894582, 1e-9);
}

TEST(BinomialLowerBound, MatchesTheTableValue) {
    // P(X <= 181) = 0.0058 and P(X <= 182) = 0.0125 for X ~ Binomial(200, 0.95).
    EXPECT_EQ(binomialLowerBound(200, 0.95, 0.01), 182);
}

// The least favourable configuration of the indifference zone: the best is better than all the
// others by exactly delta. Over 200 independent trials the correct selections must not refute
// PCS >= 0.95 at the one-sided 1% level (>= 182 of 200, by the bound above).
TEST(KnSelection, SelectsTheBestWithTheStatedProbability) {
    constexpr int kTrials = 200;
    for (const Goal goal : {Goal::Minimize, Goal::Maximize}) {
        SelectionSpec spec;
        spec.goal = goal;
        spec.pcs = 0.95;
        spec.indifference = 1.0;
        const double sign = goal == Goal::Minimize ? 1.0 : -1.0;
        const std::vector<double> means = {10.0 + sign, 10.0, 10.0 + sign, 10.0 + sign};  // best: variant 1
        int correct = 0;
        int longest = 0;
        for (int trial = 0; trial < kTrials; ++trial) {
            SyntheticSystems systems(means, {2.0, 3.0, 2.5, 3.5}, 0.5, static_cast<std::uint32_t>(1000 + trial));
            const SelectionResult result = selectBest(means.size(), spec, valuesOf(systems));
            ASSERT_TRUE(result.selected()) << "trial " << trial;
            correct += result.survivors.front() == 1;
            longest = std::max(longest, result.replications);
        }
        EXPECT_GE(correct, binomialLowerBound(kTrials, spec.pcs, 0.01)) << (goal == Goal::Minimize ? "min" : "max");
        EXPECT_LT(longest, spec.maxReplications);
    }
}

TEST(KnSelection, ClearlySeparatedMeansNeedOnlyTheFirstStage) {
    SyntheticSystems systems({5.0, 50.0, 20.0}, {1.0, 1.0, 1.0}, 0.3, 7);
    SelectionSpec spec;
    spec.indifference = 1.0;
    const SelectionResult result = selectBest(3, spec, valuesOf(systems));
    ASSERT_TRUE(result.selected());
    EXPECT_EQ(result.survivors.front(), 0u);
    EXPECT_EQ(result.replications, spec.firstStage);
    EXPECT_EQ(result.variants[1].eliminatedBy, std::optional<std::size_t>(0));
    EXPECT_NEAR(result.variants[0].mean, 5.0, 1.0);
}

TEST(KnSelection, IdenticalMeansStopWithASurvivorOrAtTheCap) {
    SelectionSpec spec;
    spec.indifference = 0.5;
    spec.maxReplications = 2000;
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        SyntheticSystems systems({3.0, 3.0, 3.0}, {1.0, 1.0, 1.0}, 0.2, seed);
        const SelectionResult result = selectBest(3, spec, valuesOf(systems));
        ASSERT_FALSE(result.survivors.empty()) << "seed " << seed;
        EXPECT_LE(result.replications, spec.maxReplications);
        EXPECT_TRUE(result.selected() || result.replications == spec.maxReplications) << "seed " << seed;
    }
}

TEST(KnSelection, IdenticalOutputsKeepEveryVariantToTheCap) {
    // The same scenario twice under common random numbers: every difference is exactly zero.
    SyntheticSystems systems({3.0}, {1.0}, 0.0, 11);
    SelectionSpec spec;
    spec.indifference = 0.1;
    spec.maxReplications = 50;
    const SelectionResult result = selectBest(2, spec, [&](std::size_t, int r) { return systems(0, r); });
    EXPECT_EQ(result.replications, 50);
    EXPECT_EQ(result.survivors, (std::vector<std::size_t>{0, 1}));
    EXPECT_FALSE(result.selected());
}

TEST(KnSelection, OutcomeDoesNotDependOnHowReplicationsArrive) {
    SelectionSpec spec;
    spec.indifference = 0.5;
    const std::vector<double> means = {4.0, 3.6, 3.9, 4.4, 3.7};
    SyntheticSystems systems(means, {1.0, 1.5, 1.2, 0.8, 1.1}, 0.4, 99);
    const SelectionValue value = valuesOf(systems);
    const SelectionResult whole = selectBest(means.size(), spec, value);
    ASSERT_GT(whole.replications, spec.firstStage) << "the data should need more than the first stage";
    for (const int step : {1, 3, 17}) {
        KnSelection staged(means.size(), spec);
        staged.advance(value, 5);  // before the first stage: nothing happens
        EXPECT_FALSE(staged.finished());
        for (int available = spec.firstStage; !staged.finished(); available += step) staged.advance(value, available);
        const SelectionResult& r = staged.result();
        EXPECT_EQ(r.replications, whole.replications) << "step " << step;
        EXPECT_EQ(r.survivors, whole.survivors) << "step " << step;
        for (std::size_t v = 0; v < means.size(); ++v) {
            EXPECT_EQ(r.variants[v].replications, whole.variants[v].replications) << "step " << step << " variant " << v;
            EXPECT_EQ(r.variants[v].mean, whole.variants[v].mean) << "step " << step << " variant " << v;
            EXPECT_EQ(r.variants[v].eliminatedBy, whole.variants[v].eliminatedBy) << "step " << step << " variant " << v;
        }
    }
}

TEST(KnSelection, RejectsSettingsOutsideTheProcedure) {
    SelectionSpec spec;
    EXPECT_NO_THROW(KnSelection(2, spec));
    spec.pcs = 0.5;  // no better than a coin for two variants
    EXPECT_THROW(KnSelection(2, spec), std::invalid_argument);
    spec.pcs = 1.0;
    EXPECT_THROW(KnSelection(2, spec), std::invalid_argument);
    spec = SelectionSpec{};
    spec.indifference = 0.0;
    EXPECT_THROW(KnSelection(2, spec), std::invalid_argument);
    spec = SelectionSpec{};
    spec.firstStage = 1;
    EXPECT_THROW(KnSelection(2, spec), std::invalid_argument);
    spec = SelectionSpec{};
    spec.maxReplications = 5;
    EXPECT_THROW(KnSelection(2, spec), std::invalid_argument);
}

}  // namespace
}  // namespace pujiang
