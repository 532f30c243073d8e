#include "sim/experiment/queueing_theory.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

namespace pujiang::theory {

namespace {

// [SECTION] Input checks

[[noreturn]] void fail(const char* function, const std::string& what) {
    throw std::invalid_argument(std::string(function) + ": " + what);
}

std::string show(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

void requireServers(const char* function, int servers) {
    if (servers < 1) fail(function, "servers (" + std::to_string(servers) + ") must be at least 1");
}

// Written as !(x >= 0) so that NaN is rejected too.
void requireNonNegative(const char* function, const std::string& name, double value) {
    if (!(value >= 0.0) || std::isinf(value))
        fail(function, name + " (" + show(value) + ") must be finite and >= 0");
}

void requirePositive(const char* function, const std::string& name, double value) {
    if (!(value > 0.0) || std::isinf(value))
        fail(function, name + " (" + show(value) + ") must be finite and > 0");
}

void requireStableLoad(const char* function, double offeredLoad, int servers) {
    if (!(offeredLoad < static_cast<double>(servers)))
        fail(function, "offered load " + show(offeredLoad) + " must be below the number of servers (" +
                           std::to_string(servers) + "): the queue would grow without bound");
}

void requireUtilisationBelowOne(const char* function, double rho) {
    if (!(rho < 1.0))
        fail(function, "utilisation " + show(rho) + " must be below 1: the queue would grow without bound");
}

// W_k = W0 / ((1 - sigma_{k-1}) (1 - sigma_k)), sigma_k the load of classes 1..k. Shared by the
// single- and multi-server priority formulas, which differ only in W0 and in what "load" means.
std::vector<double> cobhamWaits(double w0, const std::vector<double>& classLoads) {
    std::vector<double> waits;
    waits.reserve(classLoads.size());
    double higher = 0.0;  // sigma_{k-1}
    for (double load : classLoads) {
        const double upToThis = higher + load;  // sigma_k
        waits.push_back(w0 / ((1.0 - higher) * (1.0 - upToThis)));
        higher = upToThis;
    }
    return waits;
}

}  // namespace

// [SECTION] Erlang B and Erlang C

double erlangB(int servers, double offeredLoad) {
    requireServers("erlangB", servers);
    requireNonNegative("erlangB", "offeredLoad", offeredLoad);
    double blocking = 1.0;
    for (int k = 1; k <= servers; ++k)
        blocking = offeredLoad * blocking / (static_cast<double>(k) + offeredLoad * blocking);
    return blocking;
}

double erlangC(int servers, double offeredLoad) {
    requireServers("erlangC", servers);
    requireNonNegative("erlangC", "offeredLoad", offeredLoad);
    requireStableLoad("erlangC", offeredLoad, servers);
    const double blocking = erlangB(servers, offeredLoad);
    const double c = static_cast<double>(servers);
    return c * blocking / (c - offeredLoad * (1.0 - blocking));
}

// [SECTION] M/M/c

MMcResult mmc(int servers, double arrivalRate, double meanService) {
    requireServers("mmc", servers);
    requireNonNegative("mmc", "arrivalRate", arrivalRate);
    requirePositive("mmc", "meanService", meanService);
    const double load = arrivalRate * meanService;
    requireStableLoad("mmc", load, servers);

    const double c = static_cast<double>(servers);
    MMcResult r;
    r.probWait = erlangC(servers, load);
    r.meanWait = r.probWait * meanService / (c - load);  // C / (c mu - lambda)
    r.meanQueueLength = arrivalRate * r.meanWait;
    r.meanTimeInSystem = r.meanWait + meanService;
    r.utilization = load / c;
    return r;
}

// [SECTION] Erlang A (M/M/c+M)

ErlangAResult erlangA(int servers, double arrivalRate, double meanService, double meanPatience) {
    constexpr const char* kFunction = "erlangA";
    constexpr double kTailTolerance = 1e-15;
    constexpr long kMaxStates = 50'000'000;
    // Weights are kept unnormalised; when they grow past this every running sum is scaled down
    // together, so neither overflow (a^c / c! for large c) nor logs are needed.
    constexpr double kRescaleAbove = 1e200;

    requireServers(kFunction, servers);
    requireNonNegative(kFunction, "arrivalRate", arrivalRate);
    requirePositive(kFunction, "meanService", meanService);
    if (!(meanPatience > 0.0))
        fail(kFunction, "meanPatience (" + show(meanPatience) + ") must be > 0 (+infinity for no abandonment)");
    const double abandonRate = std::isinf(meanPatience) ? 0.0 : 1.0 / meanPatience;  // per waiting person
    if (abandonRate == 0.0) requireStableLoad(kFunction, arrivalRate * meanService, servers);

    ErlangAResult result;
    if (arrivalRate == 0.0) return result;  // nobody arrives, nobody waits

    const double serviceRate = 1.0 / meanService;
    const double allBusyRate = static_cast<double>(servers) * serviceRate;  // c mu
    auto deathRate = [&](long n) {
        const long queued = std::max(n - servers, 0L);
        return static_cast<double>(std::min<long>(n, servers)) * serviceRate +
               static_cast<double>(queued) * abandonRate;
    };

    // Running sums over states 0..n of the unnormalised weight w_n.
    double weight = 1.0;           // w_n, with w_0 = 1
    double mass = 1.0;             // sum w_n
    double waitingMass = 0.0;      // sum_{n >= c} w_n
    double queueSum = 0.0;         // sum (n - c)^+ w_n
    double servedMass = 1.0;       // sum w_n P(served | n); states below c are always served
    double servedWaitSum = 0.0;    // sum_{n >= c} w_n L_j H_j
    double positionSum = 0.0;      // sum_{n >= c} (n - c + 1) w_n, bounds the queue and waiting sums
    double harmonic = 0.0;         // H_j for the current n
    for (long n = 1;; ++n) {
        if (n > kMaxStates)
            fail(kFunction, "needs more than " + std::to_string(kMaxStates) +
                                " states: patience too long for this overload");
        weight *= arrivalRate / deathRate(n);
        mass += weight;
        if (n < servers) {
            servedMass += weight;
        } else {
            const double ahead = static_cast<double>(n - servers);  // j, others queued ahead
            const double stageRate = allBusyRate + (ahead + 1.0) * abandonRate;
            const double probServed = allBusyRate / stageRate;  // L_j
            harmonic += 1.0 / stageRate;
            waitingMass += weight;
            queueSum += ahead * weight;
            servedMass += probServed * weight;
            servedWaitSum += probServed * harmonic * weight;
            positionSum += (ahead + 1.0) * weight;
        }

        if (weight > kRescaleAbove) {
            for (double* sum : {&weight, &mass, &waitingMass, &queueSum, &servedMass, &servedWaitSum, &positionSum})
                *sum /= kRescaleAbove;
        }

        // The ratios w_{k+1} / w_k = lambda / death(k + 1) never increase in k. Once the next one, r, is
        // below 1 the tail beyond n is bounded by geometric series:
        //   sum_{k>n} w_k               <= w_n r / (1 - r)
        //   sum_{k>n} (k - c + 1) w_k   <= w_n ((n - c + 1) r / (1 - r) + r / (1 - r)^2)
        // and L_k H_k <= L_{n+1} (k - c + 1) / (c mu) for k > n.
        if (n < servers) continue;
        const double ratio = arrivalRate / deathRate(n + 1);
        if (ratio >= 1.0) continue;
        const double ahead = static_cast<double>(n - servers);
        const double geometric = ratio / (1.0 - ratio);
        const double tailMass = weight * geometric;
        const double tailPosition = weight * ((ahead + 1.0) * geometric + geometric / (1.0 - ratio));
        const double nextProbServed = allBusyRate / (allBusyRate + (ahead + 2.0) * abandonRate);
        const double tailServedWait = nextProbServed * tailPosition / allBusyRate;
        if (tailMass <= kTailTolerance * mass && tailPosition <= kTailTolerance * positionSum &&
            tailServedWait <= kTailTolerance * servedWaitSum)
            break;
    }

    result.probWait = waitingMass / mass;
    result.meanQueueLength = queueSum / mass;
    result.meanWait = result.meanQueueLength / arrivalRate;
    result.probAbandon = result.meanQueueLength * abandonRate / arrivalRate;
    // servedMass / mass is P(served) summed directly, free of the cancellation in 1 - P(abandon)
    // when nearly everyone abandons.
    result.meanWaitServed = servedWaitSum / servedMass;
    return result;
}

// [SECTION] M/G/1 (Pollaczek-Khinchine)

double mg1MeanWait(double arrivalRate, double meanService, double serviceVariance) {
    requireNonNegative("mg1MeanWait", "arrivalRate", arrivalRate);
    requirePositive("mg1MeanWait", "meanService", meanService);
    requireNonNegative("mg1MeanWait", "serviceVariance", serviceVariance);
    const double rho = arrivalRate * meanService;
    requireUtilisationBelowOne("mg1MeanWait", rho);
    const double secondMoment = serviceVariance + meanService * meanService;
    return arrivalRate * secondMoment / (2.0 * (1.0 - rho));
}

// [SECTION] Non-preemptive priorities (Cobham)

std::vector<double> priorityMeanWaits(const std::vector<double>& classArrivalRates,
                                      const std::vector<double>& meanService,
                                      const std::vector<double>& secondMomentService) {
    constexpr const char* kFunction = "priorityMeanWaits";
    if (classArrivalRates.empty()) fail(kFunction, "needs at least one class");
    if (meanService.size() != classArrivalRates.size() || secondMomentService.size() != classArrivalRates.size())
        fail(kFunction, "classArrivalRates, meanService and secondMomentService must have the same length (" +
                            std::to_string(classArrivalRates.size()) + ", " + std::to_string(meanService.size()) +
                            ", " + std::to_string(secondMomentService.size()) + ")");

    std::vector<double> loads;
    loads.reserve(classArrivalRates.size());
    double w0 = 0.0;
    for (std::size_t k = 0; k < classArrivalRates.size(); ++k) {
        const std::string index = std::string("[").append(std::to_string(k)).append("]");
        requireNonNegative(kFunction, "classArrivalRates" + index, classArrivalRates[k]);
        requirePositive(kFunction, "meanService" + index, meanService[k]);
        requireNonNegative(kFunction, "secondMomentService" + index, secondMomentService[k]);
        // E[S^2] >= E[S]^2; a smaller value usually means a variance was passed by mistake.
        const double squaredMean = meanService[k] * meanService[k];
        if (secondMomentService[k] < squaredMean * (1.0 - 1e-12))
            fail(kFunction, "secondMomentService" + index + " (" + show(secondMomentService[k]) +
                                ") is below meanService^2 (" + show(squaredMean) +
                                "): pass E[S^2] = variance + mean^2, not the variance");
        loads.push_back(classArrivalRates[k] * meanService[k]);
        w0 += classArrivalRates[k] * secondMomentService[k] / 2.0;
    }
    double totalLoad = 0.0;
    for (double load : loads) totalLoad += load;
    requireUtilisationBelowOne(kFunction, totalLoad);
    return cobhamWaits(w0, loads);
}

std::vector<double> priorityMeanWaitsMMc(int servers, const std::vector<double>& classArrivalRates,
                                         double meanService) {
    constexpr const char* kFunction = "priorityMeanWaitsMMc";
    requireServers(kFunction, servers);
    if (classArrivalRates.empty()) fail(kFunction, "needs at least one class");
    requirePositive(kFunction, "meanService", meanService);
    const double c = static_cast<double>(servers);

    std::vector<double> loads;  // lambda_k / (c mu), each class's share of the whole capacity
    loads.reserve(classArrivalRates.size());
    double totalRate = 0.0;
    for (std::size_t k = 0; k < classArrivalRates.size(); ++k) {
        const double rate = classArrivalRates[k];
        requireNonNegative(kFunction, "classArrivalRates[" + std::to_string(k) + "]", rate);
        loads.push_back(rate * meanService / c);
        totalRate += rate;
    }
    const double offeredLoad = totalRate * meanService;
    requireStableLoad(kFunction, offeredLoad, servers);
    const double w0 = erlangC(servers, offeredLoad) * meanService / c;  // C / (c mu)
    return cobhamWaits(w0, loads);
}

}  // namespace pujiang::theory
