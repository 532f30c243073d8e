// Rules of docs/model.md §1–§8, each test named after the rules it checks: scope, time, the
// kernel, randomness, batch attributes, arrivals, registration and patience.

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <fmt/format.h>

#include "sim/core/distribution.h"
#include "sim/core/random_stream.h"
#include "sim/core/simulation.h"
#include "sim/reception/batch_random.h"
#include "sim/reception/metric_table.h"
#include "sim/reception/spec_builders.h"
#include "tests/model/rule_support.h"

namespace pujiang {
namespace {

using namespace rules;

// One room that takes everybody, 30 minutes each, and walk-ins from 08:00.
std::string oneRoomWalkIns(const std::string& more = "") {
    return dayToml("12:00", "closing_rule = \"finish_current\"\n") + categoryToml("A") + walkInsToml(6) +
           roomToml("R", "[\"*\"]", 2, "\"30min\"") + more;
}

// ---------------------------------------------------------------- §1 scope

// [scope.what] A batch arrives, registers, waits, is received at a table and gets one of the
// four outcomes, then leaves; [scope.not] nobody comes back, splits or is received twice, and
// nothing is left on the agenda when the day is over.
TEST(FlowRules, ScopeWhatEveryBatchGoesThroughTheDayOnceAndLeaves) {
    ScenarioSpec spec = scenario(oneRoomWalkIns() + "[registration]\ndesks = 1\nservice = \"2min\"\n");
    const Day d = runDay(spec, 3);
    const auto arrivals = d.log.of(TraceKind::Arrive);
    ASSERT_GT(arrivals.size(), 5u);
    std::map<std::int64_t, int> arrived, ended;
    for (const Record& r : arrivals) ++arrived[r.batch];
    for (const Record& r : d.log.of(TraceKind::ConsultationEnd)) {
        ++ended[r.batch];
        EXPECT_TRUE(r.detail == "on_spot" || r.detail == "assigned" || r.detail == "defined" ||
                    r.detail == "referred_legal")
            << r.detail;
    }
    for (const auto& [batch, n] : arrived) {
        EXPECT_EQ(n, 1) << "batch " << batch << " arrived more than once";
        ASSERT_TRUE(d.log.first(TraceKind::RegistrationStart, batch)) << batch;
        const auto start = d.log.first(TraceKind::ConsultationStart, batch);
        const bool left = ended.count(batch) || d.log.first(TraceKind::Renege, batch) ||
                          d.log.first(TraceKind::Unserved, batch);
        EXPECT_TRUE(left) << "batch " << batch << " never left";
        if (start) {
            EXPECT_EQ(ended[batch], 1) << "batch " << batch << " received once";
        }
    }
    EXPECT_DOUBLE_EQ(d.result[Metric::BatchesArrived],
                     d.result[Metric::BatchesReceived] + d.result[Metric::Reneged] + d.result[Metric::UnservedAtClose]);
}

// [scope.steady] [time.horizon.no_calendar] With run.horizon > 0 there is no calendar: no room
// opening or closing, no day close, and batches still present at the horizon are not unserved.
TEST(FlowRules, ScopeSteadyHorizonRunsHaveNoCalendar) {
    ScenarioSpec spec = queueingSpec(1, 1.2, Distribution::exponential(1.0), 600.0, 0.0);
    const Day d = runDay(spec, 5);
    EXPECT_EQ(d.log.count(TraceKind::RoomOpen), 0u);
    EXPECT_EQ(d.log.count(TraceKind::RoomClose), 0u);
    EXPECT_EQ(d.log.count(TraceKind::DayClose), 0u);
    EXPECT_EQ(d.log.count(TraceKind::Unserved), 0u);
    EXPECT_EQ(d.result[Metric::UnservedAtClose], 0.0);
    // Overloaded (ρ = 1.2): many are still waiting at the horizon, neither received nor sent home.
    EXPECT_GT(d.result[Metric::BatchesArrived] - d.result[Metric::BatchesReceived] - d.result[Metric::Reneged], 10.0);
    EXPECT_EQ(d.result[Metric::OvertimeMin], 0.0);
}

// ---------------------------------------------------------------- §2 time

// [time.unit] [time.modes] Minutes after 00:00: a day that opens at 08:00 puts its first room
// opening at 480; day mode runs until nothing is left, horizon mode stops at the horizon.
TEST(FlowRules, TimeUnitIsMinutesAfterMidnightAndModesEndDifferently) {
    const Day day = runDay(scenario(oneRoomWalkIns()));
    const auto opens = day.log.of(TraceKind::RoomOpen);
    ASSERT_FALSE(opens.empty());
    EXPECT_DOUBLE_EQ(opens.front().time, at(8));
    EXPECT_DOUBLE_EQ(day.end, day.log.records.back().time);  // day mode: the last event

    ScenarioSpec spec = queueingSpec(1, 0.5, Distribution::exponential(1.0), 300.0, 0.0);
    ReceptionDay horizon(spec, 1, 0);
    horizon.runToEnd();
    EXPECT_DOUBLE_EQ(horizon.now(), 300.0);  // horizon mode: the horizon
}

// [time.persons] [batch.group] Group sizes are whole persons: a sample of 2.5 rounds half away
// from zero to 3 on site; max_received 2 receives two and makes the third a companion; the
// companions sample 1.5 rounds to 2.
TEST(FlowRules, BatchGroupRoundsAndCapsTheReceivedPersons) {
    const ScenarioSpec spec = scenario(oneRoomWalkIns() +
                                       "[batches]\ngroup_size = 2.5\nmax_received = 2\ncompanions = 1.5\n");
    const Day d = runDay(spec);
    const auto arrivals = d.log.of(TraceKind::Arrive);
    ASSERT_FALSE(arrivals.empty());
    for (const Record& r : arrivals) EXPECT_NE(r.detail.find("group=2 companions=3"), std::string::npos) << r.detail;
    EXPECT_DOUBLE_EQ(d.result[Metric::PersonsArrived], 2.0 * static_cast<double>(arrivals.size()));
    EXPECT_DOUBLE_EQ(d.result[Metric::PeopleArrived], 5.0 * static_cast<double>(arrivals.size()));
}

// ---------------------------------------------------------------- §3 kernel

class Recorder : public EventHandler {
public:
    void handle(const Event& e) override { times.push_back(e.time); }
    bool stale(const Event& e) const override { return e.token == 1; }
    std::vector<double> times;
};

// [kernel.past] Scheduling before the clock is a model error.
TEST(FlowRules, KernelPastSchedulingBeforeTheClockIsAnError) {
    Simulation sim;
    Recorder handler;
    sim.schedule(10.0, 0);
    ASSERT_TRUE(sim.step(handler));
    EXPECT_THROW(sim.schedule(9.0, 0), std::logic_error);
    EXPECT_NO_THROW(sim.schedule(10.0, 0));
}

// [kernel.stale] [kernel.handled] A stale event neither moves the clock nor counts as handled.
TEST(FlowRules, KernelStaleEventsDoNotMoveTheClockOrCount) {
    Simulation sim;
    Recorder handler;
    sim.schedule(5.0, 0);
    sim.schedule(50.0, 0, 0, /*token=*/1);  // stale
    while (sim.step(handler)) {
    }
    EXPECT_EQ(handler.times, std::vector<double>{5.0});
    EXPECT_DOUBLE_EQ(sim.now(), 5.0);
    EXPECT_EQ(sim.eventsHandled(), 1u);
}

// [kernel.stale] In the model: one walk-in with a patience of ten hours is seated at once; its
// patience timer goes stale and the day ends when its consultation ends, not ten hours later.
TEST(FlowRules, KernelStaleAPatienceTimerOfASeatedBatchDoesNotLengthenTheDay) {
    const ScenarioSpec spec = scenario(dayToml("09:00") + categoryToml("A") + "[batches]\npatience = \"10h\"\n" + bookingsToml(1) +
                                       roomToml("R", "[\"A\"]", 1, "\"20min\""));
    const Day d = runDay(spec);
    EXPECT_DOUBLE_EQ(d.end, at(9));  // the day close is the last real event
    EXPECT_DOUBLE_EQ(d.result[Metric::LastDeparture], at(8, 20));
    // [kernel.handled] [metric.events] room open, day close, room close, arrival, consultation end:
    // five events.
    EXPECT_EQ(d.events, 5u);
    EXPECT_EQ(d.result.events, 5u);
}

// [kernel.horizon_end] Every event with time <= horizon is handled, one exactly at the horizon
// included; then the clock is the horizon. [arrive.stream.renewal] A constant interarrival of 10
// minutes gives arrivals at 10, 20, …, 60.
TEST(FlowRules, KernelHorizonEndHandlesTheEventAtTheHorizon) {
    ScenarioSpec spec = queueingSpec(1, 0.1, Distribution::constant(1.0), 60.0, 0.0);
    spec.stream.interarrival = Distribution::constant(10.0);
    const Day d = runDay(spec);
    const auto arrivals = d.log.of(TraceKind::Arrive);
    ASSERT_EQ(arrivals.size(), 6u);
    for (std::size_t i = 0; i < arrivals.size(); ++i) EXPECT_DOUBLE_EQ(arrivals[i].time, 10.0 * (i + 1));
    EXPECT_DOUBLE_EQ(d.end, 60.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::BatchesArrived], 6.0);
}

// [kernel.pacing] Event by event, in chunks of time, or at once: the same day.
TEST(FlowRules, KernelPacingDoesNotChangeTheDay) {
    const ScenarioSpec spec = busyDaySpec();
    TraceLog whole, stepped, chunked;
    ReceptionDay a(spec, 11, 2, &whole);
    a.runToEnd();
    ReceptionDay b(spec, 11, 2, &stepped);
    while (b.step()) {
    }
    ReceptionDay c(spec, 11, 2, &chunked);
    for (double t = 0; !c.finished(); t += 7.5) c.runUntil(t);
    ASSERT_EQ(whole.records.size(), stepped.records.size());
    ASSERT_EQ(whole.records.size(), chunked.records.size());
    for (std::size_t i = 0; i < whole.records.size(); ++i) {
        EXPECT_EQ(whole.records[i].time, stepped.records[i].time);
        EXPECT_EQ(whole.records[i].detail, chunked.records[i].detail);
        EXPECT_EQ(whole.records[i].time, chunked.records[i].time);
    }
    // Bit for bit (a metric with no value is the same NaN in each).
    const auto bits = [](const DayResult& r) {
        std::vector<std::uint64_t> out;
        for (const double x : r.overall) out.push_back(std::bit_cast<std::uint64_t>(x));
        return out;
    };
    EXPECT_EQ(bits(a.result()), bits(b.result()));
    EXPECT_EQ(bits(a.result()), bits(c.result()));
}

// ---------------------------------------------------------------- §4 randomness

// Restated from docs/model.md, not taken from the code: the test checks the code against the text.
std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t fnv1a(std::string_view name) {
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ULL;
    }
    return h;
}

