// Rules of docs/model.md §9–§12, each test named after the rules it checks: triage and routing,
// queue disciplines, rooms and their hours, rebalancing.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "sim/reception/metric_table.h"
#include "tests/model/rule_support.h"

namespace pujiang {
namespace {

using namespace rules;

// A day from 08:00 with `count` appointments at 08:00 (one slot), category A unless said otherwise.
std::string dayWithBookings(int count, const std::string& rest, const std::string& closes = "12:00") {
    return "[day]\nopens = \"08:00\"\ncloses = \"" + closes +
           "\"\nclosing_rule = \"finish_current\"\n"
           "[[categories]]\ncode = \"A\"\n[[categories]]\ncode = \"B\"\nshare = 1e-9\n"
           "[appointments]\ncount = " +
           std::to_string(count) +
           "\nper_slot = " + std::to_string(count) +
           "\nfirst_slot = \"08:00\"\nlast_slot_end = \"09:00\"\n" + rest;
}

// A room whose consultation is a plain duration ("30min").
std::string room(const std::string& name, const std::string& departments, int tables, const std::string& consultation,
                 const std::string& extra = "") {
    return roomToml(name, departments, tables, "\"" + consultation + "\"", extra);
}

std::vector<std::int64_t> roomsOf(const TraceLog& log, TraceKind kind) {
    std::vector<std::int64_t> rooms;
    for (const Record& r : log.of(kind)) rooms.push_back(r.room);
    return rooms;
}

// ---------------------------------------------------------------- §9 triage and routing

// [route.free_table] A free table at a covering room: the most free tables, ties to the lowest index.
TEST(RoomRules, RouteFreeTableMostFreeTablesThenLowestIndex) {
    const Day d = runDay(scenario(dayWithBookings(3, room("one", "[\"A\"]", 1, "60min") + room("two", "[\"A\"]", 2, "60min"))));
    // Two free at "two" beat one at "one"; then 1 and 1: "one"; then "two" again.
    EXPECT_EQ(roomsOf(d.log, TraceKind::ConsultationStart), (std::vector<std::int64_t>{1, 0, 1}));
}

// [route.wait_for_match] [route.queue] Under wait_for_match an A batch queues at the busy A room
// although the B room is idle; [rebalance.take] the B room, not eligible, does not take it.
TEST(RoomRules, RouteWaitForMatchQueuesAtACoveringRoomOnly) {
    const Day d = runDay(scenario(dayWithBookings(2, room("A room", "[\"A\"]", 1, "30min") + room("B room", "[\"B\"]", 1, "30min"))));
    EXPECT_EQ(roomsOf(d.log, TraceKind::ConsultationStart), (std::vector<std::int64_t>{0, 0}));
    EXPECT_DOUBLE_EQ(d.result[Metric::LastDeparture], at(9));
}

// [route.any_free_room] [consult.unmatched] Under any_free_room the second A batch takes the idle B
// room at once, unmatched: 1.5 × 30 minutes.
TEST(RoomRules, RouteAnyFreeRoomTakesAnyFreeTableUnmatched) {
    const Day d = runDay(scenario(dayWithBookings(2, "[triage]\nrouting = \"any_free_room\"\n" + room("A room", "[\"A\"]", 1, "30min") +
                                                         room("B room", "[\"B\"]", 1, "30min"))));
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_EQ(starts[0].room, 0);
    EXPECT_EQ(starts[0].detail.find("unmatched"), std::string::npos);
    EXPECT_EQ(starts[1].room, 1);
    EXPECT_NE(starts[1].detail.find("unmatched"), std::string::npos);
    EXPECT_DOUBLE_EQ(d.result[Metric::LastDeparture], at(8, 45));
}

// [route.queue.closed_by_hand] Every room the batch may wait for is closed by hand: it queues at
// the least-loaded of them (the lowest index on a tie), in case one reopens.
TEST(RoomRules, RouteQueueClosedByHandStillQueuesAtOneOfThem) {
    const ScenarioSpec spec = scenario(dayWithBookings(1, room("one", "[\"A\"]", 1, "30min", "opens = \"07:00\"\n") +
                                                              room("two", "[\"A\"]", 1, "30min", "opens = \"07:00\"\n")));
    TraceLog log;
    ReceptionDay day(spec, 1, 0, &log);
    day.runUntil(at(7, 30));
    day.apply(Intervention{InterventionKind::CloseRoom, 0});
    day.apply(Intervention{InterventionKind::CloseRoom, 1});
    day.runToEnd();
    EXPECT_EQ(roomsOf(log, TraceKind::Queue), (std::vector<std::int64_t>{0}));
    EXPECT_EQ(log.count(TraceKind::ConsultationStart), 0u);
    EXPECT_DOUBLE_EQ(day.result()[Metric::UnservedAtClose], 1.0);
}

// [triage.no_rooms] [leave.unserved] Without rooms every batch is turned away at triage.
TEST(RoomRules, TriageNoRoomsTurnsEveryoneAway) {
    ScenarioSpec spec = scenario(dayWithBookings(3, room("R", "[\"A\"]", 1, "30min")));
    spec.rooms.clear();
    const Day d = runDay(spec);
    EXPECT_EQ(d.log.count(TraceKind::Unserved), 3u);
    for (const Record& r : d.log.of(TraceKind::Unserved)) EXPECT_DOUBLE_EQ(r.time, at(8));
    EXPECT_DOUBLE_EQ(d.result[Metric::UnservedAtClose], 3.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::BatchesReceived], 0.0);
}

// [triage.top.only_room] The top leader's room alone receives everybody, matched, whatever the
// selection says and its cap.
TEST(RoomRules, TriageTopOnlyRoomReceivesEveryoneMatched) {
    const Day d = runDay(scenario(dayWithBookings(
        4, room("top", "[]", 2, "20min", "top_leader = true\n[rooms.selection]\nprobability = 0\nmax_batches = 1\n"))));
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 4u);
    for (const Record& s : starts) EXPECT_EQ(s.detail.find("unmatched"), std::string::npos);
    EXPECT_DOUBLE_EQ(d.result[Metric::TopLeaderBatches], 4.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::LastDeparture], at(8, 40));  // 20 minutes each: matched
}

