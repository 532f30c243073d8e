// Rules of docs/model.md §18–§19, each test named after the rules it checks: what one replication
// measures (levels, window, metrics, curves) and how replications are summarised.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "sim/experiment/aggregate.h"
#include "sim/reception/metric_table.h"
#include "sim/reception/spec_builders.h"
#include "tests/model/rule_support.h"

namespace pujiang {
namespace {

using namespace rules;

// `count` bookings at 08:00 (or at `slot`), one category, one room of `tables` tables.
std::string bookings(int count, int tables, const std::string& consultation, const std::string& extra = "",
                     const std::string& roomExtra = "", const std::string& slot = "08:00") {
    return dayToml("12:00", "closing_rule = \"finish_current\"\n") + categoryToml("A") + extra +
           bookingsToml(count, "per_slot = " + std::to_string(count) + "\nslot_length = \"30min\"\n", slot, "23:00") +
           roomToml("R", "[\"A\"]", tables, "\"" + consultation + "\"", roomExtra);
}

// ---------------------------------------------------------------- §18.1 what is measured

// [measure.measured] [measure.levels] [window.horizon] After a warm-up, counters take only the
// batches that arrived after it, but the number waiting integrates everyone, and the window runs
// from the warm-up to the horizon.
TEST(MeasurementRules, MeasureMeasuredCountersAfterTheWarmUpLevelsOfEveryone) {
    const ScenarioSpec spec = queueingSpec(1, 1.0, Distribution::exponential(1.3), 600.0, 100.0);
    TraceLog log;
    ReceptionDay day(spec, 3, 0, &log);
    double area = 0.0, since = 100.0, levelAtWarmUp = -1.0;
    std::size_t level = 0;
    while (day.step()) {
        const double now = day.now();
        if (now > 100.0) area += static_cast<double>(level) * (now - std::max(since, 100.0));
        if (now >= 100.0 && levelAtWarmUp < 0.0) levelAtWarmUp = static_cast<double>(level);
        since = now;
        level = day.waitingNow();
    }
    area += static_cast<double>(level) * (600.0 - since);
    day.runToEnd();
    const DayResult r = day.result();
    double measured = 0.0;
    for (const Record& a : log.of(TraceKind::Arrive)) measured += a.time >= 100.0;
    EXPECT_EQ(r[Metric::BatchesArrived], measured);
    EXPECT_LT(measured, static_cast<double>(log.count(TraceKind::Arrive)));
    EXPECT_DOUBLE_EQ(r.little.windowMinutes, 500.0);
    EXPECT_NEAR(r.little.queueArea, area, 1e-6 * area);
    EXPECT_GT(levelAtWarmUp, 3.0) << "an overloaded queue carries batches across the warm-up";
    EXPECT_NEAR(r[Metric::QueueLengthAvg], area / 500.0, 1e-9 * area);
}

// [measure.waiting_level] [measure.max_held] [metric.max_queue_length] [metric.queue_length_avg]
// Joining a line and being seated at one instant adds nothing; five batches at one table of
// 10 minutes make 4, 3, 2, 1 waiting for ten minutes each.
TEST(MeasurementRules, MeasureWaitingLevelCountsOnlyTimeSpentWaiting) {
    const Day seated = runDay(scenario(bookings(2, 2, "10min")));
    EXPECT_EQ(seated.log.count(TraceKind::Queue), 2u);
    EXPECT_EQ(seated.result[Metric::MaxQueueLength], 0.0);
    EXPECT_EQ(seated.result[Metric::QueueLengthAvg], 0.0);

    const Day line = runDay(scenario(bookings(5, 1, "10min")));
    EXPECT_EQ(line.result[Metric::MaxQueueLength], 4.0);
    EXPECT_DOUBLE_EQ(line.result.little.queueArea, 100.0);
    EXPECT_DOUBLE_EQ(line.result[Metric::QueueLengthAvg], 100.0 / (at(12) - at(8)));  // to the day close
}

// [measure.waiting_level] The registration line counts as waiting; registration service does not.
TEST(MeasurementRules, MeasureWaitingLevelIncludesTheRegistrationLine) {
    const Day d = runDay(scenario(bookings(3, 5, "10min", "[registration]\ndesks = 1\nservice = \"10min\"\n")));
    EXPECT_DOUBLE_EQ(d.result.little.queueArea, 2 * 10.0 + 1 * 10.0);
    EXPECT_EQ(d.result[Metric::MaxQueueLength], 2.0);
}

// ---------------------------------------------------------------- §18.2 metrics

// [metric.arrived] Arrivals include the turned away; persons are those received, people add the
// companions.
TEST(MeasurementRules, MetricArrivedCountsTheTurnedAwayAndTheCompanions) {
    const std::string toml = "[day]\nopens = \"08:00\"\ncloses = \"12:00\"\n[[categories]]\ncode = \"A\"\n"
                             "[batches]\ngroup_size = 2\ncompanions = 1\n"
                             "[appointments]\ncount = 2\nper_slot = 1\nfirst_slot = \"09:00\"\nslot_length = \"4h\"\n"
                             "last_slot_end = \"17:00\"\n"
                             "[[rooms]]\nname = \"R\"\ndepartments = [\"A\"]\nconsultation = \"10min\"\n";
    const Day d = runDay(scenario(toml));
    EXPECT_EQ(d.result[Metric::BatchesArrived], 2.0);
    EXPECT_EQ(d.result[Metric::UnservedAtClose], 1.0);  // the 13:00 booking comes after the close
    EXPECT_EQ(d.result[Metric::PersonsArrived], 4.0);
    EXPECT_EQ(d.result[Metric::PeopleArrived], 6.0);
    EXPECT_EQ(d.result[Metric::PersonsReceived], 2.0);
}

// [metric.last_departure] [metric.overtime] Overtime is the last departure past the scenario's close,
// extensions or not; 0 when nobody is left late; the last departure is 0 when nobody departed.
TEST(MeasurementRules, MetricOvertimeIsTheLastDeparturePastTheScenariosClose) {
    const std::string late = bookings(1, 1, "35min", "", "", "11:50");
    EXPECT_DOUBLE_EQ(runDay(scenario(late)).result[Metric::LastDeparture], at(12, 25));
    EXPECT_DOUBLE_EQ(runDay(scenario(late)).result[Metric::OvertimeMin], 25.0);
    const ScenarioSpec spec = scenario(late);
    ReceptionDay day(spec, 1, 0);
    day.runUntil(at(11, 55));
    day.apply(Intervention{InterventionKind::ExtendHours, kWholeDay, 60.0});
    day.runToEnd();
    EXPECT_DOUBLE_EQ(day.result()[Metric::OvertimeMin], 25.0);
    EXPECT_DOUBLE_EQ(runDay(scenario(bookings(1, 1, "35min"))).result[Metric::OvertimeMin], 0.0);
    ScenarioSpec nobody = scenario(bookings(1, 1, "35min"));
    nobody.appointments.count = 0;  // (files must have arrivals)
    EXPECT_DOUBLE_EQ(runDay(nobody).result[Metric::LastDeparture], 0.0);
}

// [metric.by_room] [util.room] [util.room.overall] Per room: receptions, waits and utilisation;
// the overall utilisation is Σ busy / Σ available, not the mean of the rooms'.
TEST(MeasurementRules, MetricByRoomAndTheOverallUtilisation) {
    const std::string toml = bookings(3, 2, "60min") + "[[rooms]]\nname = \"S\"\ndepartments = [\"A\"]\n"
                                                       "consultation = \"120min\"\n";
    const Day d = runDay(scenario(toml));
    // Two tables of R take the first two (60 busy minutes each), S the third (120 minutes).
    ASSERT_EQ(d.result.byRoom.size(), 2u);
    const auto& r = d.result.byRoom[0];
    const auto& s = d.result.byRoom[1];
    EXPECT_EQ(r[static_cast<std::size_t>(RoomMetric::BatchesReceived)], 2.0);
    EXPECT_EQ(s[static_cast<std::size_t>(RoomMetric::BatchesReceived)], 1.0);
    EXPECT_EQ(r[static_cast<std::size_t>(RoomMetric::WaitMean)], 0.0);
    EXPECT_DOUBLE_EQ(r[static_cast<std::size_t>(RoomMetric::Utilization)], 120.0 / 480.0);
    EXPECT_DOUBLE_EQ(s[static_cast<std::size_t>(RoomMetric::Utilization)], 120.0 / 240.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::RoomUtilization], 240.0 / 720.0);
    EXPECT_EQ(r[static_cast<std::size_t>(RoomMetric::BatchesReceived)] + s[static_cast<std::size_t>(RoomMetric::BatchesReceived)],
              d.result[Metric::BatchesReceived]);
}

// [metric.by_class] Per priority class, in the order of triage.priority_classes, then the
// unclassified: the counts follow each batch's class.
TEST(MeasurementRules, MetricByClassFollowsEachBatchsClass) {
    const std::string toml = "[day]\nopens = \"08:00\"\ncloses = \"12:00\"\n[[categories]]\ncode = \"A\"\n"
                             "[batches]\nurgent_probability = 0.4\n[triage]\npriority_classes = [\"urgent\"]\n"
                             "[walk_ins]\nuntil = \"11:00\"\n[[walk_ins.profile]]\nfrom = \"08:00\"\nper_hour = 20\n"
                             "[[rooms]]\nname = \"R\"\ndepartments = [\"A\"]\ntables = 9\nconsultation = \"10min\"\n";
    const Day d = runDay(scenario(toml), 4);
    double urgent = 0, others = 0;
    for (const Record& a : d.log.of(TraceKind::Arrive)) {
        if (a.detail.find("class=urgent") != std::string::npos) ++urgent;
        else if (a.detail.find("class=unclassified") != std::string::npos) ++others;
    }
    ASSERT_EQ(d.result.byClass.size(), 2u);  // "urgent", then the unclassified
    EXPECT_GT(urgent, 5);
    EXPECT_GT(others, 5);
    EXPECT_EQ(d.result.byClass[0][static_cast<std::size_t>(ClassMetric::BatchesArrived)], urgent);
    EXPECT_EQ(d.result.byClass[1][static_cast<std::size_t>(ClassMetric::BatchesArrived)], others);
    EXPECT_EQ(d.result.byClass[0][static_cast<std::size_t>(ClassMetric::BatchesReceived)] +
                  d.result.byClass[1][static_cast<std::size_t>(ClassMetric::BatchesReceived)],
              d.result[Metric::BatchesReceived]);
}

// ---------------------------------------------------------------- §18.3 curves

// [curve.queue] Bins of 15 minutes from two hours before opening (06:00) to four hours after
// closing; three batches wait from 08:00 to 09:00, when the room opens.
TEST(MeasurementRules, CurveQueueAveragesTheNumberWaitingPerBin) {
    const Day d = runDay(scenario(bookings(3, 3, "10min", "", "opens = \"09:00\"\n")));
    const std::vector<double>& bins = d.result.queueTimeline;
    ASSERT_EQ(bins.size(), 40u);  // (12:00 + 4 h − 06:00) / 15 min
    for (std::size_t i = 0; i < bins.size(); ++i) {
        const double binStart = 360.0 + 15.0 * static_cast<double>(i);
        const double expected = binStart >= at(8) && binStart < at(9) ? 3.0 : 0.0;
        EXPECT_DOUBLE_EQ(bins[i], expected) << "bin " << i;
    }
    ScenarioSpec horizon = queueingSpec(1, 0.5, Distribution::exponential(1.0), 960.0, 0.0);
    EXPECT_EQ(runDay(horizon).result.queueTimeline.size(), 96u);
}

// [curve.wait_histogram] Shares of the waits in 5-minute bins, the last (61st) holding 300 minutes
// and more; no value in any bin on a day without a wait.
TEST(MeasurementRules, CurveWaitHistogramBinsTheWaits) {
    const Day d = runDay(scenario(bookings(3, 2, "60min")));  // waits 0, 0, 60
    const std::vector<double>& h = d.result.waitHistogram;
    ASSERT_EQ(h.size(), 61u);
    EXPECT_DOUBLE_EQ(h[0], 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(h[12], 1.0 / 3.0);
    const Day longWait = runDay(scenario("[day]\nopens = \"08:00\"\ncloses = \"14:00\"\n[[categories]]\ncode = \"A\"\n"
                                         "[appointments]\ncount = 1\nfirst_slot = \"08:00\"\nlast_slot_end = \"09:00\"\n"
                                         "[[rooms]]\nname = \"R\"\ndepartments = [\"A\"]\nopens = \"13:10\"\n"
                                         "consultation = \"10min\"\n"));  // waits 310 minutes
    EXPECT_DOUBLE_EQ(longWait.result.waitHistogram[60], 1.0);
    ScenarioSpec noRooms = scenario(bookings(1, 1, "10min"));
    noRooms.rooms.clear();
    for (const double share : runDay(noRooms).result.waitHistogram) EXPECT_FALSE(hasValue(share));
}

// ---------------------------------------------------------------- §19 across replications

// [agg.ci] mean ± t(0.975, n−1)·sd/√n; a single replication gives [mean, mean].
TEST(MeasurementRules, AggCiIsTheStudentTInterval) {
    const ScenarioSpec spec = busyDaySpec();
    Aggregate five(spec), one(spec);
    Tally tally;
    for (std::uint64_t r = 0; r < 5; ++r) {
        const DayResult result = runDay(spec, 8, r).result;
        five.add(result);
        if (r == 0) one.add(result);
        tally.add(result[Metric::WaitMean]);
    }
    const Summary s = five.overall(Metric::WaitMean);
    const double half = 2.7764451051977987 * tally.sd() / std::sqrt(5.0);  // t(0.975, 4)
    EXPECT_EQ(s.n, 5u);
    EXPECT_DOUBLE_EQ(s.mean, tally.mean());
    EXPECT_NEAR(s.ciLow, tally.mean() - half, 1e-9);
    EXPECT_NEAR(s.ciHigh, tally.mean() + half, 1e-9);
    const Summary single = one.overall(Metric::WaitMean);
    EXPECT_EQ(single.ciLow, single.mean);
    EXPECT_EQ(single.ciHigh, single.mean);
    EXPECT_EQ(single.sd, 0.0);
}

// [agg.ci.diff] A difference of shares is clipped to [−1, 1], other differences are not; with no
// pair it has no value.
TEST(MeasurementRules, AggCiDiffClipsSharesToPlusMinusOne) {
    Tally wide;
    for (const double x : {0.95, -0.9, 0.97}) wide.add(x);
    const Summary share = summarizeDifference(wide, metricInfo(Metric::ShareOnSpot));
    EXPECT_EQ(share.ciLow, -1.0);
    EXPECT_EQ(share.ciHigh, 1.0);
    EXPECT_DOUBLE_EQ(share.mean, wide.mean());
    const Summary minutes = summarizeDifference(wide, metricInfo(Metric::WaitMean));
    EXPECT_LT(minutes.ciLow, -1.0);
    EXPECT_GT(minutes.ciHigh, 1.0);
    const Summary none = summarizeDifference(Tally{}, metricInfo(Metric::ShareOnSpot));
    EXPECT_EQ(none.n, 0u);
    EXPECT_FALSE(hasValue(none.mean));
    EXPECT_FALSE(hasValue(none.ciLow));
    EXPECT_FALSE(hasValue(none.ciHigh));
}

// [agg.curves] Queue bins over every replication; wait-histogram bins over the replications that
// had a wait. [agg.little] The Little's-law quantities and the events are summed.
TEST(MeasurementRules, AggCurvesAndLittleSums) {
    const ScenarioSpec spec = scenario(bookings(3, 2, "60min"));
    const DayResult withWait = runDay(spec).result;
    DayResult withoutWait = withWait;
    for (double& share : withoutWait.waitHistogram) share = kNoValue;
    for (double& bin : withoutWait.queueTimeline) bin *= 3.0;
    Aggregate aggregate(spec);
    aggregate.add(withWait);
    aggregate.add(withoutWait);
    const std::size_t busyBin = 8;  // 08:00–08:15: one batch waiting
    ASSERT_DOUBLE_EQ(withWait.queueTimeline[busyBin], 1.0);
    EXPECT_EQ(aggregate.queueTimeline()[busyBin].count(), 2u);
    EXPECT_DOUBLE_EQ(aggregate.queueTimeline()[busyBin].mean(), 2.0);
    EXPECT_EQ(aggregate.waitHistogram()[0].count(), 1u);
    EXPECT_DOUBLE_EQ(aggregate.waitHistogram()[0].mean(), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(aggregate.little().queueArea, 2 * withWait.little.queueArea);
    EXPECT_DOUBLE_EQ(aggregate.little().waitSum, 2 * withWait.little.waitSum);
    EXPECT_DOUBLE_EQ(aggregate.little().windowMinutes, 2 * withWait.little.windowMinutes);
    EXPECT_EQ(aggregate.little().arrivals, 2 * withWait.little.arrivals);
    EXPECT_DOUBLE_EQ(aggregate.little().systemArea, 2 * withWait.little.systemArea);
    EXPECT_DOUBLE_EQ(aggregate.little().sojournSum, 2 * withWait.little.sojournSum);
    EXPECT_EQ(aggregate.events(), 2 * withWait.events);
}

}  // namespace
}  // namespace pujiang