// [rng.seed_mix] The seed derivations are the stated formulas.
TEST(FlowRules, RngSeedMixIsTheStatedFormula) {
    for (const std::uint64_t seed : {0ULL, 1ULL, 20030918ULL, 0xFFFFFFFFFFFFFFFFULL})
        for (const std::uint64_t rep : {0ULL, 1ULL, 999ULL})
            for (const std::string_view name : {"arrivals.walk_ins", "batch", ""}) {
                EXPECT_EQ(streamSeed(seed, rep, name), splitmix64(splitmix64(splitmix64(seed) ^ rep) ^ fnv1a(name)));
                EXPECT_EQ(mixSeeds(seed, rep), splitmix64(splitmix64(seed) ^ rep));
            }
}

// [rng.batch.key] [rng.batch.engine] A batch's key and its engines per purpose.
TEST(FlowRules, RngBatchKeyAndEngineAreTheStatedFormulas) {
    const std::uint64_t root = streamSeed(42, 3, "batch");
    EXPECT_EQ(batchRoot(42, 3), root);
    for (const std::uint32_t source : {0u, 1u, 2u})
        for (const std::uint64_t index : {0ULL, 7ULL, 123456ULL}) {
            const std::uint64_t key = batchKey(root, source, index);
            EXPECT_EQ(key, mixSeeds(root, (static_cast<std::uint64_t>(source) << 56) ^ index));
            for (std::uint32_t purpose = 1; purpose <= 6; ++purpose) {
                const std::uint64_t m = mixSeeds(key, purpose);
                SmallEngine expected(static_cast<std::uint32_t>((m ^ (m >> 32)) & 0xFFFFFFFFULL));
                SmallEngine actual = batchEngine(key, static_cast<BatchPurpose>(purpose));
                for (int i = 0; i < 4; ++i) EXPECT_EQ(actual(), expected());
            }
        }
}