// [triage.top.qualify] [triage.top.select] Each way of qualifying for the top leader's room, alone.
TEST(RoomRules, TriageTopQualifyEachCriterionAlone) {
    // `everyCategory` is added to both categories, `extra` after them.
    const auto topShare = [](const std::string& selection, const std::string& extra,
                             const std::string& everyCategory = "") {
        const std::string toml = "[day]\nopens = \"08:00\"\ncloses = \"12:00\"\n"
                                 "[[categories]]\ncode = \"A\"\n" + everyCategory +
                                 "[[categories]]\ncode = \"B\"\npolicy_scope = true\n" + everyCategory + extra +
                                 "[appointments]\ncount = 40\nfirst_slot = \"08:00\"\nlast_slot_end = \"10:00\"\n" +
                                 room("top", "[]", 40, "10min", "top_leader = true\n[rooms.selection]\n" + selection) +
                                 room("R", "[\"*\"]", 40, "10min");
        const Day d = runDay(scenario(toml), 3);
        return d.result[Metric::TopLeaderBatches];
    };
    const std::string none = "categories = []\npolicy_scope = false\ncollective = false\nmin_group_size = 0\n";
    EXPECT_EQ(topShare(none, ""), 0.0);
    // By category: about half the batches are A.
    const double byCategory = topShare("categories = [\"A\"]\npolicy_scope = false\ncollective = false\n", "");
    EXPECT_GT(byCategory, 5.0);
    EXPECT_LT(byCategory, 35.0);
    // By policy scope: the B half, the complement of the A half.
    EXPECT_EQ(topShare("categories = []\npolicy_scope = true\ncollective = false\n", ""), 40.0 - byCategory);
    // By group size: everybody when every group has 3, nobody when the threshold is 4.
    EXPECT_EQ(topShare(none.substr(0, none.rfind("min_group_size")) + "min_group_size = 3\n", "[batches]\ngroup_size = 3\n"),
              40.0);
    EXPECT_EQ(topShare(none.substr(0, none.rfind("min_group_size")) + "min_group_size = 4\n", "[batches]\ngroup_size = 3\n"),
              0.0);
    // By collective visit: everybody when every batch comes as one, nobody without the criterion.
    EXPECT_EQ(topShare("categories = []\npolicy_scope = false\ncollective = true\n", "", "collective_prone = 1\n"), 40.0);
    EXPECT_EQ(topShare(none, "", "collective_prone = 1\n"), 0.0);
    // The cap counts selections.
    EXPECT_EQ(topShare("categories = [\"A\", \"B\"]\nmax_batches = 7\n", ""), 7.0);
}

