// The GUI's day: pacing never changes the day (it is the day `pujiang run` reports first for the
// seed), jumps backwards replay interventions, and restarts reproduce or change the day by seed.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "gui/day_session.h"
#include "gui/event_log_view.h"
#include "sim/experiment/replication_runner.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/support/same_values.h"

namespace pujiang::gui {
namespace {

ScenarioSpec scenario2003() { return loadScenarioFile(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml"); }

class RecordingSink : public TraceSink {
public:
    void record(const TraceRecord& r) override {
        events.push_back(LoggedEvent{r.time, r.kind, r.batch, r.room, std::string(r.detail)});
    }
    std::vector<LoggedEvent> events;
};

bool sameEvents(const std::deque<LoggedEvent>& a, const std::vector<LoggedEvent>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].time != b[i].time || a[i].kind != b[i].kind || a[i].batch != b[i].batch || a[i].room != b[i].room ||
            a[i].detail != b[i].detail)
            return false;
    return true;
}

// [kernel.pacing]
TEST(DaySession, AnyPacingGivesTheDayPujiangRunReports) {
    const ScenarioSpec spec = scenario2003();
    DaySession session(spec, "pujiang-2003.toml");
    EXPECT_EQ(session.seed(), spec.run.seed);
    Pace pace;
    pace.playing = true;
    // Mixed pacing, as a user would: slow play, single steps, jumps, flat out.
    for (int frame = 0; frame < 50; ++frame) session.advance(0.4, pace);
    for (int i = 0; i < 25; ++i) session.step();
    session.jumpTo(11 * 60 + 7.5);
    pace.minutesPerSecond = 600.0;
    for (int frame = 0; frame < 5; ++frame) session.advance(1.0 / 60.0, pace);
    pace.fastest = true;
    while (!session.day().finished()) session.advance(1.0 / 60.0, pace, 0.0005);

    RecordingSink cliTrace;
    const DayResult cli = runReplication(spec, spec.run.seed, 0, &cliTrace);
    EXPECT_TRUE(testing::sameValues(session.result().overall, cli.overall));
    EXPECT_EQ(session.result().queueTimeline, cli.queueTimeline);
    EXPECT_TRUE(sameEvents(session.log().events(), cliTrace.events));
}

// [kernel.pacing]
TEST(DaySession, PlayingAtAnyFixedSpeedToTheEndGivesTheSameDay) {
    // Normal-speed play goes by runUntil, not step: the day must still end as `pujiang run` ends it
    // (leftovers sent home, averages up to the last event).
    for (const char* file : {"/scenarios/county-duty-day.toml", "/scenarios/provincial-visit-today.toml",
                             "/scenarios/validation/mm1.toml"}) {
        const ScenarioSpec spec = loadScenarioFile(std::string(PUJIANG_SOURCE_DIR) + file);
        const DayResult cli = runReplication(spec, spec.run.seed, 0);
        for (const double speed : {7.0, 600.0}) {
            DaySession session(spec, file);
            Pace pace;
            pace.playing = true;
            pace.minutesPerSecond = speed;
            for (int frame = 0; frame < 200000 && !session.day().finished(); ++frame) session.advance(0.25, pace);
            ASSERT_TRUE(session.day().finished()) << file;
            EXPECT_TRUE(testing::sameValues(session.result().overall, cli.overall)) << file << " at " << speed << " min/s";
        }
    }
}

// Issue 9, point 11: the clock started at 00:00 and the default pace showed an empty floor for
// about a minute and a half. A new day starts at its opening (or just before its first event),
// with nothing handled yet, on every scenario shipped; restarts and replays do the same.
TEST(DaySession, ANewDayStartsAtTheOpeningOrJustBeforeItsFirstEvent) {
    for (const char* name : {"pujiang-2003", "county-duty-day", "provincial-visit-today"}) {
        const ScenarioSpec spec = loadScenarioFile(std::string(PUJIANG_SOURCE_DIR "/scenarios/") + name + ".toml");
        DaySession session(spec, "");
        const ReceptionDay fresh(spec, spec.run.seed, 0);
        EXPECT_EQ(session.day().eventsHandled(), 0u) << name;
        EXPECT_GT(session.day().now(), 0.0) << name;
        EXPECT_LE(session.day().now(), spec.day.opens) << name;
        EXPECT_LT(session.day().now(), fresh.nextEventTime()) << name;
        EXPECT_GE(session.day().now(), std::min(spec.day.opens, fresh.nextEventTime() - 1.0)) << name;
        session.step();
        EXPECT_EQ(session.day().now(), fresh.nextEventTime()) << name << ": the first step is the first event";
        session.restart(session.seed());
        EXPECT_EQ(session.day().eventsHandled(), 0u) << name;
        EXPECT_GT(session.day().now(), 0.0) << name;
    }
}

TEST(DaySession, PausedOrFinishedDoesNotMove) {
    DaySession session(scenario2003(), "x");
    Pace pace;
    EXPECT_FALSE(session.advance(1.0, pace));
    EXPECT_EQ(session.day().eventsHandled(), 0u);
    pace.playing = true;
    pace.minutesPerSecond = 10.0;
    const double before = session.day().now();
    session.advance(0.2, pace);
    EXPECT_DOUBLE_EQ(session.day().now(), before + 2.0);
    session.advance(30.0, pace);  // a stalled frame does not leap half an hour
    EXPECT_DOUBLE_EQ(session.day().now(), before + 4.5);
}

TEST(DaySession, JumpingBackReplaysEarlierInterventionsOnly) {
    const ScenarioSpec spec = scenario2003();
    DaySession session(spec, "x");
    session.jumpTo(10 * 60);
    session.apply(Intervention{InterventionKind::CloseRoom, 2});
    session.jumpTo(12 * 60);
    session.apply(Intervention{InterventionKind::CallLawyer});
    ASSERT_EQ(session.interventions().size(), 2u);
    session.jumpTo(11 * 60);
    EXPECT_DOUBLE_EQ(session.day().now(), 11 * 60.0);
    ASSERT_EQ(session.interventions().size(), 1u);
    EXPECT_TRUE(session.day().roomView(2).closedByHand);

    DaySession direct(spec, "x");
    direct.jumpTo(10 * 60);
    direct.apply(Intervention{InterventionKind::CloseRoom, 2});
    direct.jumpTo(11 * 60);
    std::vector<LoggedEvent> expected(direct.log().events().begin(), direct.log().events().end());
    EXPECT_TRUE(sameEvents(session.log().events(), expected));
}

// [intervene.record]
TEST(DaySession, ReplayOfTheLogReproducesTheSteeredDay) {
    DaySession session(scenario2003(), "x");
    session.jumpTo(9 * 60 + 45);
    session.apply(Intervention{InterventionKind::CloseRoom, 5});
    for (int i = 0; i < 11; ++i) session.step();
    session.apply(Intervention{InterventionKind::ExtendHours, kWholeDay, 30.0});
    session.jumpTo(13 * 60);
    const std::vector<Intervention> log = session.interventions();
    std::vector<LoggedEvent> before(session.log().events().begin(), session.log().events().end());
    session.replay(log);
    session.jumpTo(13 * 60);
    EXPECT_TRUE(sameEvents(session.log().events(), before));
    EXPECT_EQ(session.interventions(), log);
}

TEST(DaySession, RestartBySeed) {
    DaySession session(scenario2003(), "x");
    session.jumpTo(12 * 60);
    const DayResult first = session.result();
    session.restart(session.seed());
    EXPECT_EQ(session.day().eventsHandled(), 0u);
    session.jumpTo(12 * 60);
    EXPECT_TRUE(testing::sameValues(session.result().overall, first.overall));
    session.restart(session.seed() + 1);
    session.jumpTo(12 * 60);
    EXPECT_NE(session.result().overall, first.overall);
}

TEST(DaySession, BusiestTimeHasTheMostBatchesWaiting) {
    DaySession session(scenario2003(), "x");
    const double busiest = session.busiestTime();
    EXPECT_GT(busiest, 8 * 60.0);
    EXPECT_LT(busiest, 17 * 60.0);
    // A point of the day away from it has fewer batches waiting.
    const auto waitingAt = [&](double t) {
        DaySession probe(scenario2003(), "x");
        probe.jumpTo(t);
        return probe.day().waitingNow();
    };
    EXPECT_GT(waitingAt(busiest), waitingAt(16 * 60 + 30));
}

TEST(EventLog, FiltersByKindBatchRoomAndText) {
    EventLog log;
    log.record(TraceRecord{1.0, TraceKind::Arrive, 0, -1, "LAND group=2"});
    log.record(TraceRecord{2.0, TraceKind::Queue, 0, 3, ""});
    log.record(TraceRecord{3.0, TraceKind::Arrive, 1, -1, "URBAN group=1"});
    log.record(TraceRecord{4.0, TraceKind::ConsultationEnd, 0, 3, "on_spot"});
    EventFilter all;
    EXPECT_EQ(log.select(all).size(), 4u);
    EventFilter arrivals;
    arrivals.kinds.fill(false);
    arrivals.kinds[static_cast<std::size_t>(TraceKind::Arrive)] = true;
    EXPECT_EQ(log.select(arrivals), (std::vector<std::size_t>{0, 2}));
    EventFilter batch0;
    batch0.batch = 0;
    EXPECT_EQ(log.select(batch0), (std::vector<std::size_t>{0, 1, 3}));
    EventFilter room3;
    room3.room = 3;
    EXPECT_EQ(log.select(room3), (std::vector<std::size_t>{1, 3}));
    EventFilter text;
    text.text = "URBAN";
    EXPECT_EQ(log.select(text), (std::vector<std::size_t>{2}));
}

TEST(EventLog, KeepsTheNewestWhenFull) {
    EventLog log(3);
    for (int i = 0; i < 5; ++i) log.record(TraceRecord{static_cast<double>(i), TraceKind::Arrive, i, -1, ""});
    ASSERT_EQ(log.events().size(), 3u);
    EXPECT_EQ(log.events().front().batch, 2);
    EXPECT_EQ(log.dropped(), 2u);
}

}  // namespace
}  // namespace pujiang::gui