// [rng.streams] The first walk-in comes at profile start + E / rate, with E the first Exp(1) draw of
// the Mersenne Twister seeded streamSeed(seed, r, "arrivals.walk_ins"); [rng.replication] each
// replication uses only its own streams.
TEST(FlowRules, RngStreamsTheFirstWalkInIsTheFirstExpDrawOfItsStream) {
    const ScenarioSpec spec = scenario(oneRoomWalkIns());
    for (const std::uint64_t rep : {0ULL, 1ULL, 7ULL}) {
        RandomEngine engine(streamSeed(9, rep, "arrivals.walk_ins"));
        const double e = boost::random::exponential_distribution<double>(1.0)(engine);
        const Day d = runDay(spec, 9, rep);
        const auto arrivals = d.log.of(TraceKind::Arrive);
        ASSERT_FALSE(arrivals.empty());
        EXPECT_NEAR(arrivals.front().time, at(8) + e * 60.0 / 6.0, 1e-9) << "replication " << rep;
    }
}

// [rng.replication] Replication r of seed s is the same day whoever runs it and whatever else runs.
TEST(FlowRules, RngReplicationDependsOnlyOnSeedAndReplication) {
    const ScenarioSpec spec = busyDaySpec();
    const Day alone = runDay(spec, 77, 4);
    runDay(spec, 77, 3);  // another replication in between changes nothing
    const Day again = runDay(spec, 77, 4);
    EXPECT_EQ(alone.log.records.size(), again.log.records.size());
    EXPECT_EQ(alone.result[Metric::LastDeparture], again.result[Metric::LastDeparture]);
    EXPECT_EQ(alone.result.little.waitSum, again.result.little.waitSum);
    const Day other = runDay(spec, 77, 5);
    EXPECT_NE(alone.result.little.waitSum, other.result.little.waitSum);
}

