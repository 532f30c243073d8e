// scenarios/pujiang-2003.toml against the 2003-09-18 figures (docs/pujiang-2003.md, Source figures): each target's 95%
// confidence interval over 100 replications must lie inside its tolerance band.

#include <gtest/gtest.h>

#include <boost/math/distributions/chi_squared.hpp>

#include "tests/validation/validation_support.h"

namespace pujiang {
namespace {

using testing::loadScenario;
using testing::runScenario;

::testing::AssertionResult intervalWithin(const Summary& s, double low, double high) {
    if (s.ciLow >= low && s.ciHigh <= high)
        return ::testing::AssertionSuccess() << "[" << s.ciLow << ", " << s.ciHigh << "] in [" << low << ", " << high << "]";
    return ::testing::AssertionFailure() << "95% CI [" << s.ciLow << ", " << s.ciHigh << "] (mean " << s.mean
                                         << ") not inside the band [" << low << ", " << high << "]";
}

class Pujiang2003 : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        spec = new ScenarioSpec(loadScenario("pujiang-2003.toml"));
        aggregate = new Aggregate(runScenario(*spec));
    }
    static void TearDownTestSuite() {
        delete aggregate;
        delete spec;
    }
    static ScenarioSpec* spec;
    static Aggregate* aggregate;
};

ScenarioSpec* Pujiang2003::spec = nullptr;
Aggregate* Pujiang2003::aggregate = nullptr;

TEST_F(Pujiang2003, RunsAtLeastOneHundredReplications) { EXPECT_GE(aggregate->replications(), 100u); }

TEST_F(Pujiang2003, ReceivesAbout436Batches) {
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::BatchesReceived), 436 * 0.97, 436 * 1.03));
}

TEST_F(Pujiang2003, ReceivesAbout667Persons) {
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::PersonsReceived), 667 * 0.95, 667 * 1.05));
}

TEST_F(Pujiang2003, OutcomeSharesMatchTheDay) {
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::ShareOnSpot), 91.0 / 436 - 0.025, 91.0 / 436 + 0.025));
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::ShareAssigned), 324.0 / 436 - 0.03, 324.0 / 436 + 0.03));
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::ShareDefined), 21.0 / 436 - 0.015, 21.0 / 436 + 0.015));
}

// Could the observed day (91, 324, 21) have come from the simulated outcome shares? Pearson's
// chi-squared goodness of fit with 2 degrees of freedom must not reject at the 5% level.
TEST_F(Pujiang2003, ObservedOutcomesFitTheSimulatedShares) {
    const double observed[3] = {91, 324, 21};
    const double shares[3] = {aggregate->overall(Metric::ShareOnSpot).mean, aggregate->overall(Metric::ShareAssigned).mean,
                              aggregate->overall(Metric::ShareDefined).mean};
    double chi2 = 0.0;
    for (int i = 0; i < 3; ++i) {
        const double expected = 436.0 * shares[i] / (shares[0] + shares[1] + shares[2]);
        chi2 += (observed[i] - expected) * (observed[i] - expected) / expected;
    }
    const double p = boost::math::cdf(boost::math::complement(boost::math::chi_squared(2.0), chi2));
    EXPECT_GT(p, 0.05) << "chi2 = " << chi2;
}

TEST_F(Pujiang2003, EveryBatchIsDisposedTheSameDay) {
    EXPECT_EQ(aggregate->overall(Metric::UnservedAtClose).mean, 0.0);
    EXPECT_EQ(aggregate->overall(Metric::Reneged).mean, 0.0);
    EXPECT_LE(aggregate->overall(Metric::OvertimeMin).ciHigh, 30.0);
}

TEST_F(Pujiang2003, TopLeaderReceivesAboutNineBatchesOfLargerGroups) {
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::TopLeaderBatches), 8.0, 10.0));
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::TopLeaderPersons), 20.0, 27.0));
}

TEST_F(Pujiang2003, WalkInsCoverTheGapBetweenRegisteredAndReceived) {
    // 436 received − 429 registered: at least 7 walk-ins; the T8 band allows up to 30.
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::WalkInsReceived), 7.0, 30.0));
}

// T12 read as the day's turnout: "nearly 1,000" who came, received persons and companions
// (docs/pujiang-2003.md, T12: the crowd). A peak head count is not a target of the slotted day.
TEST_F(Pujiang2003, NearlyAThousandPeopleCame) {
    EXPECT_TRUE(intervalWithin(aggregate->overall(Metric::PeopleArrived), 850.0, 1000.0));
}

}  // namespace
}  // namespace pujiang
