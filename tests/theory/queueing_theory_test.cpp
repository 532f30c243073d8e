// Checks of the analytic formulas against results obtained another way: values worked out by hand
// (the working is in the comments), published table values, direct sums of the defining series,
// limiting cases, conservation laws and, for Erlang A, a small Monte Carlo run of the queue itself.

#include "sim/experiment/queueing_theory.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace pujiang::theory;

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// [SECTION] Independent reference computations

// a^k / k! for k = 0..c, by plain products; fine for the small c used here.
std::vector<double> poissonTerms(int servers, double load) {
    std::vector<double> terms{1.0};
    for (int k = 1; k <= servers; ++k) terms.push_back(terms.back() * load / k);
    return terms;
}

// B(c, a) = (a^c / c!) / sum_{k=0}^{c} a^k / k!, the textbook definition.
double erlangBBySum(int servers, double load) {
    const std::vector<double> terms = poissonTerms(servers, load);
    double sum = 0.0;
    for (double t : terms) sum += t;
    return terms.back() / sum;
}

// C(c, a) = X / (sum_{k<c} a^k / k! + X), X = (a^c / c!) c / (c - a): the M/M/c stationary
// distribution summed directly (the geometric queue tail is summed in closed form).
double erlangCBySum(int servers, double load) {
    const std::vector<double> terms = poissonTerms(servers, load);
    const double busy = terms.back() * servers / (servers - load);
    double idle = 0.0;
    for (int k = 0; k < servers; ++k) idle += terms[k];
    return busy / (idle + busy);
}

struct AbandonmentReference {
    double probWait = 0.0;
    double probAbandon = 0.0;
    double meanQueueLength = 0.0;
};

// M/M/c+M by a plain, unscaled loop over 2000 states of the birth-death chain. P(abandon) is
// taken per arrival instead of from E[Q]: an arrival finding j others queued is overtaken by
// stages of rate c mu + k / theta while its own patience runs at 1 / theta, so it is served with
// probability prod_{k=0}^{j} (c mu + k / theta) / (c mu + (k + 1) / theta) = c mu / (c mu + (j + 1) / theta).
AbandonmentReference erlangAByDirectSum(int servers, double lambda, double mu, double theta) {
    AbandonmentReference ref;
    std::vector<double> weights{1.0};
    for (int n = 1; n < 2000; ++n) {
        const double death = std::min(n, servers) * mu + std::max(n - servers, 0) / theta;
        weights.push_back(weights.back() * lambda / death);
    }
    double total = 0.0;
    for (double w : weights) total += w;
    const double allBusy = servers * mu;
    for (int n = servers; n < static_cast<int>(weights.size()); ++n) {
        const double p = weights[n] / total;
        const int ahead = n - servers;
        ref.probWait += p;
        ref.meanQueueLength += ahead * p;
        ref.probAbandon += p * ((ahead + 1) / theta) / (allBusy + (ahead + 1) / theta);
    }
    return ref;
}

struct SimulatedWaits {
    double probWait = 0.0;
    double probAbandon = 0.0;
    double meanWait = 0.0;
    double meanWaitServed = 0.0;
};

// FCFS M/M/c+M simulated customer by customer. Customers are served in arrival order and an
// abandoner never takes a server, so an arrival's service can start at the earliest time one of
// the servers is free of everyone ahead of it (the Kiefer-Wolfowitz workload vector).
SimulatedWaits simulateErlangA(int servers, double lambda, double meanService, double meanPatience,
                               std::uint64_t seed, int customers) {
    std::mt19937_64 engine(seed);
    std::exponential_distribution<double> interarrival(lambda), service(1.0 / meanService),
        patience(1.0 / meanPatience);
    std::vector<double> freeAt(servers, 0.0);
    const int warmUp = customers / 100;
    double now = 0.0;
    long counted = 0, waited = 0, abandoned = 0, served = 0;
    double waitSum = 0.0, servedWaitSum = 0.0;
    for (int i = 0; i < customers; ++i) {
        now += interarrival(engine);
        auto server = std::min_element(freeAt.begin(), freeAt.end());
        const double untilFree = std::max(*server - now, 0.0);
        const double willingToWait = patience(engine);
        const bool isServed = willingToWait >= untilFree;
        if (isServed) *server = now + untilFree + service(engine);
        if (i < warmUp) continue;
        ++counted;
        if (untilFree > 0.0) ++waited;
        if (isServed) {
            ++served;
            servedWaitSum += untilFree;
            waitSum += untilFree;
        } else {
            ++abandoned;
            waitSum += willingToWait;
        }
    }
    SimulatedWaits sim;
    sim.probWait = static_cast<double>(waited) / counted;
    sim.probAbandon = static_cast<double>(abandoned) / counted;
    sim.meanWait = waitSum / counted;
    sim.meanWaitServed = servedWaitSum / served;
    return sim;
}