// [rng.uniform] Uniforms are Boost uniform_01 on [0, 1) of the stream's engine.
TEST(FlowRules, RngUniformIsUniform01OfTheEngine) {
    RandomStream stream(5, 0, "x");
    RandomEngine engine(streamSeed(5, 0, "x"));
    boost::random::uniform_01<double> u01;
    for (int i = 0; i < 1000; ++i) {
        const double u = stream.uniform();
        EXPECT_EQ(u, u01(engine));
        EXPECT_GE(u, 0.0);
        EXPECT_LT(u, 1.0);
    }
}

// [rng.dist] The means of the table (used by shortest_expected_first), and distributions that
// draw nothing leave the engine where it was.
TEST(FlowRules, RngDistMeansAndDistributionsThatDrawNothing) {
    EXPECT_DOUBLE_EQ(Distribution::constant(4).mean(), 4);
    EXPECT_DOUBLE_EQ(Distribution::exponential(7).mean(), 7);
    EXPECT_DOUBLE_EQ(Distribution::uniform(2, 6).mean(), 4);
    EXPECT_DOUBLE_EQ(Distribution::triangular(1, 2, 6).mean(), 3);
    EXPECT_DOUBLE_EQ(Distribution::lognormal(25, 12.5).mean(), 25);
    EXPECT_DOUBLE_EQ(Distribution::gamma(2, 3).mean(), 6);
    EXPECT_DOUBLE_EQ(Distribution::empirical({1, 5}, {3, 1}).mean(), 2);
    EXPECT_DOUBLE_EQ(Distribution::poisson(3).mean(), 3);
    // Normal truncated at 0: mean + sd·φ(α)/(1−Φ(α)), α = −mean/sd.
    const double mean = 1, sd = 2, alpha = -mean / sd;
    const double phi = std::exp(-0.5 * alpha * alpha) / std::sqrt(2 * M_PI);
    const double tail = 0.5 * std::erfc(alpha / std::sqrt(2.0));
    EXPECT_NEAR(Distribution::normalTruncated(mean, sd).mean(), mean + sd * phi / tail, 1e-9);

    for (const Distribution& quiet : {Distribution::constant(3), Distribution::uniform(2, 2),
                                      Distribution::triangular(4, 4, 4), Distribution::normalTruncated(5, 0),
                                      Distribution::lognormal(6, 0), Distribution::poisson(0)}) {
        SmallEngine engine(123), untouched(123);
        const double x = quiet.sample(engine);
        EXPECT_EQ(engine(), untouched()) << quiet.describe() << " drew a number";
        EXPECT_DOUBLE_EQ(x, quiet.mean()) << quiet.describe();
    }
    // Empirical: the first value whose cumulative weight exceeds the uniform.
    SmallEngine engine(99), copy(99);
    const double u = boost::random::uniform_01<double>()(copy);
    EXPECT_DOUBLE_EQ(Distribution::empirical({10, 20}, {1, 1}).sample(engine), u < 0.5 ? 10 : 20);
}

