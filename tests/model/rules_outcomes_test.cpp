// Rules of docs/model.md §13–§17, each test named after the rules it checks: lawyers, outcomes,
// leaving and interventions.

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <boost/random/uniform_01.hpp>

#include "sim/reception/batch_random.h"
#include "sim/reception/metric_table.h"
#include "tests/model/rule_support.h"

namespace pujiang {
namespace {

using namespace rules;

// Law-related batches booked one a minute from 08:00 in one room of `tables` tables.
std::string lawDay(int count, int tables, const std::string& lawyers, const std::string& outcomes = "",
                   const std::string& closes = "12:00") {
    return "[day]\nopens = \"08:00\"\ncloses = \"" + closes +
           "\"\nclosing_rule = \"finish_current\"\n[[categories]]\ncode = \"L\"\nlaw_related = 1\n"
           "[appointments]\ncount = " +
           std::to_string(count) + "\nper_slot = 1\nslot_length = \"1min\"\nfirst_slot = \"08:00\"\nlast_slot_end = \"" +
           "08:" + (count < 10 ? "0" : "") + std::to_string(count) + "\"\n[lawyers]\n" + lawyers + outcomes +
           "[[rooms]]\nname = \"R\"\ndepartments = [\"*\"]\ntables = " + std::to_string(tables) +
           "\nconsultation = \"20min\"\n";
}

// Outcome weights under which a lawyer decides the outcome: with one, defined; without, referred.
constexpr const char* kLawyerDecides = "[outcomes]\non_spot = 0\nassigned = 1e-9\ndefined = 0\nreferred_legal = 0\n"
                                       "legal_defined_with_lawyer = 1\nlegal_referral_without_lawyer = 1\n";

std::vector<std::string> outcomesInOrder(const Day& d) {
    std::vector<std::string> out;
    for (const Record& r : d.log.of(TraceKind::ConsultationEnd)) out.push_back(r.detail);
    return out;
}

// ---------------------------------------------------------------- §13 lawyers

// [lawyer.none_on_duty] Without lawyers, law-related batches are received at once, without one.
TEST(OutcomeRules, LawyerNoneOnDutyNobodyWaitsForOne) {
    const Day d = runDay(scenario(lawDay(3, 3, "count = 0\n", kLawyerDecides)));
    EXPECT_EQ(d.log.count(TraceKind::LawyerWait), 0u);
    for (const Record& s : d.log.of(TraceKind::ConsultationStart)) EXPECT_EQ(s.detail, "wait=0.0min");
    EXPECT_EQ(outcomesInOrder(d), (std::vector<std::string>{"referred_legal", "referred_legal", "referred_legal"}));
}

// [lawyer.optional] [lawyer.take] [outcome.legal] With required_for_law_related = false a lawyer
// sits in when free, otherwise the consultation starts at once without one.
TEST(OutcomeRules, LawyerOptionalNoWaitWhenTheLawyerIsBusy) {
    const Day d = runDay(scenario(lawDay(2, 2, "count = 1\nrequired_for_law_related = false\n", kLawyerDecides)));
    EXPECT_EQ(d.log.count(TraceKind::LawyerWait), 0u);
    const auto starts = d.log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_DOUBLE_EQ(starts[1].time, at(8, 1));
    EXPECT_EQ(outcomesInOrder(d), (std::vector<std::string>{"defined", "referred_legal"}));
}

// [lawyer.pool.open] A batch seated before the lawyers' hours gets one when the pool opens.
TEST(OutcomeRules, LawyerPoolOpenServesTheWaitingBatches) {
    const Day d = runDay(scenario(lawDay(1, 1, "count = 1\nopens = \"08:10\"\nmax_wait = \"1h\"\n", kLawyerDecides)));
    ASSERT_EQ(d.log.count(TraceKind::LawyerWait), 1u);
    EXPECT_DOUBLE_EQ(d.log.of(TraceKind::ConsultationStart).at(0).time, at(8, 10));
    EXPECT_EQ(outcomesInOrder(d), (std::vector<std::string>{"defined"}));
    EXPECT_DOUBLE_EQ(d.result[Metric::LawyerWaitMean], 10.0);
}

// [lawyer.called] [lawyer.reassign] A lawyer called in by hand is free at once, whatever the pool's
// hours: the batch waiting for the pool (opening at 10:00) gets the called lawyer at 08:05.
TEST(OutcomeRules, LawyerCalledIsFreeAtOnceOutsideThePoolsHours) {
    const ScenarioSpec spec = scenario(lawDay(1, 1, "count = 1\nopens = \"10:00\"\nmax_wait = \"3h\"\n", kLawyerDecides));
    TraceLog log;
    ReceptionDay day(spec, 1, 0, &log);
    day.runUntil(at(8, 5));
    ASSERT_EQ(day.waitingForLawyer(), 1u);
    day.apply(Intervention{InterventionKind::CallLawyer});
    EXPECT_EQ(day.waitingForLawyer(), 0u);
    day.runToEnd();
    EXPECT_DOUBLE_EQ(log.of(TraceKind::ConsultationStart).at(0).time, at(8, 5));
    EXPECT_EQ(log.of(TraceKind::ConsultationEnd).at(0).detail, "defined");
}

// [metric.lawyer_wait] Batches that found a lawyer free, and batches sent home while waiting for
// one, are not in lawyer_wait_min.
TEST(OutcomeRules, MetricLawyerWaitCountsOnlyThoseWhoWaitedAndWereReceived) {
    const Day sentHome = runDay(scenario(lawDay(2, 2, "count = 1\nmax_wait = \"1h\"\n", "", "08:10")));
    ASSERT_EQ(sentHome.log.count(TraceKind::LawyerWait), 1u);
    ASSERT_EQ(sentHome.log.count(TraceKind::Unserved), 1u);
    EXPECT_FALSE(hasValue(sentHome.result[Metric::LawyerWaitMean]));
    const Day waited = runDay(scenario(lawDay(2, 2, "count = 1\nmax_wait = \"1h\"\n")));
    EXPECT_DOUBLE_EQ(waited.result[Metric::LawyerWaitMean], 19.0);  // seated 08:01, lawyer at 08:20
}

// ---------------------------------------------------------------- §15 outcomes

// [outcome.draw_time] [outcome.normalise] [outcome.pick] [outcome.assigned] [outcome.legal] Each
// outcome is the first of (on the spot, assigned, defined) whose cumulative normalised weight
// exceeds the batch's outcome uniform, else referred; law-related batches with a lawyer add the
// lawyer weights. Checked batch by batch against the batch's own outcome engine.
TEST(OutcomeRules, OutcomePickIsTheFirstCumulativeWeightAboveTheUniform) {
    const std::string toml =
        "[day]\nopens = \"08:00\"\ncloses = \"18:00\"\n"
        "[[categories]]\ncode = \"L\"\nlaw_related = 1\n[[categories]]\ncode = \"N\"\n"
        "[appointments]\ncount = 200\nfirst_slot = \"08:00\"\nlast_slot_end = \"16:00\"\n"
        "[lawyers]\ncount = 300\n"
        "[outcomes]\non_spot = 2\nassigned = 5\ndefined = 3\nreferred_legal = 1\n"
        "legal_defined_with_lawyer = 4\nlegal_referral_with_lawyer = 6\nlegal_referral_without_lawyer = 100\n"
        "[[rooms]]\nname = \"R\"\ndepartments = [\"*\"]\ntables = 300\nconsultation = \"10min\"\n";
    const std::uint64_t seed = 21;
    const Day d = runDay(scenario(toml), seed);
    std::map<std::int64_t, bool> lawRelated;
    for (const Record& r : d.log.of(TraceKind::Arrive)) lawRelated[r.batch] = r.detail.rfind("L ", 0) == 0;
    // Every booking comes (no no-shows) in booking order: batch serial = booking index.
    const auto ends = d.log.of(TraceKind::ConsultationEnd);
    ASSERT_EQ(ends.size(), 200u);
    std::map<std::string, int> seen;
    for (const Record& e : ends) {
        const bool legal = lawRelated.at(e.batch);
        const double w[4] = {2.0, 5.0, legal ? 7.0 : 3.0, legal ? 7.0 : 1.0};
        const double sum = w[0] + w[1] + w[2] + w[3];
        SmallEngine engine = batchEngine(batchKey(batchRoot(seed, 0), 0, static_cast<std::uint64_t>(e.batch)),
                                         BatchPurpose::Outcome);
        const double u = boost::random::uniform_01<double>()(engine);
        const char* names[4] = {"on_spot", "assigned", "defined", "referred_legal"};
        double cumulative = 0;
        int k = 0;
        for (; k < 3; ++k)
            if (u < (cumulative += w[k] / sum)) break;
        EXPECT_EQ(e.detail, names[k]) << "batch " << e.batch << " u=" << u << (legal ? " law-related" : "");
        ++seen[e.detail];
    }
    EXPECT_EQ(seen.size(), 4u);
}

// [outcome.on_spot] Each factor multiplies the on-the-spot weight: setting one to 0 removes on the
// spot exactly where it applies (the room's level, the top leader's room, unmatched, long-standing).
TEST(OutcomeRules, OutcomeOnSpotEachFactorApplies) {
    const auto onSpotByRoom = [](const std::string& outcomes, const std::string& batches = "") {
        const std::string toml =
            "[day]\nopens = \"08:00\"\ncloses = \"18:00\"\n[[categories]]\ncode = \"A\"\n[[categories]]\ncode = \"B\"\n" +
            batches +
            "[appointments]\ncount = 300\nfirst_slot = \"08:00\"\nlast_slot_end = \"16:00\"\n"
            "[triage]\nrouting = \"any_free_room\"\n"
            "[outcomes]\non_spot = 1\nassigned = 1\ndefined = 0\n" +
            outcomes +
            "[[rooms]]\nname = \"top\"\ntop_leader = true\nleader_level = \"province\"\ndepartments = [\"A\", \"B\"]\n"
            "tables = 100\nconsultation = \"10min\"\n[rooms.selection]\nprobability = 0.3\ncategories = [\"A\", \"B\"]\n"
            "[[rooms]]\nname = \"A township\"\nleader_level = \"township\"\ndepartments = [\"A\"]\ntables = 100\n"
            "consultation = \"10min\"\n"
            "[[rooms]]\nname = \"B county\"\nleader_level = \"county\"\ndepartments = [\"B\"]\ntables = 1\n"
            "consultation = \"10min\"\n";
        const Day d = runDay(scenario(toml), 2);
        std::map<std::int64_t, int> onSpot, received;
        int unmatchedOnSpot = 0, unmatched = 0;
        std::map<std::int64_t, bool> isUnmatched;
        for (const Record& s : d.log.of(TraceKind::ConsultationStart))
            isUnmatched[s.batch] = s.detail.find("unmatched") != std::string::npos;
        for (const Record& e : d.log.of(TraceKind::ConsultationEnd)) {
            ++received[e.room];
            onSpot[e.room] += e.detail == "on_spot";
            unmatched += isUnmatched[e.batch];
            unmatchedOnSpot += isUnmatched[e.batch] && e.detail == "on_spot";
        }
        return std::make_tuple(onSpot, received, unmatchedOnSpot, unmatched);
    };
    auto [onSpot, received, unmatchedOnSpot, unmatched] = onSpotByRoom("");
    for (std::int64_t r = 0; r < 3; ++r) EXPECT_GT(onSpot[r], 0) << "room " << r;
    EXPECT_GT(unmatchedOnSpot, 0);
    ASSERT_GT(unmatched, 5);
    std::tie(onSpot, received, unmatchedOnSpot, unmatched) = onSpotByRoom("on_spot_township = 0\n");
    EXPECT_EQ(onSpot[1], 0);
    EXPECT_GT(onSpot[2], 0);
    std::tie(onSpot, received, unmatchedOnSpot, unmatched) = onSpotByRoom("on_spot_top_leader = 0\n");
    EXPECT_EQ(onSpot[0], 0);
    EXPECT_GT(onSpot[1], 0);
    std::tie(onSpot, received, unmatchedOnSpot, unmatched) = onSpotByRoom("on_spot_unmatched = 0\n");
    EXPECT_EQ(unmatchedOnSpot, 0);
    EXPECT_GT(onSpot[1], 0);
    std::tie(onSpot, received, unmatchedOnSpot, unmatched) =
        onSpotByRoom("on_spot_long_standing = 0\n", "[batches]\nlong_standing_probability = 1\n");
    for (std::int64_t r = 0; r < 3; ++r) EXPECT_EQ(onSpot[r], 0) << "room " << r;
}

// [outcome.zero] When the modifiers make every weight 0, the outcome is assigned.
TEST(OutcomeRules, OutcomeZeroWeightsGiveAssigned) {
    const Day d = runDay(scenario(lawDay(5, 5, "count = 0\n",
                                         "[outcomes]\non_spot = 1\nassigned = 0\ndefined = 0\nreferred_legal = 0\n"
                                         "on_spot_county = 0\n")));
    EXPECT_EQ(outcomesInOrder(d), std::vector<std::string>(5, "assigned"));
}

// ---------------------------------------------------------------- §16 leaving

// [leave.unserved] [metric.unserved] [close.day] [close.stop_at_close] [leave.leftovers] Every way
// of being turned away counts in unserved_at_close.
TEST(OutcomeRules, LeaveUnservedEveryWayOfBeingTurnedAway) {
    const auto day = [](const std::string& rule, const std::string& appointments, const std::string& roomCloses) {
        return runDay(scenario("[day]\nopens = \"08:00\"\ncloses = \"10:00\"\nclosing_rule = \"" + rule +
                               "\"\n[[categories]]\ncode = \"A\"\n[appointments]\n" + appointments +
                               "[[rooms]]\nname = \"R\"\ndepartments = [\"A\"]\nconsultation = \"60min\"\ncloses = \"" +
                               roomCloses + "\"\n"));
    };
    // Arriving after the day close (10:30), under serve_all_present.
    Day d = day("serve_all_present", "count = 1\nfirst_slot = \"10:30\"\nlast_slot_end = \"11:30\"\n", "10:00");
    EXPECT_DOUBLE_EQ(d.log.of(TraceKind::Unserved).at(0).time, at(10, 30));
    EXPECT_DOUBLE_EQ(d.result[Metric::UnservedAtClose], 1.0);
    // Sent home at the day close, waiting (finish_current): the second of two at 09:30.
    d = day("finish_current", "count = 2\nper_slot = 2\nfirst_slot = \"09:30\"\nlast_slot_end = \"10:30\"\n", "10:00");
    EXPECT_DOUBLE_EQ(d.log.of(TraceKind::Unserved).at(0).time, at(10));
    EXPECT_DOUBLE_EQ(d.result[Metric::UnservedAtClose], 1.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::BatchesReceived], 1.0);
    // Broken off at the room's close (stop_at_close): both, the one in consultation and the waiting one.
    d = day("stop_at_close", "count = 2\nper_slot = 2\nfirst_slot = \"09:30\"\nlast_slot_end = \"10:30\"\n", "10:00");
    EXPECT_DOUBLE_EQ(d.result[Metric::UnservedAtClose], 2.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::BatchesReceived], 0.0);
    EXPECT_DOUBLE_EQ(d.result[Metric::WaitMean], 0.0);  // the broken-off one's wait still counts (it started)
    // A leftover (serve_all_present, room closed early): sent home when nothing more can happen.
    d = day("serve_all_present", "count = 2\nper_slot = 2\nfirst_slot = \"08:30\"\nlast_slot_end = \"09:30\"\n", "09:00");
    EXPECT_DOUBLE_EQ(d.log.of(TraceKind::Unserved).at(0).time, at(10));  // the day close is the last event
    EXPECT_DOUBLE_EQ(d.result[Metric::UnservedAtClose], 1.0);
}

