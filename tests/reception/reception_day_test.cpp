#include <gtest/gtest.h>

#include <vector>

#include "sim/reception/metric_table.h"
#include "sim/reception/reception_day.h"
#include "sim/reception/spec_builders.h"
#include "tests/reception/trace_hash.h"

namespace pujiang {
namespace {

using testing::TraceHash;

DayResult runDay(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication, TraceSink* sink = nullptr) {
    ReceptionDay day(spec, seed, replication, sink);
    day.runToEnd();
    return day.result();
}

// [rng.replication]
TEST(ReceptionDay, SameSeedGivesTheSameDayEventByEvent) {
    const ScenarioSpec spec = busyDaySpec();
    TraceHash a, b, c;
    runDay(spec, 11, 0, &a);
    runDay(spec, 11, 0, &b);
    runDay(spec, 11, 1, &c);
    EXPECT_GT(a.count, 500u);
    EXPECT_EQ(a.hash, b.hash);
    EXPECT_NE(a.hash, c.hash);
}

// [metric.outcomes]
TEST(ReceptionDay, EveryArrivalIsAccountedFor) {
    const ScenarioSpec spec = busyDaySpec();
    for (std::uint64_t rep = 0; rep < 20; ++rep) {
        const DayResult r = runDay(spec, 3, rep);
        EXPECT_DOUBLE_EQ(r[Metric::BatchesArrived],
                         r[Metric::BatchesReceived] + r[Metric::Reneged] + r[Metric::UnservedAtClose]);
        EXPECT_DOUBLE_EQ(r[Metric::BatchesReceived],
                         r[Metric::ResolvedOnSpot] + r[Metric::Assigned] + r[Metric::Defined] + r[Metric::ReferredLegal]);
        EXPECT_GE(r[Metric::BatchesArrived] + r[Metric::NoShows], spec.appointments.count);
        EXPECT_LE(r[Metric::AppointmentsReceived] + r[Metric::NoShows], spec.appointments.count);
    }
}

// Little's law holds exactly on a finite day: the area under the number-waiting curve is the
// sum of all waits, and the area under the number-present curve the sum of all times on site.
// [little.check] [metric.queue_length_avg]
TEST(ReceptionDay, LittlesLawHoldsExactlyOverTheDay) {
    const ScenarioSpec spec = busyDaySpec();
    for (std::uint64_t rep = 0; rep < 10; ++rep) {
        const DayResult r = runDay(spec, 5, rep);
        EXPECT_GT(r.little.waitSum, 0.0);
        EXPECT_NEAR(r.little.queueArea, r.little.waitSum, 1e-9 * r.little.waitSum);
        EXPECT_NEAR(r.little.systemArea, r.little.sojournSum, 1e-9 * r.little.sojournSum);
        // L = lambda W with lambda = arrivals / window.
        const double lambda = r.little.arrivals / r.little.windowMinutes;
        EXPECT_NEAR(r[Metric::QueueLengthAvg], lambda * (r.little.waitSum / r.little.arrivals), 1e-9);
    }
}

// [triage.top.select] [metric.received]
TEST(ReceptionDay, TopLeaderRoomRespectsItsCap) {
    ScenarioSpec spec = busyDaySpec();
    spec.rooms[0].selection.probability = 1.0;
    spec.rooms[0].selection.maxBatches = 3;
    for (std::uint64_t rep = 0; rep < 10; ++rep) {
        const DayResult r = runDay(spec, 9, rep);
        EXPECT_LE(r[Metric::TopLeaderBatches], 3.0);
        EXPECT_EQ(r.byRoom[0][static_cast<std::size_t>(RoomMetric::BatchesReceived)], r[Metric::TopLeaderBatches]);
    }
}

TEST(ReceptionDay, ScarceLawyersMakeRoomsWait) {
    ScenarioSpec spec = busyDaySpec();
    spec.categories[7].share = 60.0;  // LEGAL dominates the day
    double waitOne = 0.0, waitMany = 0.0, utilisation = 0.0;
    for (std::uint64_t rep = 0; rep < 10; ++rep) {
        spec.lawyers.count = 1;
        const DayResult one = runDay(spec, 2, rep);
        waitOne += one[Metric::LawyerWaitMean];
        utilisation += one[Metric::LawyerUtilization];
        EXPECT_LE(one[Metric::LawyerUtilization], 1.0 + 1e-9);
        spec.lawyers.count = 6;
        // With six lawyers nobody may wait for one: the mean then has no value, a wait of 0 here.
        const double many = runDay(spec, 2, rep)[Metric::LawyerWaitMean];
        waitMany += hasValue(many) ? many : 0.0;
    }
    EXPECT_GT(waitOne, 5.0 * waitMany + 1.0);
    EXPECT_GT(utilisation / 10, 0.5);
}

TEST(ReceptionDay, PriorityClassesServeTheHighClassFirst) {
    // One busy room; law-related batches (category A) have priority over the others (B).
    // Non-preemptive priority: A waits much less than B, and by the conservation law the
    // overall mean wait stays that of FIFO (equal service distributions), within noise.
    ScenarioSpec spec = queueingSpec(1, 1.0 / 10.0, Distribution::exponential(8.5), 40000.0, 1000.0);
    spec.categories = {CategorySpec{"A", "甲", "A", 0.3, 1.0, 0.0, false}, CategorySpec{"B", "乙", "B", 0.7, 0.0, 0.0, false}};
    spec.priority.classes = {"law_related", "other"};
    spec.rooms[0].discipline = QueueDiscipline::PriorityClasses;
    const DayResult priority = runDay(spec, 4, 0);
    const double waitA = priority.byCategory[0][static_cast<std::size_t>(CategoryMetric::WaitMean)];
    const double waitB = priority.byCategory[1][static_cast<std::size_t>(CategoryMetric::WaitMean)];
    EXPECT_LT(waitA, 0.5 * waitB);
    spec.rooms[0].discipline = QueueDiscipline::Fifo;
    const DayResult fifo = runDay(spec, 4, 0);
    EXPECT_NEAR(priority[Metric::WaitMean], fifo[Metric::WaitMean], 0.15 * fifo[Metric::WaitMean]);
}

// [rng.crn]
TEST(ReceptionDay, AddingARoomDoesNotChangeWhoArrives) {
    // Common random numbers: staffing changes leave arrivals and batch attributes untouched.
    ScenarioSpec spec = busyDaySpec();
    ScenarioSpec bigger = spec;
    bigger.rooms.push_back(bigger.rooms[1]);
    bigger.rooms.back().name = "room 5";
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        const DayResult a = runDay(spec, 8, rep), b = runDay(bigger, 8, rep);
        EXPECT_EQ(a[Metric::BatchesArrived], b[Metric::BatchesArrived]);
        EXPECT_EQ(a[Metric::PersonsArrived], b[Metric::PersonsArrived]);
        EXPECT_EQ(a[Metric::NoShows], b[Metric::NoShows]);
        EXPECT_LE(b[Metric::WaitMean], a[Metric::WaitMean] * 1.05 + 0.5);
    }
}

// [metric.queue_length_avg] [arrive.window_start] [window.averages]
TEST(ReceptionDay, WaitingNowIsTheLevelTheQueueLengthAverages) {
    // A day's statistics window opens with its first arrival.
    struct FirstArrival : TraceSink {
        double time = -1.0;
        void record(const TraceRecord& r) override {
            if (r.kind == TraceKind::Arrive && time < 0.0) time = r.time;
        }
    } first;
    const ScenarioSpec spec = busyDaySpec();
    ReceptionDay day(spec, 5, 0, &first);
    double integral = 0.0, last = day.now();
    std::size_t level = day.waitingNow();
    while (day.step()) {
        integral += static_cast<double>(level) * (day.now() - last);
        last = day.now();
        level = day.waitingNow();
    }
    EXPECT_EQ(level, 0u);
    ASSERT_GE(first.time, 0.0);
    EXPECT_NEAR(integral / (day.now() - first.time), day.result()[Metric::QueueLengthAvg], 1e-9);
}

// [kernel.pacing]
TEST(ReceptionDay, StepAndRunUntilReachTheSameDayAsRunToEnd) {
    const ScenarioSpec spec = busyDaySpec();
    TraceHash whole, stepped;
    runDay(spec, 21, 0, &whole);
    ReceptionDay day(spec, 21, 0, &stepped);
    day.runUntil(10 * 60);
    EXPECT_DOUBLE_EQ(day.now(), 10 * 60);
    while (day.step()) {
    }
    EXPECT_TRUE(day.finished());
    EXPECT_EQ(whole.hash, stepped.hash);
}

}  // namespace
}  // namespace pujiang