// [rng.crn] The same batches in two staffings: identical arrivals and attributes, and identical
// consultation times and outcomes in identical rooms.
TEST(FlowRules, RngCrnVariantsShareTheBatchesAndTheirDraws) {
    const std::string base = dayToml() + categoryToml("A") +
                             "[batches]\ngroup_size = { dist = \"uniform\", low = 1, high = 4 }\n"
                             "[consultation]\ngroup_size_factor = 0.1\n" +
                             walkInsToml(12) + "[[rooms]]\nname = \"R\"\ndepartments = [\"*\"]\n"
                             "consultation = { dist = \"exponential\", mean = \"20min\" }\n";
    const Day one = runDay(scenario(base + "tables = 1\n"), 4);
    const Day three = runDay(scenario(base + "tables = 3\n"), 4);
    const auto a = one.log.of(TraceKind::Arrive), b = three.log.of(TraceKind::Arrive);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].time, b[i].time);
        EXPECT_EQ(a[i].detail, b[i].detail);
    }
    int compared = 0;
    for (const Record& r : a) {
        const auto s1 = one.log.first(TraceKind::ConsultationStart, r.batch);
        const auto s3 = three.log.first(TraceKind::ConsultationStart, r.batch);
        const auto e1 = one.log.first(TraceKind::ConsultationEnd, r.batch);
        const auto e3 = three.log.first(TraceKind::ConsultationEnd, r.batch);
        if (!s1 || !s3 || !e1 || !e3) continue;
        EXPECT_NEAR(e1->time - s1->time, e3->time - s3->time, 1e-9) << "batch " << r.batch;
        EXPECT_EQ(e1->detail, e3->detail) << "batch " << r.batch;
        ++compared;
    }
    EXPECT_GT(compared, 10);
}

// [rng.always] [arrive.appt.draws] [metric.no_shows] The no-show uniform and the offset are drawn for every booking:
// with more no-shows, the bookings that still come arrive at the same times.
TEST(FlowRules, RngAlwaysNoShowsDoNotShiftTheOtherBookings) {
    const auto day = [](const std::string& noShows) {
        return dayToml() + categoryToml("A") +
               bookingsToml(40, noShows + "offset = { dist = \"uniform\", low = \"-20min\", high = \"10min\" }\n",
                            "08:00", "11:00") +
               roomToml("R", "[\"*\"]", 40, "\"5min\"");
    };
    const Day none = runDay(scenario(day("")), 2);  // no_show 0 (the default)
    const Day some = runDay(scenario(day("no_show = 0.4\n")), 2);
    const auto all = none.log.of(TraceKind::Arrive);
    ASSERT_EQ(all.size(), 40u);
    const auto noShows = some.log.of(TraceKind::NoShow);
    EXPECT_GT(noShows.size(), 5u);
    EXPECT_DOUBLE_EQ(some.result[Metric::NoShows], static_cast<double>(noShows.size()));  // [arrive.appt.noshow]
    // Arrival times of the bookings that came are among those of the day without no-shows.
    std::multiset<double> times;
    for (const Record& r : all) times.insert(r.time);
    for (const Record& r : some.log.of(TraceKind::Arrive)) EXPECT_TRUE(times.count(r.time)) << r.time;
    EXPECT_EQ(some.log.count(TraceKind::Arrive) + noShows.size(), 40u);
}

// ---------------------------------------------------------------- §5 batch attributes

// [batch.draw_order] [batch.category] [batch.collective] [batch.group] The attributes of every
// walk-in follow from the twelve draws of its attributes engine, in the stated order.
TEST(FlowRules, BatchDrawOrderAttributesFollowTheTwelveDraws) {
    const ScenarioSpec spec = scenario(
        dayToml() + categoryToml("A", "share = 1\ncollective_prone = 0.3\nlaw_related = 0.5\n") +
        categoryToml("B", "share = 2\n") +
        "[batches]\ngroup_size = { dist = \"uniform\", low = 1, high = 4 }\n"
        "collective_group_size = { dist = \"uniform\", low = 3, high = 9 }\n"
        "companions = { dist = \"uniform\", low = 0, high = 3 }\nmax_received = 3\n" +
        walkInsToml(30) + roomToml("R", "[\"*\"]", 50, "\"10min\""));
    const std::uint64_t seed = 6, rep = 1;
    const Day d = runDay(spec, seed, rep);
    const auto arrivals = d.log.of(TraceKind::Arrive);
    ASSERT_GT(arrivals.size(), 50u);
    boost::random::uniform_01<double> u01;
    int collective = 0;
    for (std::size_t i = 0; i < arrivals.size(); ++i) {
        SmallEngine engine = batchEngine(batchKey(batchRoot(seed, rep), 1, i), BatchPurpose::Attributes);
        const double category = u01(engine);
        const std::size_t c = category < 1.0 / 3.0 ? 0 : 1;
        const bool isCollective = u01(engine) < spec.categories[c].collectiveProne;
        const double x3 = spec.batches.groupSize.sample(engine);
        const double x4 = spec.batches.collectiveGroupSize.sample(engine);
        const double x5 = spec.batches.companions.sample(engine);
        const int onSite = std::max(1, static_cast<int>(std::lround(isCollective ? x4 : x3)));
        const int received = std::min(onSite, 3);
        const int companions = onSite - received + std::max(0, static_cast<int>(std::lround(x5)));
        const std::string expected = fmt::format("{} group={} companions={} class={}", c == 0 ? "A" : "B", received,
                                                 companions, isCollective ? "collective" : "other");
        EXPECT_EQ(arrivals[i].detail, expected) << "walk-in " << i;
        collective += isCollective;
    }
    EXPECT_GT(collective, 0);
}