// [SECTION] Erlang B

TEST(ErlangB, MatchesPublishedTableValue) {
    // Erlang B tables list 0.01838 for 10 servers and 5 Erlangs.
    EXPECT_NEAR(erlangB(10, 5.0), 0.018385, 5e-7);
}

TEST(ErlangB, SingleServerBlocksLoadOverOnePlusLoad) {
    // M/M/1/1: p1 / (p0 + p1) with p1 = a p0, so B = a / (1 + a); a = 3 gives 3/4.
    EXPECT_DOUBLE_EQ(erlangB(1, 3.0), 0.75);
}

TEST(ErlangB, MatchesDirectSumDefinition) {
    for (int c : {1, 2, 5, 17, 40})
        for (double a : {0.1, 1.0, 4.5, 20.0, 60.0}) EXPECT_NEAR(erlangB(c, a), erlangBBySum(c, a), 1e-13) << c << " " << a;
}

TEST(ErlangB, StaysAccurateForThousandsOfServers) {
    // a^c / c! overflows a double here; the recursion must not.
    const double b = erlangB(5000, 4900.0);
    EXPECT_GT(b, 0.0);
    EXPECT_LT(b, 1.0);
    EXPECT_LT(erlangB(5001, 4900.0), b);  // one more server blocks less
    EXPECT_EQ(erlangB(3, 0.0), 0.0);
}

TEST(ErlangB, RejectsInvalidInput) {
    EXPECT_THROW(erlangB(0, 1.0), std::invalid_argument);
    EXPECT_THROW(erlangB(3, -1.0), std::invalid_argument);
    EXPECT_THROW(erlangB(3, kNaN), std::invalid_argument);
    EXPECT_THROW(erlangB(3, kInfinity), std::invalid_argument);
}

// [SECTION] Erlang C

TEST(ErlangC, SingleServerEqualsUtilisation) {
    // M/M/1: P(server busy) = rho, and an arrival waits exactly when it is busy (PASTA).
    for (double rho : {0.0, 0.1, 0.5, 0.9, 0.999}) EXPECT_NEAR(erlangC(1, rho), rho, 1e-15);
}

TEST(ErlangC, TwoServersAtOneErlangIsOneThird) {
    // M/M/2, a = 1: p0 = 1 / (1 + a + a^2/2 * 2/(2 - a)) = 1/3, C = a^2/2 * 2/(2 - a) * p0 = 1/3.
    EXPECT_NEAR(erlangC(2, 1.0), 1.0 / 3.0, 1e-15);
}

TEST(ErlangC, SatisfiesIdentityWithErlangB) {
    // C = B / (1 - rho (1 - B)), with B from the direct sum.
    for (int c : {1, 3, 10, 25})
        for (double rho : {0.2, 0.7, 0.95}) {
            const double a = rho * c;
            const double b = erlangBBySum(c, a);
            EXPECT_NEAR(erlangC(c, a), b / (1.0 - rho * (1.0 - b)), 1e-13) << c << " " << a;
        }
}

TEST(ErlangC, MatchesDirectSumOfStationaryDistribution) {
    for (int c : {1, 2, 7, 30})
        for (double rho : {0.05, 0.5, 0.8, 0.99}) {
            const double a = rho * c;
            EXPECT_NEAR(erlangC(c, a), erlangCBySum(c, a), 1e-12) << c << " " << a;
        }
}

TEST(ErlangC, RejectsUnstableLoad) {
    EXPECT_THROW(erlangC(2, 2.0), std::invalid_argument);
    EXPECT_THROW(erlangC(2, 2.5), std::invalid_argument);
    EXPECT_THROW(erlangC(0, 0.5), std::invalid_argument);
    EXPECT_THROW(erlangC(2, kNaN), std::invalid_argument);
}

