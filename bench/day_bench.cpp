// Replications per second of the Pujiang 2003 day (scenarios/pujiang-2003.toml), on 1 and 2
// threads. The figure of merit is 1,000 replications in under 2 s on 2 cores.
// Run: build/bench/day_bench

#include <benchmark/benchmark.h>

#include "sim/experiment/replication_runner.h"
#include "sim/scenario/scenario_loader.h"

namespace {

using namespace pujiang;

void BM_Pujiang2003Replications(benchmark::State& state) {
    const ScenarioSpec spec = loadScenarioFile(std::string(PUJIANG_SOURCE_DIR) + "/scenarios/pujiang-2003.toml");
    ReplicationOptions options;
    options.seed = spec.run.seed;
    options.replications = 1000;
    options.jobs = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const Aggregate aggregate = runReplications(spec, options);
        benchmark::DoNotOptimize(aggregate.overall(Metric::BatchesReceived).mean);
    }
    state.SetItemsProcessed(state.iterations() * options.replications);
    state.counters["replications_per_s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * options.replications), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_Pujiang2003Replications)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
