// Sweep throughput (runs per second) and its scaling from 1 to 2 threads: a 4-variant sweep of
// the 2003 day (tables per room 1..4), 50 replications each, through the same Experiment that
// `pujiang sweep` uses.
// Run: build/bench/sweep_bench

#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "sim/experiment/experiment.h"
#include "sim/scenario/scenario_loader.h"

namespace {

using namespace pujiang;

std::vector<ExperimentVariant> variants() {
    const std::string file = std::string(PUJIANG_SOURCE_DIR) + "/scenarios/pujiang-2003.toml";
    std::vector<ExperimentVariant> out;
    for (int tables = 1; tables <= 4; ++tables) {
        const std::string setting = "rooms[*].tables=" + std::to_string(tables);
        out.push_back(ExperimentVariant{setting, loadScenarioFile(file, {parseOverride(setting, "--vary")}), {}, {}});
    }
    return out;
}

void BM_SweepRuns(benchmark::State& state) {
    const std::vector<ExperimentVariant> sweep = variants();
    constexpr int kReplications = 50;
    for (auto _ : state) {
        Experiment experiment(sweep, 1, kReplications, nlohmann::json{{"command", "bench"}}.dump());
        ExperimentRunOptions options;
        options.jobs = static_cast<int>(state.range(0));
        experiment.run(options);
        benchmark::DoNotOptimize(experiment.fold().size());
    }
    const auto runs = static_cast<double>(state.iterations() * sweep.size() * kReplications);
    state.counters["runs_per_s"] = benchmark::Counter(runs, benchmark::Counter::kIsRate);
}

BENCHMARK(BM_SweepRuns)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