// ---------------------------------------------------------------- §10 queue disciplines

// A room that opens at 09:00, one table, and walk-ins queueing for it from 07:00.
std::string queueDay(const std::string& discipline, const std::string& extra = "") {
    return "[day]\nopens = \"07:00\"\ncloses = \"16:00\"\n[[categories]]\ncode = \"A\"\n" + extra +
           "[walk_ins]\nuntil = \"08:55\"\n[[walk_ins.profile]]\nfrom = \"07:00\"\nper_hour = 12\n" +
           room("R", "[\"A\"]", 1, "5min", "opens = \"09:00\"\ndiscipline = \"" + discipline + "\"\n");
}

// [queue.line] [queue.fifo] FIFO serves in the order of joining the line; with registration
// desks that order is not the order of arrival.
TEST(RoomRules, QueueFifoIsTheOrderOfJoiningTheLine) {
    bool differs = false;
    for (std::uint64_t rep = 0; rep < 10; ++rep) {
        const Day d = runDay(scenario(queueDay("fifo", "[registration]\ndesks = 3\nservice = { dist = \"exponential\", "
                                                       "mean = \"15min\" }\n")),
                             1, rep);
        std::vector<std::int64_t> joined, served, arrived;
        for (const Record& r : d.log.of(TraceKind::Queue)) joined.push_back(r.batch);
        for (const Record& r : d.log.of(TraceKind::ConsultationStart)) served.push_back(r.batch);
        for (const Record& r : d.log.of(TraceKind::Arrive)) arrived.push_back(r.batch);
        ASSERT_GT(served.size(), 10u);
        EXPECT_EQ(served, std::vector<std::int64_t>(joined.begin(), joined.begin() + static_cast<long>(served.size())));
        differs = differs || joined != arrived;
    }
    EXPECT_TRUE(differs) << "registration should reorder some line";
}

// [queue.appointments_first] Due appointments first (by slot start), then everyone by arrival:
// the booking of the 09:00 slot, come at 07:30, is received first; the 10:00 booking, come at
// 08:30, waits behind earlier walk-ins until its slot has begun.
TEST(RoomRules, QueueAppointmentsFirstServesDueAppointmentsFirst) {
    const std::string toml = queueDay("appointments_first",
                                      "[appointments]\ncount = 2\nper_slot = 1\nfirst_slot = \"09:00\"\n"
                                      "last_slot_end = \"11:00\"\noffset = \"-90min\"\n");
    for (std::uint64_t rep = 0; rep < 5; ++rep) {
        const Day d = runDay(scenario(toml), 2, rep);
        std::vector<std::int64_t> bookings;
        for (const Record& r : d.log.of(TraceKind::Arrive))
            if (r.detail.find("appointment") != std::string::npos) bookings.push_back(r.batch);
        ASSERT_EQ(bookings.size(), 2u);
        const auto starts = d.log.of(TraceKind::ConsultationStart);
        ASSERT_GT(starts.size(), 10u);
        EXPECT_EQ(starts[0].batch, bookings[0]);
        EXPECT_DOUBLE_EQ(starts[0].time, at(9));
        std::int64_t lastWalkIn = -1;
        for (const Record& s : starts) {
            if (s.batch == bookings[0]) continue;
            if (s.batch == bookings[1]) {
                // Seated at the first consultation start at or after 10:00 (it waits until then).
                EXPECT_GE(s.time, at(10));
                EXPECT_LT(s.time, at(10, 5));
                continue;
            }
            EXPECT_GT(s.batch, lastWalkIn) << "walk-ins by arrival";
            lastWalkIn = s.batch;
        }
    }
}