// [batch.prepared] Only appointments are prepared: with on-the-spot odds zero for prepared batches
// and certain for the others, prepared appointments are never resolved on the spot and walk-ins
// always are. [outcome.on_spot] "Walk-in" weight applies to every batch that is not prepared.
TEST(FlowRules, BatchPreparedOnlyAppointmentsArePrepared) {
    const ScenarioSpec spec = scenario(
        dayToml() + categoryToml("A") + bookingsToml(20, "prepared = 1\n", "08:00", "10:00") + walkInsToml(10, "10:00") +
        "[outcomes]\non_spot = 1\nassigned = 1e-9\ndefined = 0\non_spot_prepared = 0\non_spot_walk_in = 1e9\n" +
        roomToml("R", "[\"*\"]", 30, "\"10min\""));
    const Day d = runDay(spec, 8);
    std::map<std::int64_t, bool> appointment;
    for (const Record& r : d.log.of(TraceKind::Arrive)) appointment[r.batch] = r.detail.find("appointment") != std::string::npos;
    int appointments = 0, walkIns = 0;
    for (const Record& r : d.log.of(TraceKind::ConsultationEnd)) {
        if (appointment[r.batch]) {
            EXPECT_NE(r.detail, "on_spot") << "a prepared appointment";
            ++appointments;
        } else {
            EXPECT_EQ(r.detail, "on_spot") << "a walk-in";
            ++walkIns;
        }
    }
    EXPECT_EQ(appointments, 20);
    EXPECT_GT(walkIns, 5);
}

// [batch.complexity] [consult.time] Complexity (times long_standing_complexity for a
// long-standing batch) multiplies the consultation: 30 min × 2 × 1.5 = 90 min.
TEST(FlowRules, BatchComplexityMultipliesTheConsultation) {
    const ScenarioSpec spec = scenario(oneRoomWalkIns() +
                                       "[batches]\ncomplexity = 2\nlong_standing_probability = 1\n"
                                       "long_standing_complexity = 1.5\n");
    const Day d = runDay(spec);
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_FALSE(starts.empty());
    for (const Record& s : starts) {
        const auto end = d.log.first(TraceKind::ConsultationEnd, s.batch);
        ASSERT_TRUE(end);
        EXPECT_NEAR(end->time - s.time, 90.0, 1e-9);
    }
}

// ---------------------------------------------------------------- §6 arrivals

std::vector<double> appointmentArrivals(const std::string& appointments) {
    const Day d = runDay(scenario(dayToml("18:00") + categoryToml("A") + roomToml("R", "[\"*\"]", 50, "\"5min\"") +
                                  appointments));
    std::vector<double> times;
    for (const Record& r : d.log.of(TraceKind::Arrive)) times.push_back(r.time);
    return times;
}

// [arrive.appt.assign] Without per_slot bookings are spread evenly (slot ⌊i·S/count⌋); with
// per_slot, slot min(S − 1, ⌊i / per_slot⌋), the extra bookings crowding into the last slot.
TEST(FlowRules, ArriveApptAssignSpreadsOrFillsSlots) {
    EXPECT_EQ(appointmentArrivals("[appointments]\ncount = 4\nfirst_slot = \"08:00\"\nlast_slot_end = \"10:00\"\n"),
              (std::vector<double>{at(8), at(8), at(9), at(9)}));
    EXPECT_EQ(appointmentArrivals(
                  "[appointments]\ncount = 5\nper_slot = 1\nfirst_slot = \"08:00\"\nlast_slot_end = \"10:00\"\n"),
              (std::vector<double>{at(8), at(9), at(9), at(9), at(9)}));
    EXPECT_EQ(appointmentArrivals("[appointments]\ncount = 3\nfirst_slot = \"08:00\"\nslot_length = \"30min\"\n"
                                  "last_slot_end = \"10:00\"\nno_slots = [\"08:30-09:30\"]\n"),
              (std::vector<double>{at(8), at(8), at(9, 30)}));  // slots 08:00 and 09:30, spread
}