// [SECTION] M/M/c

TEST(MMc, SingleServerAtHalfLoadMatchesTextbook) {
    // lambda = 0.5, mu = 1, rho = 0.5: Wq = rho / (mu - lambda) = 1, Lq = rho^2 / (1 - rho) = 0.5,
    // W = 1 / (mu - lambda) = 2, P(wait) = rho = 0.5.
    const MMcResult r = mmc(1, 0.5, 1.0);
    EXPECT_NEAR(r.meanWait, 1.0, 1e-14);
    EXPECT_NEAR(r.meanQueueLength, 0.5, 1e-14);
    EXPECT_NEAR(r.meanTimeInSystem, 2.0, 1e-14);
    EXPECT_NEAR(r.probWait, 0.5, 1e-15);
    EXPECT_NEAR(r.utilization, 0.5, 1e-15);
}

TEST(MMc, TwoServersMatchHandComputation) {
    // lambda = 0.25 per min, E[S] = 4 min, so a = 1, c = 2: C = 1/3 (see ErlangC above),
    // Wq = C / (c mu - lambda) = (1/3) / (0.5 - 0.25) = 4/3 min, Lq = lambda Wq = 1/3,
    // W = 4/3 + 4 = 16/3 min, utilisation a / c = 0.5.
    const MMcResult r = mmc(2, 0.25, 4.0);
    EXPECT_NEAR(r.probWait, 1.0 / 3.0, 1e-15);
    EXPECT_NEAR(r.meanWait, 4.0 / 3.0, 1e-14);
    EXPECT_NEAR(r.meanQueueLength, 1.0 / 3.0, 1e-14);
    EXPECT_NEAR(r.meanTimeInSystem, 16.0 / 3.0, 1e-14);
    EXPECT_NEAR(r.utilization, 0.5, 1e-15);
}

TEST(MMc, NoArrivalsMeansNoWaiting) {
    const MMcResult r = mmc(3, 0.0, 2.0);
    EXPECT_EQ(r.meanWait, 0.0);
    EXPECT_EQ(r.meanTimeInSystem, 2.0);
}

TEST(MMc, RejectsUnstableOrInvalidSystems) {
    EXPECT_THROW(mmc(2, 1.0, 2.0), std::invalid_argument);  // a = c
    EXPECT_THROW(mmc(0, 0.1, 1.0), std::invalid_argument);
    EXPECT_THROW(mmc(1, -0.1, 1.0), std::invalid_argument);
    EXPECT_THROW(mmc(1, 0.1, 0.0), std::invalid_argument);
    EXPECT_THROW(mmc(1, kNaN, 1.0), std::invalid_argument);
}

// [SECTION] Erlang A

TEST(ErlangA, VeryPatientCustomersConvergeToErlangC) {
    // c = 5, lambda = 1, E[S] = 4 (a = 4). With theta = 1e7 min almost nobody abandons.
    const MMcResult noAbandon = mmc(5, 1.0, 4.0);
    const ErlangAResult patient = erlangA(5, 1.0, 4.0, 1e7);
    EXPECT_NEAR(patient.probWait, noAbandon.probWait, 1e-5);
    EXPECT_NEAR(patient.meanWait, noAbandon.meanWait, 1e-4);
    EXPECT_NEAR(patient.meanWaitServed, noAbandon.meanWait, 1e-4);
    EXPECT_NEAR(patient.meanQueueLength, noAbandon.meanQueueLength, 1e-4);
    EXPECT_LT(patient.probAbandon, 1e-6);

    const ErlangAResult infinite = erlangA(5, 1.0, 4.0, kInfinity);
    EXPECT_NEAR(infinite.probWait, noAbandon.probWait, 1e-13);
    EXPECT_NEAR(infinite.meanWait, noAbandon.meanWait, 1e-12);
    EXPECT_NEAR(infinite.meanWaitServed, noAbandon.meanWait, 1e-12);
    EXPECT_EQ(infinite.probAbandon, 0.0);
}