// [queue.sef] Shortest expected first: at the room, by expected consultation (here 5 min × the
// batch's complexity, so the actual duration): those waiting at the opening are received in
// increasing order of their durations.
TEST(RoomRules, QueueSefReceivesTheShortestExpectedFirst) {
    const Day d = runDay(scenario(queueDay("shortest_expected_first",
                                           "[batches]\ncomplexity = { dist = \"uniform\", low = 0.5, high = 3 }\n")),
                         4);
    std::vector<double> durations;
    for (const Record& s : d.log.of(TraceKind::ConsultationStart)) {
        const auto end = d.log.first(TraceKind::ConsultationEnd, s.batch);
        ASSERT_TRUE(end);
        durations.push_back(end->time - s.time);
    }
    ASSERT_GT(durations.size(), 8u);
    // Everyone arrived before 09:00, so the whole day is one sorted run.
    EXPECT_TRUE(std::is_sorted(durations.begin(), durations.end()));
}

// [queue.sef] At the registration desks (no room known yet) the key is the complexity.
TEST(RoomRules, QueueSefAtRegistrationByComplexity) {
    const std::string toml = "[day]\nopens = \"08:00\"\ncloses = \"16:00\"\n[[categories]]\ncode = \"A\"\n"
                             "[batches]\ncomplexity = { dist = \"uniform\", low = 0.5, high = 3 }\n"
                             "[registration]\ndesks = 1\nservice = \"1min\"\ndiscipline = \"shortest_expected_first\"\n"
                             "[walk_ins]\nuntil = \"07:55\"\n[[walk_ins.profile]]\nfrom = \"07:00\"\nper_hour = 12\n" +
                             room("R", "[\"A\"]", 50, "10min");
    const Day d = runDay(scenario(toml), 5);
    std::vector<double> complexities;  // 10 min × complexity
    for (const Record& r : d.log.of(TraceKind::RegistrationStart)) {
        const auto s = d.log.first(TraceKind::ConsultationStart, r.batch);
        const auto e = d.log.first(TraceKind::ConsultationEnd, r.batch);
        ASSERT_TRUE(s && e);
        complexities.push_back(e->time - s->time);
    }
    ASSERT_GT(complexities.size(), 5u);
    EXPECT_TRUE(std::is_sorted(complexities.begin(), complexities.end()));
}

// [queue.lawyer] Lawyers go to the batches waiting for one in the order they were seated.
TEST(RoomRules, QueueLawyerFirstSeatedFirstServed) {
    const std::string toml = "[day]\nopens = \"08:00\"\ncloses = \"12:00\"\n[[categories]]\ncode = \"L\"\nlaw_related = 1\n"
                             "[appointments]\ncount = 3\nper_slot = 1\nslot_length = \"1min\"\nfirst_slot = \"08:00\"\n"
                             "last_slot_end = \"08:03\"\n[lawyers]\ncount = 1\nmax_wait = \"2h\"\n" +
                             room("R", "[\"*\"]", 3, "20min");
    const Day d = runDay(scenario(toml));
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 3u);
    EXPECT_EQ(starts[0].batch, 0);
    EXPECT_DOUBLE_EQ(starts[0].time, at(8));
    EXPECT_EQ(starts[1].batch, 1);
    EXPECT_DOUBLE_EQ(starts[1].time, at(8, 20));
    EXPECT_EQ(starts[2].batch, 2);
    EXPECT_DOUBLE_EQ(starts[2].time, at(8, 40));
}

