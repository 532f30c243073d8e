// The engine against the hand-written loop on the same M/M/14 model at utilisation 0.9.
//   Minimal   : bench/minimal_mmc.cpp, a priority_queue loop (the yardstick).
//   Kernel    : the same model written on sim/core's Simulation (event set + handler), to cost the
//               engine itself.
//   Reception : the full ReceptionDay with a one-room spec (per-batch attributes, outcomes,
//               statistics): what `pujiang run` on scenarios/validation pays.
// Run: build/bench/engine_bench --benchmark_min_time=1 (customers per run: 10^7).

#include <benchmark/benchmark.h>

#include <deque>

#include <boost/random/exponential_distribution.hpp>

#include "bench/minimal_mmc.h"
#include "sim/core/random_stream.h"
#include "sim/core/simulation.h"
#include "sim/reception/reception_day.h"
#include "sim/reception/spec_builders.h"

namespace {

using namespace pujiang;

constexpr int kServers = 14;
constexpr double kMeanService = 25.0;
constexpr double kArrivalRate = 0.9 * kServers / kMeanService;
constexpr std::uint64_t kCustomers = 10'000'000;

class KernelMMc : public EventHandler {
public:
    enum : std::uint32_t { kArrive, kDepart };

    explicit KernelMMc(std::uint64_t customers)
        : m_customers(customers), m_arrivals(1, 0, "arrivals"), m_services(1, 0, "services") {
        m_sim.schedule(gap(), kArrive);
    }
    void run() {
        while (m_sim.step(*this)) {
        }
    }
    void handle(const Event& e) override {
        if (e.kind == kArrive) {
            if (++m_arrived < m_customers) m_sim.schedule(m_sim.now() + gap(), kArrive);
            if (m_free > 0) {
                --m_free;
                serve();
            } else {
                m_waiting.push_back(m_sim.now());
            }
        } else if (!m_waiting.empty()) {
            m_waitSum += m_sim.now() - m_waiting.front();
            m_waiting.pop_front();
            serve();
        } else {
            ++m_free;
        }
    }
    double meanWait() const { return m_waitSum / static_cast<double>(m_served); }

private:
    double gap() { return boost::random::exponential_distribution<double>(kArrivalRate)(m_arrivals.engine()); }
    void serve() {
        ++m_served;
        m_sim.schedule(m_sim.now() + boost::random::exponential_distribution<double>(1.0 / kMeanService)(m_services.engine()),
                       kDepart);
    }

    Simulation m_sim;
    std::uint64_t m_customers, m_arrived = 0, m_served = 0;
    RandomStream m_arrivals, m_services;
    std::deque<double> m_waiting;
    int m_free = kServers;
    double m_waitSum = 0.0;
};

void BM_MinimalLoop(benchmark::State& state) {
    for (auto _ : state) {
        auto r = bench::runMinimalMMc(kServers, kArrivalRate, kMeanService, kCustomers, 1);
        benchmark::DoNotOptimize(r.meanWait);
        state.counters["mean_wait"] = r.meanWait;
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kCustomers));
}

void BM_KernelEngine(benchmark::State& state) {
    for (auto _ : state) {
        KernelMMc model(kCustomers);
        model.run();
        benchmark::DoNotOptimize(model.meanWait());
        state.counters["mean_wait"] = model.meanWait();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kCustomers));
}

void BM_ReceptionModel(benchmark::State& state) {
    // Horizon chosen so that the expected number of arrivals is 10^7.
    const ScenarioSpec spec = queueingSpec(kServers, kArrivalRate, Distribution::exponential(kMeanService),
                                           static_cast<double>(kCustomers) / kArrivalRate, 0.0);
    for (auto _ : state) {
        ReceptionDay day(spec, 1, 0);
        day.runToEnd();
        const DayResult r = day.result();
        benchmark::DoNotOptimize(r.overall);
        state.counters["mean_wait"] = r[Metric::WaitMean];
        state.counters["customers"] = r[Metric::BatchesArrived];
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kCustomers));
}

BENCHMARK(BM_MinimalLoop)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_KernelEngine)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReceptionModel)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
