// CPU per arrival as the number of rooms grows at the same load per table (issue 12, point 2):
// a generated day of R rooms of 2 tables, each room's team covering 3 of the 12 default
// categories (cyclically, so every category has R/4 covering rooms), lognormal consultations,
// and a renewal stream of arrivals over a horizon whose rate keeps every table at utilisation
// 0.85. The figure of merit is the ratio of nanoseconds per arrival at 200 rooms to
// that at 10 rooms, measured interleaved in one run (BM_RoomsRatio).
// Run: build/bench/rooms_bench

#include <benchmark/benchmark.h>

#include <chrono>
#include <string>

#include "sim/reception/reception_day.h"
#include "sim/reception/spec_builders.h"

namespace {

using namespace pujiang;

constexpr int kTablesPerRoom = 2;
constexpr double kMeanConsultation = 25.0;
constexpr double kUtilisation = 0.85;
constexpr double kArrivalsPerDay = 400'000.0;

ScenarioSpec roomsSpec(int rooms) {
    ScenarioSpec spec;
    spec.name = "rooms-" + std::to_string(rooms);
    spec.categories = defaultCategories();
    const double rate = kUtilisation * rooms * kTablesPerRoom / kMeanConsultation;  // batches per minute
    spec.stream.enabled = true;
    spec.stream.interarrival = Distribution::exponential(1.0 / rate);
    spec.run.horizon = kArrivalsPerDay / rate;
    spec.run.warmup = 0.0;
    const std::size_t categories = spec.categories.size();
    for (int r = 0; r < rooms; ++r) {
        RoomSpec room;
        room.name = "room " + std::to_string(r + 1);
        room.tables = kTablesPerRoom;
        for (std::size_t k = 0; k < 3; ++k)
            room.departments.push_back(spec.categories[(static_cast<std::size_t>(r) + k) % categories].code);
        room.consultation = Distribution::lognormal(kMeanConsultation, 0.5 * kMeanConsultation);
        spec.rooms.push_back(room);
    }
    return spec;
}

// Nanoseconds per arrival of one day.
double nanosecondsPerArrival(const ScenarioSpec& spec, std::uint64_t replication) {
    const auto start = std::chrono::steady_clock::now();
    ReceptionDay day(spec, 1, replication);
    day.runToEnd();
    const DayResult result = day.result();
    const double elapsed = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    benchmark::DoNotOptimize(result.overall);
    return elapsed / result[Metric::BatchesArrived];
}

void BM_RoomsDay(benchmark::State& state) {
    const ScenarioSpec spec = roomsSpec(static_cast<int>(state.range(0)));
    double perArrival = 0.0;
    std::uint64_t replication = 0;
    for (auto _ : state) perArrival += nanosecondsPerArrival(spec, replication++);
    state.counters["ns_per_arrival"] = perArrival / static_cast<double>(replication);
}

// The two sizes alternate, so that a change in the machine's load hits both alike.
void BM_RoomsRatio(benchmark::State& state) {
    const ScenarioSpec small = roomsSpec(10), large = roomsSpec(200);
    double smallSum = 0.0, largeSum = 0.0;
    std::uint64_t replication = 0;
    for (auto _ : state) {
        smallSum += nanosecondsPerArrival(small, replication);
        largeSum += nanosecondsPerArrival(large, replication);
        ++replication;
    }
    state.counters["ns_10_rooms"] = smallSum / static_cast<double>(replication);
    state.counters["ns_200_rooms"] = largeSum / static_cast<double>(replication);
    state.counters["ratio_200_to_10"] = largeSum / smallSum;
}

BENCHMARK(BM_RoomsDay)->Arg(10)->Arg(50)->Arg(200)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RoomsRatio)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