// ---------------------------------------------------------------- §11 rooms

// [room.tables] A room receives at most `tables` batches at once, and uses them all.
TEST(RoomRules, RoomTablesBoundTheConsultationsAtOnce) {
    const Day d = runDay(scenario(dayWithBookings(7, room("R", "[\"A\"]", 3, "30min"))));
    std::vector<std::pair<double, int>> changes;
    for (const Record& r : d.log.of(TraceKind::ConsultationStart)) changes.push_back({r.time, +1});
    for (const Record& r : d.log.of(TraceKind::ConsultationEnd)) changes.push_back({r.time, -1});
    std::sort(changes.begin(), changes.end());  // ends (-1) before starts at one instant
    int busy = 0, most = 0;
    for (const auto& [time, step] : changes) most = std::max(most, busy += step);
    EXPECT_EQ(most, 3);
    EXPECT_DOUBLE_EQ(d.result[Metric::LastDeparture], at(9, 30));
}

// [room.open] Before its opening a room seats nobody, but batches queue at it.
TEST(RoomRules, RoomOpenBatchesQueueBeforeTheOpening) {
    const Day d = runDay(scenario(dayWithBookings(1, room("R", "[\"A\"]", 1, "30min", "opens = \"09:00\"\n"))));
    const auto queued = d.log.of(TraceKind::Queue);
    ASSERT_EQ(queued.size(), 1u);
    EXPECT_DOUBLE_EQ(queued[0].time, at(8));
    EXPECT_DOUBLE_EQ(d.log.of(TraceKind::ConsultationStart).at(0).time, at(9));
    EXPECT_DOUBLE_EQ(d.result[Metric::WaitMean], 60.0);
}

// [room.close] [close.finish_current] [close.serve_all_present] At its closing a room stops
// seating, except under serve_all_present when it closes with the day; a room closing earlier
// stops under every rule.
TEST(RoomRules, RoomCloseStopsSeatingExceptServeAllPresentAtTheDaysClose) {
    const auto secondBatch = [](const std::string& rule, const std::string& roomCloses) {
        const std::string toml = "[day]\nopens = \"08:00\"\ncloses = \"10:00\"\nclosing_rule = \"" + rule +
                                 "\"\n[[categories]]\ncode = \"A\"\n"
                                 "[appointments]\ncount = 2\nper_slot = 1\nslot_length = \"10min\"\nfirst_slot = \"09:40\"\n"
                                 "last_slot_end = \"10:00\"\n" +
                                 room("R", "[\"A\"]", 1, "30min", "closes = \"" + roomCloses + "\"\n");
        const Day d = runDay(scenario(toml));
        return std::make_pair(d.log.first(TraceKind::ConsultationStart, 1), d.log.first(TraceKind::Unserved, 1));
    };
    // The first is received 09:40–10:10; the second, come at 09:50, waits.
    auto [start, unserved] = secondBatch("finish_current", "10:00");
    EXPECT_FALSE(start);
    ASSERT_TRUE(unserved);
    EXPECT_DOUBLE_EQ(unserved->time, at(10));  // sent home at the day close
    std::tie(start, unserved) = secondBatch("serve_all_present", "10:00");
    ASSERT_TRUE(start);
    EXPECT_DOUBLE_EQ(start->time, at(10, 10));
    std::tie(start, unserved) = secondBatch("serve_all_present", "09:55");
    EXPECT_FALSE(start);
    ASSERT_TRUE(unserved);  // a leftover when nothing more can happen
    EXPECT_DOUBLE_EQ(unserved->time, at(10, 10));
}