TEST(ErlangA, VeryImpatientCustomersApproachErlangBLoss) {
    // theta -> 0: whoever finds all servers busy leaves at once, which is M/M/c/c; both the
    // waiting and the abandoning fraction tend to B(c, a). Also holds when overloaded (a > c).
    for (double a : {3.0, 4.0, 8.0}) {
        const double b = erlangBBySum(5, a);
        const ErlangAResult r = erlangA(5, a / 4.0, 4.0, 1e-7);
        EXPECT_NEAR(r.probAbandon, b, 1e-6) << a;
        EXPECT_NEAR(r.probWait, b, 1e-6) << a;
        EXPECT_LT(r.meanWait, 1e-6) << a;
    }
}

TEST(ErlangA, MatchesDirectSumOverTheChain) {
    struct Case {
        int servers;
        double lambda, meanService, meanPatience;
    };
    for (const Case& k : {Case{1, 0.8, 1.0, 2.0}, Case{1, 1.5, 1.0, 0.5}, Case{3, 1.2, 3.0, 5.0}, Case{4, 0.5, 6.0, 10.0}}) {
        const AbandonmentReference ref = erlangAByDirectSum(k.servers, k.lambda, 1.0 / k.meanService, k.meanPatience);
        const ErlangAResult r = erlangA(k.servers, k.lambda, k.meanService, k.meanPatience);
        EXPECT_NEAR(r.probWait, ref.probWait, 1e-12) << k.servers << " " << k.lambda;
        EXPECT_NEAR(r.probAbandon, ref.probAbandon, 1e-12) << k.servers << " " << k.lambda;
        EXPECT_NEAR(r.meanQueueLength, ref.meanQueueLength, 1e-11) << k.servers << " " << k.lambda;
    }
}

TEST(ErlangA, MatchesMonteCarloOfTheQueue) {
    // Underloaded single server and an overloaded three-server room, two million customers each.
    // The tolerances are several standard errors of the simulated estimates.
    struct Case {
        int servers;
        double lambda, meanService, meanPatience;
    };
    for (const Case& k : {Case{1, 0.9, 1.0, 3.0}, Case{3, 1.2, 3.0, 4.5}}) {
        const SimulatedWaits sim = simulateErlangA(k.servers, k.lambda, k.meanService, k.meanPatience, 20240607, 2'000'000);
        const ErlangAResult r = erlangA(k.servers, k.lambda, k.meanService, k.meanPatience);
        EXPECT_NEAR(r.probWait, sim.probWait, 0.003) << k.servers;
        EXPECT_NEAR(r.probAbandon, sim.probAbandon, 0.003) << k.servers;
        EXPECT_NEAR(r.meanWait, sim.meanWait, 0.01 * r.meanWait) << k.servers;
        EXPECT_NEAR(r.meanWaitServed, sim.meanWaitServed, 0.01 * r.meanWaitServed) << k.servers;
    }
}

TEST(ErlangA, LargeOverloadedRoomApproachesFluidLimit) {
    // Many servers, a > c: the fluid limit (Whitt 2004, efficiency-driven regime) serves c mu of
    // the lambda arrivals per minute, so P(abandon) -> 1 - c / a, here 1 - 2000/2200 = 1/11.
    // Ratios near a^c / c! would overflow without rescaling.
    const ErlangAResult r = erlangA(2000, 2200.0 / 5.0, 5.0, 10.0);
    EXPECT_NEAR(r.probAbandon, 1.0 / 11.0, 2e-3);
    EXPECT_GT(r.probWait, 0.99);
    // Flow balance: the queue sheds (1/11) lambda per minute at rate Q / theta, so Q = theta lambda / 11.
    EXPECT_NEAR(r.meanQueueLength, 10.0 * 440.0 / 11.0, 0.5);
}

TEST(ErlangA, LargeUnderloadedRoomMatchesErlangC) {
    const MMcResult noAbandon = mmc(500, 480.0 / 3.0, 3.0);
    const ErlangAResult r = erlangA(500, 480.0 / 3.0, 3.0, kInfinity);
    EXPECT_NEAR(r.probWait, noAbandon.probWait, 1e-12);
    EXPECT_NEAR(r.meanWait, noAbandon.meanWait, 1e-12);
}

