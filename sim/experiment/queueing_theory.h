#pragma once
// Analytic queueing results: the validation tests compare simulated days with them, and `pujiang
// plan` prints them beside the simulated answer.
// Every number is computed from its formula here; nothing is a pasted table value.
//
// Units: rates are per minute and times are minutes (any unit works as long as the inputs share it;
// the outputs come back in that unit). Invalid or unstable inputs throw std::invalid_argument
// naming the function and the parameter.
//
// [SECTION] Erlang B and Erlang C
// [SECTION] M/M/c
// [SECTION] Erlang A (M/M/c+M)
// [SECTION] M/G/1 (Pollaczek-Khinchine)
// [SECTION] Non-preemptive priorities (Cobham)

#include <vector>

namespace pujiang::theory {

// [SECTION] Erlang B and Erlang C --------------------------------------------------------------

// Blocking probability of the M/M/c/c loss system with offered load a = lambda * E[S] (Erlangs),
// by the recursion B(k) = a B(k-1) / (k + a B(k-1)), B(0) = 1, which never forms a^c or c! and
// stays accurate for thousands of servers. Requires servers >= 1, offeredLoad >= 0.
double erlangB(int servers, double offeredLoad);

// Probability that an arrival to M/M/c has to wait (all servers busy), from the identity
// C = B / (1 - rho (1 - B)), rho = a / c. Requires servers >= 1 and 0 <= offeredLoad < servers.
double erlangC(int servers, double offeredLoad);

// [SECTION] M/M/c ------------------------------------------------------------------------------

struct MMcResult {
    double probWait = 0.0;          // P(an arrival waits) = Erlang C
    double meanWait = 0.0;          // E[time in queue] = C / (c mu - lambda)
    double meanQueueLength = 0.0;   // E[number waiting] = lambda * meanWait (Little)
    double meanTimeInSystem = 0.0;  // meanWait + meanService
    double utilization = 0.0;       // rho = lambda * meanService / c, per server
};

// Steady state of M/M/c (M/M/1 is servers = 1). Requires servers >= 1, arrivalRate >= 0,
// meanService > 0 and arrivalRate * meanService < servers.
MMcResult mmc(int servers, double arrivalRate, double meanService);

// [SECTION] Erlang A (M/M/c+M) -----------------------------------------------------------------

struct ErlangAResult {
    double probAbandon = 0.0;      // fraction of arrivals who leave before service starts
    double meanWait = 0.0;         // E[time in queue] over all arrivals, abandoners included
    double meanWaitServed = 0.0;   // E[time in queue | the arrival is served]
    double probWait = 0.0;         // P(an arrival finds all servers busy) = P(N >= c) by PASTA
    double meanQueueLength = 0.0;  // E[number waiting]
};

// M/M/c with FCFS queue and exponential patience of mean meanPatience (Palm's model, "Erlang A";
// Garnett, Mandelbaum & Reiman, "Designing a call center with impatient customers", MSOM 4(3),
// 2002). Solved exactly as the birth-death chain with birth lambda and death
// min(n, c) mu + max(n - c, 0) / theta, truncated adaptively once the neglected tail is below
// 1e-15 of every accumulated sum. Then
//   P(abandon) = E[Q] / (theta lambda)   (abandonment rate E[Q] / theta over arrival rate),
//   meanWait   = E[Q] / lambda           (Little),
//   probWait   = P(N >= c)               (PASTA).
// meanWaitServed: an arrival finding j others queued reaches a server after V, a sum of
// exponential stages with rates c mu + k / theta (k = j, ..., 0); it is served iff its own
// patience T >= V. With s = 1 / theta, E[V; T >= V] = E[V e^{-sV}] = -d/ds E[e^{-sV}], which for
// the product of stage transforms telescopes to
//   L_j H_j,  L_j = c mu / (c mu + (j + 1) / theta),  H_j = sum_{k=1}^{j+1} 1 / (c mu + k / theta),
// and L_j is P(served | j queued ahead). Averaged over the PASTA distribution of j.
// meanPatience may be +infinity (then this is M/M/c and needs a < c); an overloaded system
// (a >= c) is fine with finite patience.
// Requires servers >= 1, arrivalRate >= 0, meanService > 0, meanPatience > 0. Throws
// std::invalid_argument if the truncation would need more than 50 million states (patience
// extremely long relative to the overload).
ErlangAResult erlangA(int servers, double arrivalRate, double meanService, double meanPatience);

// [SECTION] M/G/1 (Pollaczek-Khinchine) --------------------------------------------------------

// Mean time in queue of M/G/1, W = lambda E[S^2] / (2 (1 - rho)), E[S^2] = variance + mean^2
// (Kleinrock, Queueing Systems vol. 1, ch. 5). M/D/1 is serviceVariance = 0, M/M/1 is
// serviceVariance = meanService^2. Requires arrivalRate >= 0, meanService > 0,
// serviceVariance >= 0, rho < 1.
double mg1MeanWait(double arrivalRate, double meanService, double serviceVariance);

// [SECTION] Non-preemptive priorities (Cobham) -------------------------------------------------

// Mean time in queue per class of the non-preemptive priority M/G/1 queue (Cobham, "Priority
// assignment in waiting line problems", Operations Research 2(1), 1954; Kleinrock vol. 2, ch. 3):
//   W_k = W0 / ((1 - sigma_{k-1}) (1 - sigma_k)),  W0 = sum_i lambda_i E[S_i^2] / 2,
//   sigma_k = sum_{i<=k} lambda_i E[S_i].
// Classes are listed highest priority first; FCFS within a class. secondMomentService is E[S^2]
// (not the variance) and must be >= meanService^2. Requires equal, non-empty vectors,
// rates >= 0, means > 0 and total rho < 1.
std::vector<double> priorityMeanWaits(const std::vector<double>& classArrivalRates,
                                      const std::vector<double>& meanService,
                                      const std::vector<double>& secondMomentService);

// The same discipline on M/M/c where every class has the same exponential service of mean
// meanService (Cobham 1954; Gross & Harris, Fundamentals of Queueing Theory, non-preemptive
// priorities with several servers). While all c servers are busy the next one frees after an
// Exp(c mu) time, so W0 = C(c, a) / (c mu) and sigma_k = sum_{i<=k} lambda_i / (c mu):
//   W_k = C(c, a) / (c mu (1 - sigma_{k-1}) (1 - sigma_k))
//       = E[W_FCFS] (1 - rho) / ((1 - sigma_{k-1}) (1 - sigma_k)).
// Requires servers >= 1, non-empty rates >= 0, meanService > 0, total load a < c.
std::vector<double> priorityMeanWaitsMMc(int servers, const std::vector<double>& classArrivalRates,
                                         double meanService);

}  // namespace pujiang::theory