// [room.early_close] [rebalance.take] A room that closes early keeps its line, which another room
// may take: the third batch waits at A (closing 09:00) and B takes it when free at 09:40.
TEST(RoomRules, RoomEarlyCloseKeepsItsLineForOtherRoomsToTake) {
    const Day d = runDay(scenario(dayWithBookings(3, room("A", "[\"A\"]", 1, "70min", "closes = \"09:00\"\n") +
                                                         room("B", "[\"A\"]", 1, "100min"))));
    const auto queued = d.log.first(TraceKind::Queue, 2);
    ASSERT_TRUE(queued);
    EXPECT_EQ(queued->room, 0);
    const auto start = d.log.first(TraceKind::ConsultationStart, 2);
    ASSERT_TRUE(start);
    EXPECT_EQ(start->room, 1);
    EXPECT_DOUBLE_EQ(start->time, at(9, 40));
}

// [room.break] No seating during a break; at its end the room is filled.
TEST(RoomRules, RoomBreakSeatsNobodyDuringTheBreak) {
    const Day d = runDay(scenario(dayWithBookings(2, room("R", "[\"A\"]", 1, "30min", "breaks = [\"08:20-09:00\"]\n"))));
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_DOUBLE_EQ(starts[0].time, at(8));
    EXPECT_DOUBLE_EQ(starts[1].time, at(9));  // not 08:30, inside the break
}

// ---------------------------------------------------------------- §12 rebalancing

// [rebalance.take] [rebalance.off] The quick room B takes the third batch from A's line when it is
// free at 08:10; without rebalancing the batch waits for A until 09:00.
TEST(RoomRules, RebalanceOffKeepsEachRoomToItsOwnLine) {
    const std::string rooms = room("A", "[\"A\"]", 1, "60min") + room("B", "[\"A\"]", 1, "10min");
    const Day on = runDay(scenario(dayWithBookings(3, rooms)));
    const Day off = runDay(scenario(dayWithBookings(3, "[triage]\nrebalance = false\n" + rooms)));
    for (const Day* d : {&on, &off}) EXPECT_EQ(d->log.first(TraceKind::Queue, 2)->room, 0);
    EXPECT_EQ(on.log.first(TraceKind::ConsultationStart, 2)->room, 1);
    EXPECT_DOUBLE_EQ(on.log.first(TraceKind::ConsultationStart, 2)->time, at(8, 10));
    EXPECT_EQ(off.log.first(TraceKind::ConsultationStart, 2)->room, 0);
    EXPECT_DOUBLE_EQ(off.log.first(TraceKind::ConsultationStart, 2)->time, at(9));
}

// [rebalance.limits] Bound batches are never taken by another room, and the top leader's room never
// takes from other lines.
TEST(RoomRules, RebalanceLimitsBoundBatchesAndTheTopLeadersRoom) {
    const std::string rooms = room("A", "[\"A\"]", 1, "60min") + room("B", "[\"A\"]", 1, "10min");
    const Day bound = runDay(scenario(dayWithBookings(4, "bind_room = true\n" + rooms)));
    // Bound A, B, A, B: the third waits for A although B is free from 08:10.
    EXPECT_EQ(bound.log.first(TraceKind::ConsultationStart, 2)->room, 0);
    EXPECT_DOUBLE_EQ(bound.log.first(TraceKind::ConsultationStart, 2)->time, at(9));

    const Day top = runDay(scenario(dayWithBookings(
        2, room("A", "[\"A\"]", 1, "60min") +
               room("top", "[\"A\"]", 3, "10min", "top_leader = true\n[rooms.selection]\nprobability = 0\n"))));
    EXPECT_EQ(top.log.first(TraceKind::ConsultationStart, 1)->room, 0);
    EXPECT_DOUBLE_EQ(top.log.first(TraceKind::ConsultationStart, 1)->time, at(9));
}

}  // namespace
}  // namespace pujiang