// [arrive.appt.time] Arrival = max(0, slot start + offset).
TEST(FlowRules, ArriveApptTimeIsTheSlotPlusTheOffsetNotBeforeMidnight) {
    EXPECT_EQ(appointmentArrivals("[appointments]\ncount = 1\nfirst_slot = \"08:00\"\nlast_slot_end = \"09:00\"\n"
                                  "offset = \"-15min\"\n"),
              (std::vector<double>{at(7, 45)}));
    EXPECT_EQ(appointmentArrivals("[appointments]\ncount = 1\nfirst_slot = \"00:10\"\nlast_slot_end = \"01:10\"\n"
                                  "offset = \"-30min\"\n"),
              (std::vector<double>{0.0}));
}

// [arrive.appt.bind] [triage.bound] Bound bookings alternate between the rooms listing their
// category (fewest bound in the slot, then the lowest index), skipping the top leader's and general
// rooms, and each waits at its own room even when another is free.
TEST(FlowRules, ArriveApptBindBookingsAlternateAndWaitAtTheirRoom) {
    const ScenarioSpec spec = scenario(
        dayToml("18:00") + categoryToml("A") + bookingsToml(4, "bind_room = true\n") +
        "[triage]\nrouting = \"general_room\"\n" +
        roomToml("top", "[\"A\"]", 1, "\"30min\"", "top_leader = true\n[rooms.selection]\nprobability = 0\n") +
        roomToml("general", "[]", 5, "\"30min\"", "general = true\n") + roomToml("slow", "[\"A\"]", 1, "\"60min\"") +
        roomToml("quick", "[\"A\"]", 1, "\"5min\""));
    const Day d = runDay(spec);
    std::vector<std::int64_t> rooms;
    for (const Record& r : d.log.of(TraceKind::Queue)) rooms.push_back(r.room);
    EXPECT_EQ(rooms, (std::vector<std::int64_t>{2, 3, 2, 3}));
    for (const Record& r : d.log.of(TraceKind::ConsultationStart)) EXPECT_NE(r.room, 1) << "a bound batch moved";
    // The second booking of the slow room waits its hour although the quick room is free after 10 minutes.
    EXPECT_DOUBLE_EQ(d.result[Metric::LastDeparture], at(10));
}

// [arrive.walkin.until] No walk-in after walk_ins.until.
TEST(FlowRules, ArriveWalkinUntilEndsTheWalkIns) {
    const ScenarioSpec spec =
        scenario(dayToml() + categoryToml("A") + walkInsToml(120, "08:30") + roomToml("R", "[\"*\"]", 100, "\"5min\""));
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        const Day d = runDay(spec, 1, rep);
        const auto arrivals = d.log.of(TraceKind::Arrive);
        ASSERT_GT(arrivals.size(), 30u);
        for (const Record& r : arrivals) EXPECT_LE(r.time, at(8, 30));
        EXPECT_GT(arrivals.back().time, at(8, 20));
    }
}

// [arrive.window_start] [window.day] The day's window opens at the first arrival.
TEST(FlowRules, ArriveWindowStartIsTheFirstArrival) {
    const Day d = runDay(scenario(oneRoomWalkIns()), 2);
    const auto arrivals = d.log.of(TraceKind::Arrive);
    ASSERT_FALSE(arrivals.empty());
    EXPECT_NEAR(d.result.little.windowMinutes, d.end - arrivals.front().time, 1e-9);
}

// ---------------------------------------------------------------- §7 registration

// Two bookings at 08:00 and a room of `tables` tables (30 minutes each).
std::string twoAtEight(const std::string& more = "", int tables = 2, const std::string& bookingMore = "") {
    return dayToml() + categoryToml("A") + bookingsToml(2, "per_slot = 2\n" + bookingMore) +
           roomToml("R", "[\"*\"]", tables, "\"30min\"") + more;
}

// [reg.none] [triage.when] Without desks, triage is at the arrival: seated at once.
TEST(FlowRules, RegNoneTriageAtArrival) {
    const Day d = runDay(scenario(twoAtEight()));
    EXPECT_EQ(d.log.count(TraceKind::RegistrationStart), 0u);
    for (const Record& r : d.log.of(TraceKind::ConsultationStart)) EXPECT_DOUBLE_EQ(r.time, at(8));
}