namespace pujiang::gui {
namespace {

TEST(EventLogView, DetailsInTheUiLanguage) {
    UiStrings text = UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv");
    const ScenarioSpec spec = scenario2003();
    const auto detail = [&](TraceKind kind, const char* raw) {
        return localizedDetail(LoggedEvent{600.0, kind, 1, 2, raw}, spec, text);
    };
    const std::string land = detail(TraceKind::Arrive, "LAND group=2 companions=1 appointment");
    EXPECT_NE(land.find("土地"), std::string::npos) << land;
    EXPECT_NE(land.find(text.get("source.appointment")), std::string::npos) << land;
    EXPECT_EQ(detail(TraceKind::ConsultationEnd, "on_spot"), text.get("outcome.on_spot"));
    EXPECT_NE(detail(TraceKind::ConsultationStart, "wait=12.5min unmatched").find("12.5"), std::string::npos);
    EXPECT_EQ(detail(TraceKind::Arrive, "something else"), "something else");
    text.setLanguage(Language::En);
    EXPECT_EQ(detail(TraceKind::ConsultationEnd, "assigned"), text.get("outcome.assigned"));
    EXPECT_EQ(detail(TraceKind::Intervention, "extend_hours 30"), std::string(text.get("act.kind.extend_hours")) + " +30 min");
}

TEST(EventLogView, EveryDetailOfAShippedDayIsChineseInChineseMode) {
    // The whole of each shipped day (interventions included): no engine word ("appointment 241",
    // "serve_all_present") may reach a Chinese screen. Digits, signs and units like "(+1)" are fine.
    UiStrings text = UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv");
    for (const char* name : {"pujiang-2003", "provincial-visit-today", "county-duty-day"}) {
        DaySession session(loadScenarioFile(fmt::format("{}/scenarios/{}.toml", PUJIANG_SOURCE_DIR, name)), name);
        session.apply(Intervention{InterventionKind::CallLawyer});
        session.apply(Intervention{InterventionKind::ExtendHours, kWholeDay, 30.0});
        session.jumpTo(48 * 60);
        std::set<TraceKind> kinds;
        for (const LoggedEvent& e : session.log().events()) {
            const std::string shown = localizedDetail(e, session.spec(), text);
            kinds.insert(e.kind);
            const bool latin = std::any_of(shown.begin(), shown.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
            EXPECT_FALSE(latin) << name << ": " << traceKindName(e.kind) << " '" << e.detail << "' shows as '" << shown << "'";
            if (latin) break;
        }
        EXPECT_GE(kinds.size(), 8u) << name;
    }
}

}  // namespace
}  // namespace pujiang::gui