TEST(ErlangA, RejectsInvalidInput) {
    EXPECT_THROW(erlangA(0, 1.0, 1.0, 1.0), std::invalid_argument);
    EXPECT_THROW(erlangA(1, -1.0, 1.0, 1.0), std::invalid_argument);
    EXPECT_THROW(erlangA(1, 1.0, 0.0, 1.0), std::invalid_argument);
    EXPECT_THROW(erlangA(1, 1.0, 1.0, 0.0), std::invalid_argument);
    EXPECT_THROW(erlangA(1, 1.0, 1.0, kNaN), std::invalid_argument);
    EXPECT_THROW(erlangA(2, 3.0, 1.0, kInfinity), std::invalid_argument);  // overloaded, nobody leaves
    EXPECT_NO_THROW(erlangA(2, 3.0, 1.0, 5.0));                             // overloaded, some leave
}

// [SECTION] M/G/1 (Pollaczek-Khinchine)

TEST(PollaczekKhinchine, ExponentialServiceEqualsMM1) {
    // lambda = 0.8, E[S] = 1, Var = 1: M/M/1 with Wq = rho / (mu - lambda) = 0.8 / 0.2 = 4.
    EXPECT_NEAR(mg1MeanWait(0.8, 1.0, 1.0), 4.0, 1e-13);
    EXPECT_NEAR(mg1MeanWait(0.1, 6.0, 36.0), mmc(1, 0.1, 6.0).meanWait, 1e-13);
}

TEST(PollaczekKhinchine, DeterministicServiceHalvesTheMM1Wait) {
    // M/D/1: Wq = rho E[S] / (2 (1 - rho)) = 0.8 * 1 / 0.4 = 2, half of M/M/1.
    EXPECT_NEAR(mg1MeanWait(0.8, 1.0, 0.0), 2.0, 1e-13);
}

TEST(PollaczekKhinchine, RejectsUnstableOrInvalidInput) {
    EXPECT_THROW(mg1MeanWait(1.0, 1.0, 0.0), std::invalid_argument);
    EXPECT_THROW(mg1MeanWait(0.5, 1.0, -1.0), std::invalid_argument);
    EXPECT_THROW(mg1MeanWait(0.5, 0.0, 1.0), std::invalid_argument);
}

// [SECTION] Non-preemptive priorities, M/G/1 (Cobham)

TEST(PriorityMG1, SingleClassEqualsPollaczekKhinchine) {
    // Lognormal-like service: mean 3, variance 5, so E[S^2] = 5 + 9 = 14.
    const std::vector<double> waits = priorityMeanWaits({0.2}, {3.0}, {14.0});
    ASSERT_EQ(waits.size(), 1u);
    EXPECT_NEAR(waits[0], mg1MeanWait(0.2, 3.0, 5.0), 1e-13);
}

TEST(PriorityMG1, TwoClassesMatchHandComputation) {
    // lambda = (0.2, 0.3), exponential service of mean 1 (E[S^2] = 2): W0 = (0.2*2 + 0.3*2)/2 = 0.5,
    // sigma = (0.2, 0.5). W1 = 0.5 / (1 * 0.8) = 0.625, W2 = 0.5 / (0.8 * 0.5) = 1.25.
    const std::vector<double> waits = priorityMeanWaits({0.2, 0.3}, {1.0, 1.0}, {2.0, 2.0});
    ASSERT_EQ(waits.size(), 2u);
    EXPECT_NEAR(waits[0], 0.625, 1e-14);
    EXPECT_NEAR(waits[1], 1.25, 1e-14);
}

TEST(PriorityMG1, ClassesSatisfyKleinrockConservationLaw) {
    // Kleinrock's conservation law for work-conserving non-preemptive disciplines on M/G/1:
    // sum_k rho_k W_k = rho W_FCFS, W_FCFS the P-K wait for the mixture of the classes' services.
    const std::vector<double> rates{0.05, 0.1, 0.08};
    const std::vector<double> means{2.0, 3.0, 4.0};
    const std::vector<double> secondMoments{4.0, 18.0, 20.0};  // deterministic, exponential, Var 4
    const std::vector<double> waits = priorityMeanWaits(rates, means, secondMoments);

    double lambda = 0.0, rho = 0.0, weighted = 0.0, mixtureMean = 0.0, mixtureSecond = 0.0;
    for (std::size_t k = 0; k < rates.size(); ++k) {
        lambda += rates[k];
        rho += rates[k] * means[k];
        weighted += rates[k] * means[k] * waits[k];
    }
    for (std::size_t k = 0; k < rates.size(); ++k) {
        mixtureMean += rates[k] / lambda * means[k];
        mixtureSecond += rates[k] / lambda * secondMoments[k];
    }
    const double fcfs = mg1MeanWait(lambda, mixtureMean, mixtureSecond - mixtureMean * mixtureMean);
    EXPECT_NEAR(weighted, rho * fcfs, 1e-12);
    EXPECT_LT(waits[0], waits[1]);
    EXPECT_LT(waits[1], waits[2]);
}