// [reg.enter] [reg.service] [reg.not_wait] [triage.when] One desk of 5 minutes: the first
// registers at once, the second waits in the line; triage follows registration; the service
// itself is not waiting, the line is.
TEST(FlowRules, RegEnterOneDeskServesInTurnAndOnlyTheLineIsWaiting) {
    const Day d = runDay(scenario(twoAtEight("[registration]\ndesks = 1\nservice = \"5min\"\n")));
    const auto starts = d.log.of(TraceKind::RegistrationStart);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_DOUBLE_EQ(starts[0].time, at(8));
    EXPECT_DOUBLE_EQ(starts[1].time, at(8, 5));
    const auto consults = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(consults.size(), 2u);
    EXPECT_DOUBLE_EQ(consults[0].time, at(8, 5));
    EXPECT_DOUBLE_EQ(consults[1].time, at(8, 10));
    // Waits: 0 and 5 (the line), not 5 and 10 (service included).
    EXPECT_DOUBLE_EQ(d.result[Metric::WaitMean], 2.5);
    EXPECT_DOUBLE_EQ(d.result[Metric::WaitMax], 5.0);
}

// [reg.service] The registration time is a sample of registration.service from the batch's
// registration engine.
TEST(FlowRules, RegServiceIsTheBatchsOwnSample) {
    const Distribution service = Distribution::exponential(4.0);
    const Day d = runDay(scenario(twoAtEight("[registration]\ndesks = 2\nservice = { dist = \"exponential\", mean = \"4min\" }\n")),
                         13);
    for (std::int64_t booking = 0; booking < 2; ++booking) {
        SmallEngine engine = batchEngine(batchKey(batchRoot(13, 0), 0, booking), BatchPurpose::Registration);
        const double expected = service.sample(engine);
        const auto start = d.log.first(TraceKind::RegistrationStart, booking);
        const auto end = d.log.first(TraceKind::RegistrationEnd, booking);
        ASSERT_TRUE(start && end);
        EXPECT_NEAR(end->time - start->time, expected, 1e-9) << "booking " << booking;
    }
}

// [reg.open] Desks open at day.opens: a batch that comes at 07:40 waits in the line until 08:00.
TEST(FlowRules, RegOpenEarlyArrivalsWaitForTheDesks) {
    const std::string toml = twoAtEight("[registration]\ndesks = 2\nservice = \"2min\"\n", 2, "offset = \"-20min\"\n");
    const Day d = runDay(scenario(toml));
    for (const Record& r : d.log.of(TraceKind::Arrive)) EXPECT_DOUBLE_EQ(r.time, at(7, 40));
    for (const Record& r : d.log.of(TraceKind::RegistrationStart)) EXPECT_DOUBLE_EQ(r.time, at(8));
    EXPECT_DOUBLE_EQ(d.result[Metric::WaitMean], 20.0);
}

// ---------------------------------------------------------------- §8 patience

// [patience.draw] [patience.scope] [leave.renege] The patience clock runs from arrival, registration
// service included: 20 minutes of patience, 5 of registration, a busy room: the batch gives up at
// arrival + 20, having waited 15 in the room's line.
TEST(FlowRules, PatienceDrawRunsFromArrivalThroughRegistration) {
    const std::string toml =
        twoAtEight("[registration]\ndesks = 2\nservice = \"5min\"\n[batches]\npatience = \"20min\"\n", 1);
    const Day d = runDay(scenario(toml));
    const auto reneges = d.log.of(TraceKind::Renege);
    ASSERT_EQ(reneges.size(), 1u);
    EXPECT_DOUBLE_EQ(reneges[0].time, at(8, 20));
    EXPECT_DOUBLE_EQ(d.result[Metric::Reneged], 1.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::ShareReneged], 0.5);
    EXPECT_DOUBLE_EQ(d.result.little.waitSum, 15.0);  // the renege's wait; the other waited 0
}

// [patience.seated] [lawyer.wait_counts] A batch seated to wait for a lawyer never gives up, though
// its patience runs out while it waits; the wait counts in its wait.
TEST(FlowRules, PatienceSeatedBatchesWaitingForALawyerDoNotGiveUp) {
    const ScenarioSpec spec =
        scenario(dayToml() + categoryToml("L", "law_related = 1\n") + "[batches]\npatience = \"5min\"\n" +
                 bookingsToml(2, "per_slot = 2\n") + "[lawyers]\ncount = 1\nmax_wait = \"30min\"\n" +
                 roomToml("R", "[\"*\"]", 2, "\"20min\""));
    const Day d = runDay(spec);
    EXPECT_EQ(d.log.count(TraceKind::Renege), 0u);
    const auto waits = d.log.of(TraceKind::LawyerWait);
    ASSERT_EQ(waits.size(), 1u);
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_DOUBLE_EQ(starts[1].time, at(8, 20));  // the lawyer is free when the first consultation ends
    EXPECT_DOUBLE_EQ(d.result[Metric::LawyerWaitMean], 20.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::WaitMax], 20.0);
}

}  // namespace
}  // namespace pujiang
