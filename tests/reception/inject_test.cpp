// Injects (an exercise's events: a batch arrives, a leader is called away, rain, a lawyer absent,
// the media) and coordinator interventions (send a batch to a leader, redirect a category, call a
// department head): what each does, when it is refused, and that a day with all of them replays
// exactly and leaves every other batch's random numbers where they were.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "sim/core/localized_error.h"
#include "sim/reception/reception_day.h"
#include "sim/reception/spec_builders.h"
#include "tests/reception/intervention_support.h"
#include "tests/reception/trace_hash.h"
#include "tests/support/same_values.h"

namespace pujiang {
namespace {

using testing::applyNow;
using testing::make;
using testing::TraceHash;
using Why = std::optional<std::string_view>;


Intervention arrival(std::uint16_t category, std::uint32_t persons, bool collective = false, bool urgent = false,
                     bool longStanding = false) {
    Intervention i = make(InterventionKind::Arrive);
    i.category = category;
    i.persons = persons;
    i.collective = collective;
    i.urgent = urgent;
    i.longStanding = longStanding;
    return i;
}

Intervention walkInFactor(double factor) {
    Intervention i = make(InterventionKind::WalkInFactor);
    i.factor = factor;
    return i;
}

Intervention sendLeader(std::int64_t batch, std::uint32_t room) {
    Intervention i = make(InterventionKind::SendLeader, room);
    i.batch = batch;
    return i;
}

Intervention redirect(std::uint16_t category, std::uint32_t room) {
    Intervention i = make(InterventionKind::Redirect, room);
    i.category = category;
    return i;
}


// Every record, kept as values.
struct Record {
    double time;
    TraceKind kind;
    std::int64_t batch, room;
    std::string detail;
};
struct Records : TraceSink {
    std::vector<Record> all;
    void record(const TraceRecord& r) override { all.push_back({r.time, r.kind, r.batch, r.room, std::string(r.detail)}); }
    std::vector<Record> of(TraceKind kind) const {
        std::vector<Record> out;
        for (const Record& r : all)
            if (r.kind == kind) out.push_back(r);
        return out;
    }
    // Category code of each batch, by serial, from its arrival record.
    std::map<std::int64_t, std::string> categories() const {
        std::map<std::int64_t, std::string> out;
        for (const Record& r : of(TraceKind::Arrive)) out[r.batch] = r.detail.substr(0, r.detail.find(' '));
        return out;
    }
};

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// [intervene.arrive] [batch.group]
TEST(Inject, AnArriveBringsExactlyOneBatchWithThePersonsGiven) {
    const ScenarioSpec spec = busyDaySpec();
    ReceptionDay plain(spec, 3, 0);
    plain.runToEnd();
    Records seen;
    ReceptionDay day(spec, 3, 0, &seen);
    day.runUntil(10 * 60);
    applyNow(day, arrival(2, 8, true, true, true));
    std::size_t injected = 0;
    for (const Batch& b : day.batches()) {
        if (b.state == BatchState::Free || !b.injected) continue;
        ++injected;
        EXPECT_EQ(b.category, 2);
        EXPECT_EQ(b.groupSize, 5) << "a collective visit is received through at most five representatives";
        EXPECT_EQ(b.companions, 3) << "the rest wait on site";
        EXPECT_TRUE(b.collective && b.urgent && b.longStanding && b.repeat);
        EXPECT_EQ(b.source, ArrivalSource::WalkIn);
        EXPECT_EQ(b.priorityClass, 0) << "urgent is the first of busy-day's priority classes";
    }
    EXPECT_EQ(injected, 1u);
    const std::vector<Record> arrivals = seen.of(TraceKind::Arrive);
    ASSERT_FALSE(arrivals.empty());
    EXPECT_EQ(arrivals.back().time, 10 * 60);
    EXPECT_TRUE(contains(arrivals.back().detail, "DEMOL group=5 companions=3")) << arrivals.back().detail;
    EXPECT_TRUE(contains(arrivals.back().detail, " inject")) << arrivals.back().detail;
    day.runToEnd();
    EXPECT_EQ(day.result()[Metric::BatchesArrived], plain.result()[Metric::BatchesArrived] + 1.0);
}

// [intervene.arrive] [intervene.allowed]
TEST(Inject, AnArriveNeedsACategoryAndPersons) {
    const ScenarioSpec spec = busyDaySpec();
    ReceptionDay day(spec, 3, 0);
    day.runUntil(9 * 60);
    EXPECT_EQ(day.whyNot(arrival(static_cast<std::uint16_t>(spec.categories.size()), 2)), Why("no_category"));
    EXPECT_EQ(day.whyNot(arrival(0, 0)), Why("no_persons"));
    EXPECT_EQ(day.whyNot(arrival(0, 1)), std::nullopt);
    day.runToEnd();
    EXPECT_EQ(day.whyNot(arrival(0, 1)), Why("day_over"));
}

// [rng.batch.key] [intervene.arrive] Common random numbers: an injected batch has a key of its own,
// so every other batch arrives at the same time with the same attributes.
TEST(Inject, AnArriveMovesNoOtherBatchsDraws) {
    const ScenarioSpec spec = busyDaySpec();
    Records plain, injected;
    ReceptionDay a(spec, 5, 0, &plain);
    a.runToEnd();
    ReceptionDay b(spec, 5, 0, &injected);
    b.runUntil(9 * 60 + 10);
    applyNow(b, arrival(1, 3));
    b.runUntil(11 * 60);
    applyNow(b, arrival(4, 1, false, true));
    b.runToEnd();
    std::vector<Record> others;
    for (const Record& r : injected.of(TraceKind::Arrive))
        if (!contains(r.detail, " inject")) others.push_back(r);
    const std::vector<Record> original = plain.of(TraceKind::Arrive);
    ASSERT_EQ(others.size(), original.size());
    for (std::size_t k = 0; k < original.size(); ++k) {
        EXPECT_EQ(others[k].time, original[k].time) << k;
        EXPECT_EQ(others[k].detail, original[k].detail) << k;  // category, group, companions, class
    }
}

// [intervene.leader_away] [room.accepting]
TEST(Inject, ALeaderCalledAwaySeatsNobodyUntilBack) {
    const ScenarioSpec spec = busyDaySpec();
    Records seen;
    ReceptionDay day(spec, 3, 0, &seen);
    day.runUntil(10 * 60);
    const std::uint32_t room = 1;
    const int busyBefore = day.roomView(room).busyTables;
    applyNow(day, make(InterventionKind::LeaderAway, room, 45.0));
    EXPECT_FALSE(day.roomView(room).accepting);
    EXPECT_EQ(day.roomView(room).phase, ReceptionDay::RoomPhase::OnBreak);
    EXPECT_EQ(day.roomView(room).busyTables, busyBefore) << "consultations in progress go on";
    EXPECT_EQ(day.roomView(room).awayUntil, 10 * 60 + 45.0);
    day.runUntil(10 * 60 + 44.9);
    EXPECT_FALSE(day.roomView(room).accepting);
    day.runUntil(10 * 60 + 45.0);
    EXPECT_TRUE(day.roomView(room).accepting);
    day.runToEnd();
    std::size_t during = 0, after = 0;
    for (const Record& r : seen.of(TraceKind::ConsultationStart)) {
        if (r.room != room) continue;
        if (r.time >= 10 * 60 && r.time < 10 * 60 + 45.0) ++during;
        if (r.time >= 10 * 60 + 45.0 && r.time < 12 * 60) ++after;
    }
    EXPECT_EQ(during, 0u);
    EXPECT_GT(after, 0u) << "the room receives again when the leader is back";
    EXPECT_EQ(ReceptionDay(spec, 3, 0).whyNot(make(InterventionKind::LeaderAway, room, 0.0)), Why("no_minutes"));
    EXPECT_EQ(ReceptionDay(spec, 3, 0).whyNot(make(InterventionKind::LeaderAway, 99, 10.0)), Why("no_room"));
}

// [intervene.walk_in_factor] [arrive.walkin.poisson]
TEST(Inject, AWalkInFactorKeepsThatShareWithoutMovingTheWalkInStream) {
    ScenarioSpec spec = busyDaySpec();
    spec.walkIns.profile = {{7.5 * 60, 120.0}};  // about a thousand walk-ins
    Records plain, rain;
    ReceptionDay a(spec, 9, 0, &plain);
    a.runToEnd();
    ReceptionDay b(spec, 9, 0, &rain);
    applyNow(b, walkInFactor(0.5));
    EXPECT_EQ(b.walkInFactor(), 0.5);
    b.runToEnd();
    auto walkIns = [](const Records& r) {
        std::vector<Record> out;
        for (const Record& x : r.of(TraceKind::Arrive))
            if (!contains(x.detail, "appointment")) out.push_back(x);
        return out;
    };
    std::vector<double> generated;
    for (const Record& r : rain.of(TraceKind::NoShow))
        if (contains(r.detail, "walk-in")) generated.push_back(r.time);
    const std::vector<Record> kept = walkIns(rain), all = walkIns(plain);
    for (const Record& r : kept) generated.push_back(r.time);
    std::sort(generated.begin(), generated.end());
    ASSERT_EQ(generated.size(), all.size()) << "the same walk-ins are generated";
    for (std::size_t k = 0; k < all.size(); ++k) EXPECT_EQ(generated[k], all[k].time) << k;
    // Binomial(n, 0.5): kept within 3.3 standard deviations (two-sided 99.9 %).
    const double n = static_cast<double>(all.size());
    ASSERT_GT(n, 500.0);
    EXPECT_LE(std::abs(static_cast<double>(kept.size()) - 0.5 * n), 3.3 * std::sqrt(n * 0.25))
        << kept.size() << " of " << n;
    // Those kept are the very batches of the plain day (same attributes).
    std::map<double, std::string> plainByTime;
    for (const Record& r : all) plainByTime[r.time] = r.detail;
    for (const Record& r : kept) EXPECT_EQ(plainByTime[r.time], r.detail);

    ReceptionDay c(spec, 9, 0);
    EXPECT_EQ(c.whyNot(walkInFactor(0.0)), Why("no_factor"));
    EXPECT_EQ(c.whyNot(walkInFactor(1.5)), Why("no_factor"));
    EXPECT_EQ(c.whyNot(walkInFactor(1.0)), std::nullopt);
}

// [intervene.walk_in_factor] A later factor replaces the earlier one; back at 1 everyone comes.
TEST(Inject, ALaterWalkInFactorReplacesTheEarlier) {
    ScenarioSpec spec = busyDaySpec();
    spec.walkIns.profile = {{7.5 * 60, 120.0}};
    Records seen;
    ReceptionDay day(spec, 9, 0, &seen);
    applyNow(day, walkInFactor(0.2));
    day.runUntil(12 * 60);
    applyNow(day, walkInFactor(1.0));
    day.runToEnd();
    for (const Record& r : seen.of(TraceKind::NoShow))
        if (contains(r.detail, "walk-in")) {
            EXPECT_LT(r.time, 12 * 60);
        }
}

// [intervene.lawyer_absent] [lawyer.on_duty]
TEST(Inject, AnAbsentLawyerShrinksThePool) {
    ScenarioSpec spec = busyDaySpec();
    spec.lawyers.count = 2;
    ReceptionDay day(spec, 5, 0);
    day.runUntil(9 * 60);
    ASSERT_EQ(day.poolLawyers(), 2);
    applyNow(day, make(InterventionKind::LawyerAbsent));
    EXPECT_EQ(day.poolLawyers(), 1);
    EXPECT_EQ(day.lawyersOnDuty(), 1);
    EXPECT_LE(day.freeLawyers(), 1);
    applyNow(day, make(InterventionKind::LawyerAbsent));
    EXPECT_EQ(day.poolLawyers(), 0);
    EXPECT_EQ(day.whyNot(make(InterventionKind::LawyerAbsent)), Why("no_lawyer"));
    EXPECT_EQ(day.waitingForLawyer(), 0u) << "with nobody left, nobody waits for a lawyer";
    day.runToEnd();
    EXPECT_EQ(day.freeLawyers(), 0) << "a lawyer who was sitting in left after the consultation";
    EXPECT_LE(day.result()[Metric::LawyerUtilization], 1.0);
}

// [intervene.lawyer_absent] A busy lawyer leaves when the consultation ends.
TEST(Inject, ABusyAbsentLawyerLeavesAfterTheConsultation) {
    ScenarioSpec spec = busyDaySpec();
    for (CategorySpec& c : spec.categories) c.lawRelatedProbability = 1.0;
    ReceptionDay day(spec, 5, 0);
    day.runUntil(9 * 60);
    while (day.freeLawyers() > 0 && day.step()) {
    }
    ASSERT_EQ(day.freeLawyers(), 0);
    applyNow(day, make(InterventionKind::LawyerAbsent));
    EXPECT_EQ(day.lawyersOnDuty(), 0);
    while (day.step()) EXPECT_EQ(day.freeLawyers(), 0) << "at " << day.now();
    EXPECT_LE(day.result()[Metric::LawyerUtilization], 1.0);
}

// [intervene.media] Recorded, and nothing else changes.
TEST(Inject, MediaAtTheDoorAreRecordedAndChangeNothing) {
    const ScenarioSpec spec = busyDaySpec();
    struct WithoutInterventions : TraceSink {
        TraceHash hash;
        void record(const TraceRecord& r) override {
            if (r.kind != TraceKind::Intervention) hash.record(r);
        }
    } plain, media;
    ReceptionDay a(spec, 4, 0, &plain);
    a.runToEnd();
    ReceptionDay b(spec, 4, 0, &media);
    b.runUntil(10 * 60);
    EXPECT_EQ(b.whyNot(make(InterventionKind::Media, kWholeDay, 0.0)), Why("no_minutes"));
    applyNow(b, make(InterventionKind::Media, kWholeDay, 30.0));
    ASSERT_EQ(b.mediaWindows().size(), 1u);
    EXPECT_EQ(b.mediaWindows()[0].from, 10 * 60);
    EXPECT_EQ(b.mediaWindows()[0].to, 10 * 60 + 30.0);
    b.runToEnd();
    EXPECT_EQ(media.hash.hash, plain.hash.hash);
    EXPECT_TRUE(testing::sameValues(a.result().overall, b.result().overall));
}

// [intervene.send_leader] [room.fill]
TEST(Coordinator, ABatchSentToALeaderIsTheNextSeatedThere) {
    const ScenarioSpec spec = busyDaySpec();
    int jumped = 0;  // days where the batch jumped a line (else it was taken at once at a free table)
    for (const std::uint64_t seed : {3u, 4u, 5u, 6u}) {
        Records seen;
        ReceptionDay day(spec, seed, 0, &seen);
        day.runUntil(10 * 60 + 30);
        // The last in the longest line of an ordinary room, sent to another ordinary room.
        std::uint32_t from = 1;
        for (std::uint32_t r = 1; r < spec.rooms.size(); ++r)
            if (day.roomView(r).waiting > day.roomView(from).waiting) from = r;
        ASSERT_GT(day.roomView(from).waiting, 1u);
        std::int64_t serial = -1;
        for (const Batch& b : day.batches())
            if (b.state == BatchState::WaitingRoom && b.targetRoom == from)
                serial = std::max(serial, static_cast<std::int64_t>(b.serial));
        std::uint32_t to = from == 1 ? 2 : 1;
        for (std::uint32_t r = 1; r < spec.rooms.size(); ++r)
            if (r != from && day.roomView(r).waiting > day.roomView(to).waiting) to = r;
        if (day.roomView(to).waiting > 0) ++jumped;
        const std::size_t before = seen.all.size();
        applyNow(day, sendLeader(serial, to));
        // The next seating at `to`: a consultation start or a wait at the table for a lawyer.
        std::int64_t next = -1;
        std::size_t k = before;
        while (next < 0) {
            if (k == seen.all.size()) {
                if (!day.step()) break;
                continue;
            }
            const Record& r = seen.all[k++];
            if (r.room == static_cast<std::int64_t>(to) &&
                (r.kind == TraceKind::ConsultationStart || r.kind == TraceKind::LawyerWait))
                next = r.batch;
        }
        EXPECT_EQ(next, serial) << "seed " << seed;
        EXPECT_EQ(day.whyNot(sendLeader(serial, to)), Why("not_waiting"));
        EXPECT_EQ(day.whyNot(sendLeader(1000000, to)), Why("not_waiting"));
        EXPECT_EQ(day.whyNot(sendLeader(serial, 99)), Why("no_room"));
    }
    EXPECT_GT(jumped, 0);
}

// [intervene.redirect] [route.queue]
TEST(Coordinator, ARedirectedCategoryGoesToItsRoomUntilCancelled) {
    ScenarioSpec spec = busyDaySpec();
    spec.rebalance = false;
    Records seen;
    ReceptionDay day(spec, 6, 0, &seen);
    const std::uint16_t land = 1;
    const std::uint32_t room = 3;  // ENV, ENTER, SUGG: does not cover LAND
    day.runUntil(9 * 60);
    EXPECT_EQ(day.whyNot(redirect(static_cast<std::uint16_t>(spec.categories.size()), room)), Why("no_category"));
    EXPECT_EQ(day.whyNot(redirect(land, 0)), Why("top_leader_room"));
    EXPECT_EQ(day.whyNot(redirect(land, 99)), Why("no_room"));
    applyNow(day, redirect(land, room));
    EXPECT_EQ(day.redirectedTo(land), room);
    day.runUntil(13 * 60);
    applyNow(day, redirect(land, kWholeDay));
    EXPECT_EQ(day.redirectedTo(land), kNoRoom);
    day.runToEnd();
    const std::map<std::int64_t, std::string> codes = seen.categories();
    std::map<std::int64_t, double> arrived;
    for (const Record& r : seen.of(TraceKind::Arrive)) arrived[r.batch] = r.time;
    std::map<std::int64_t, std::int64_t> firstRoom;
    for (const Record& r : seen.of(TraceKind::Queue))
        if (!firstRoom.count(r.batch)) firstRoom[r.batch] = r.room;
    std::size_t redirected = 0, afterwards = 0, elsewhereAfterwards = 0;
    for (const auto& [serial, code] : codes) {
        if (code != "LAND" || !firstRoom.count(serial) || firstRoom[serial] == 0) continue;
        const double t = arrived[serial];
        if (t >= 9 * 60 + 10 && t < 13 * 60 - 10) {
            ++redirected;
            EXPECT_EQ(firstRoom[serial], room) << serial;
        }
        if (t >= 13 * 60 + 10) {
            ++afterwards;
            if (firstRoom[serial] != room) ++elsewhereAfterwards;
        }
    }
    EXPECT_GT(redirected, 3u);
    EXPECT_GT(elsewhereAfterwards, 0u) << "cancelled: routed as usual again (" << afterwards << " after)";
}

// [intervene.call_head] [consult.unmatched]
TEST(Coordinator, ACalledDepartmentHeadMakesTheRoomsLaterConsultationsMatched) {
    ScenarioSpec spec = busyDaySpec();
    spec.routing = RoutingPolicy::AnyFreeRoom;
    const std::uint32_t room = 2;
    auto unmatchedAfter = [&](bool callHead) {
        Records seen;
        ReceptionDay day(spec, 8, 0, &seen);
        day.runUntil(9 * 60);
        if (callHead) {
            applyNow(day, make(InterventionKind::CallHead, room));
            EXPECT_TRUE(day.roomView(room).headCalled);
        }
        day.runToEnd();
        std::size_t unmatched = 0;
        for (const Record& r : seen.of(TraceKind::ConsultationStart))
            if (r.room == room && r.time > 9 * 60 && contains(r.detail, "unmatched")) ++unmatched;
        return unmatched;
    };
    EXPECT_GT(unmatchedAfter(false), 0u) << "the test needs unmatched consultations to remove";
    EXPECT_EQ(unmatchedAfter(true), 0u);
    EXPECT_EQ(ReceptionDay(spec, 8, 0).whyNot(make(InterventionKind::CallHead, 99)), Why("no_room"));
}

// Every new kind, in a day that is then replayed from its log.
void steerWithEveryKind(ReceptionDay& day) {
    // The send_leader goes to room 1, for the first batch waiting elsewhere at 10:30.
    day.runUntil(8 * 60 - 0.5);
    day.step();
    applyNow(day, walkInFactor(0.6));
    applyNow(day, arrival(3, 6, true));
    day.runUntil(9 * 60 + 15);
    applyNow(day, make(InterventionKind::LeaderAway, 2, 25.0));
    applyNow(day, redirect(1, 4));
    for (int i = 0; i < 13; ++i) day.step();
    applyNow(day, make(InterventionKind::Media, kWholeDay, 40.0));
    applyNow(day, make(InterventionKind::LawyerAbsent));
    day.runUntil(10 * 60 + 30);
    for (const Batch& b : day.batches())
        if (b.state == BatchState::WaitingRoom && b.targetRoom != 1) {
            applyNow(day, sendLeader(static_cast<std::int64_t>(b.serial), 1));
            break;
        }
    applyNow(day, make(InterventionKind::CallHead, 3));
    applyNow(day, arrival(7, 2, false, true, true));
    day.runUntil(13 * 60);
    applyNow(day, redirect(1, kWholeDay));
    applyNow(day, walkInFactor(1.0));
    applyNow(day, make(InterventionKind::CallLawyer));
}

// [intervene.record]
TEST(Inject, ADayWithEveryKindReplaysExactly) {
    const ScenarioSpec spec = busyDaySpec();
    testing::expectReplayIsExact(spec, 12, [](ReceptionDay& steered) {
        steerWithEveryKind(steered);
        ASSERT_EQ(steered.interventions().size(), 12u);
        EXPECT_EQ(steered.interventions()[6].kind, InterventionKind::SendLeader);
        EXPECT_EQ(steered.mediaWindows().size(), 1u);
    });
    // And it is a different day from the one without them.
    TraceHash plain, steered;
    ReceptionDay untouched(spec, 12, 0, &plain), day(spec, 12, 0, &steered);
    untouched.runToEnd();
    steerWithEveryKind(day);
    day.runToEnd();
    EXPECT_NE(plain.hash, steered.hash);
}

TEST(InterventionLog, NewKindsRoundTripAndOldLogsStillRead) {
    std::vector<Intervention> log = {arrival(3, 6, true, false, true), make(InterventionKind::LeaderAway, 2, 25.5),
                                     walkInFactor(1.0 / 3.0),         make(InterventionKind::LawyerAbsent),
                                     make(InterventionKind::Media, kWholeDay, 40.0), sendLeader(17, 1),
                                     redirect(1, 4),                 redirect(1, kWholeDay),
                                     make(InterventionKind::CallHead, 3),     arrival(0, 1)};
    for (std::size_t k = 0; k < log.size(); ++k) {
        log[k].time = 500.0 + static_cast<double>(k) / 7.0;
        log[k].eventsBefore = 100 + k;
    }
    const std::string text = formatInterventionLog(log, {"x", 1});
    EXPECT_EQ(parseInterventionLog(text), log);
    EXPECT_TRUE(contains(text, "time_min,events_before,kind,room,minutes,batch,outcome,category,persons,flags,factor\n"));
    EXPECT_TRUE(contains(text, ",arrive,all,0,,,3,6,collective+long_standing,\n")) << text;
    EXPECT_TRUE(contains(text, ",send_leader,2,0,17,,,,,\n")) << text;
    EXPECT_TRUE(contains(text, ",redirect,none,0,,,1,,,\n")) << text;
    EXPECT_TRUE(contains(text, ",lawyer_absent,all,0,,,,,,\n")) << text;
    // Seven- and five-column logs from before.
    EXPECT_EQ(parseInterventionLog("time_min,events_before,kind,room,minutes,batch,outcome\n"
                                   "600,10,decide,all,30,4,on_spot\n601,11,call_lawyer,all,0,,\n")
                  .size(),
              2u);
    EXPECT_EQ(parseInterventionLog("1,2,leader_away,3,15\n").at(0).minutes, 15.0);
    EXPECT_THROW(parseInterventionLog("1,2,arrive,all,0,,,3,,,\n"), std::runtime_error);       // no persons
    EXPECT_THROW(parseInterventionLog("1,2,arrive,all,0,,,,2,,\n"), std::runtime_error);       // no category
    EXPECT_THROW(parseInterventionLog("1,2,arrive,all,0,,,1,2,loud,\n"), std::runtime_error);  // unknown flag
    EXPECT_THROW(parseInterventionLog("1,2,walk_in_factor,all,0,,,,,,\n"), std::runtime_error);
    EXPECT_THROW(parseInterventionLog("1,2,send_leader,1,0,,,,,,\n"), std::runtime_error);
    EXPECT_THROW(parseInterventionLog("1,2,media,all,10,,,,,,0.5\n"), std::runtime_error);
    EXPECT_THROW(parseInterventionLog("1,2,call_head,1,0,,,2,,,\n"), std::runtime_error);
    EXPECT_THROW(parseInterventionLog("1,2,call_head,1,0,,,,,\n"), std::runtime_error);  // ten fields
    try {
        parseInterventionLog("1,2,arrive,all,0,,,1,2,loud,\n");
        FAIL();
    } catch (const LocalizedError& error) {
        EXPECT_TRUE(contains(error.text(Language::Zh), "第 1 行：未知的 flags 'loud'")) << error.text(Language::Zh);
        EXPECT_TRUE(contains(error.what(), "line 1: unknown flags 'loud'")) << error.what();
    }
}

}  // namespace
}  // namespace pujiang