TEST(PriorityMG1, RejectsInvalidInput) {
    EXPECT_THROW(priorityMeanWaits({}, {}, {}), std::invalid_argument);
    EXPECT_THROW(priorityMeanWaits({0.1, 0.2}, {1.0}, {2.0, 2.0}), std::invalid_argument);
    EXPECT_THROW(priorityMeanWaits({0.5, 0.5}, {1.0, 1.0}, {2.0, 2.0}), std::invalid_argument);  // rho = 1
    EXPECT_THROW(priorityMeanWaits({0.1}, {2.0}, {1.0}), std::invalid_argument);  // a variance, not E[S^2]
}

// [SECTION] Non-preemptive priorities, M/M/c

TEST(PriorityMMc, SingleServerEqualsCobhamWithExponentialService) {
    // Exponential service of mean 2 has E[S^2] = 2 * 2^2 = 8.
    const std::vector<double> mmcWaits = priorityMeanWaitsMMc(1, {0.1, 0.15, 0.05}, 2.0);
    const std::vector<double> mg1Waits = priorityMeanWaits({0.1, 0.15, 0.05}, {2.0, 2.0, 2.0}, {8.0, 8.0, 8.0});
    ASSERT_EQ(mmcWaits.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) EXPECT_NEAR(mmcWaits[k], mg1Waits[k], 1e-13) << k;
}

TEST(PriorityMMc, SingleClassEqualsErlangCWait) {
    const std::vector<double> waits = priorityMeanWaitsMMc(4, {0.6}, 5.0);
    ASSERT_EQ(waits.size(), 1u);
    EXPECT_NEAR(waits[0], mmc(4, 0.6, 5.0).meanWait, 1e-13);
}

TEST(PriorityMMc, TwoServersMatchHandComputation) {
    // c = 2, mean service 1, lambda = (0.5, 0.5): a = 1, C = 1/3, c mu = 2, sigma = (0.25, 0.5).
    // W1 = (1/3) / (2 * 1 * 0.75) = 2/9, W2 = (1/3) / (2 * 0.75 * 0.5) = 4/9.
    const std::vector<double> waits = priorityMeanWaitsMMc(2, {0.5, 0.5}, 1.0);
    ASSERT_EQ(waits.size(), 2u);
    EXPECT_NEAR(waits[0], 2.0 / 9.0, 1e-14);
    EXPECT_NEAR(waits[1], 4.0 / 9.0, 1e-14);
}

TEST(PriorityMMc, ConservesTheFcfsMeanQueue) {
    // With identical service the discipline only reorders the queue, so the mean number waiting,
    // sum_k lambda_k W_k, equals lambda W_FCFS.
    const std::vector<double> rates{0.3, 0.5, 0.4, 0.2};
    const std::vector<double> waits = priorityMeanWaitsMMc(6, rates, 4.0);
    double lambda = 0.0, queue = 0.0;
    for (std::size_t k = 0; k < rates.size(); ++k) {
        lambda += rates[k];
        queue += rates[k] * waits[k];
    }
    EXPECT_NEAR(queue, lambda * mmc(6, lambda, 4.0).meanWait, 1e-12);
}

TEST(PriorityMMc, RejectsInvalidInput) {
    EXPECT_THROW(priorityMeanWaitsMMc(0, {0.1}, 1.0), std::invalid_argument);
    EXPECT_THROW(priorityMeanWaitsMMc(2, {}, 1.0), std::invalid_argument);
    EXPECT_THROW(priorityMeanWaitsMMc(2, {1.0, 1.0}, 1.0), std::invalid_argument);  // a = c
    EXPECT_THROW(priorityMeanWaitsMMc(2, {0.1, -0.1}, 1.0), std::invalid_argument);
}

}  // namespace