// ---------------------------------------------------------------- §17 interventions

// [intervene.extend.room] The room's closing moves to max(closing, now) + minutes; the old closing
// event goes stale, so the room keeps seating until the new one.
TEST(OutcomeRules, InterveneExtendRoomMovesItsClosing) {
    const ScenarioSpec spec = scenario(
        "[day]\nopens = \"08:00\"\ncloses = \"12:00\"\nclosing_rule = \"finish_current\"\n[[categories]]\ncode = \"A\"\n"
        "[appointments]\ncount = 4\nper_slot = 4\nfirst_slot = \"08:00\"\nlast_slot_end = \"09:00\"\n"
        "[[rooms]]\nname = \"R\"\ndepartments = [\"A\"]\nconsultation = \"30min\"\ncloses = \"08:45\"\n");
    TraceLog log;
    ReceptionDay day(spec, 1, 0, &log);
    day.runUntil(at(8, 40));
    day.apply(Intervention{InterventionKind::ExtendHours, 0, 30.0});
    EXPECT_DOUBLE_EQ(day.roomView(0).closes, at(9, 15));
    day.runToEnd();
    const auto closes = log.of(TraceKind::RoomClose);
    ASSERT_EQ(closes.size(), 1u);
    EXPECT_DOUBLE_EQ(closes[0].time, at(9, 15));
    // Seated at 08:00, 08:30 (before 08:45) and 09:00 (inside the extension); the fourth is sent home.
    const auto starts = log.of(TraceKind::ConsultationStart);
    ASSERT_EQ(starts.size(), 3u);
    EXPECT_DOUBLE_EQ(starts[2].time, at(9));
    EXPECT_EQ(log.count(TraceKind::Unserved), 1u);
    // An extension after the closing counts from now.
    ReceptionDay late(spec, 1, 0);
    late.runUntil(at(9, 30));
    late.apply(Intervention{InterventionKind::ExtendHours, 0, 10.0});
    EXPECT_DOUBLE_EQ(late.roomView(0).closes, at(9, 40));
}

}  // namespace
}  // namespace pujiang
