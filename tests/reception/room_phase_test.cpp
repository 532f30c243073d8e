// Where a room is in its day, as the floor shows it (ReceptionDay::RoomPhase): not yet open, open,
// on a break, serving those present after hours, closed, and closed or opened by hand.

#include <gtest/gtest.h>

#include "sim/reception/reception_day.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang {
namespace {

using Phase = ReceptionDay::RoomPhase;

// Room 1 closes with the day (11:00) under serve_all_present, so it keeps receiving those on site;
// room 2 closes at 10:45, before the day. Twelve batches at 10:55 keep the day going past 11:00.
const ScenarioSpec& spec() {
    static const ScenarioSpec s = loadScenarioString(R"(
[day]
opens = "08:00"
closes = "11:00"
closing_rule = "serve_all_present"
[[categories]]
code = "A"
[appointments]
count = 12
per_slot = 12
first_slot = "10:55"
last_slot_end = "11:55"
[[rooms]]
name = "with the day"
departments = ["A"]
opens = "09:00"
breaks = ["10:00-10:30"]
consultation = "30min"
[[rooms]]
name = "early"
departments = ["A"]
closes = "10:45"
consultation = "30min"
)",
                                                     "phases.toml");
    return s;
}

TEST(RoomPhase, FollowsTheRoomsHoursAndTheClosingRule) {
    ReceptionDay day(spec(), 1, 0);
    day.runUntil(8 * 60 + 30);
    EXPECT_EQ(day.roomView(0).phase, Phase::NotYetOpen);
    EXPECT_EQ(day.roomView(1).phase, Phase::Open);
    day.runUntil(9 * 60 + 30);
    EXPECT_EQ(day.roomView(0).phase, Phase::Open);
    day.runUntil(10 * 60 + 15);
    EXPECT_EQ(day.roomView(0).phase, Phase::OnBreak);
    EXPECT_FALSE(day.roomView(0).accepting);
    day.runUntil(10 * 60 + 50);
    EXPECT_EQ(day.roomView(1).phase, Phase::Closed);
    day.runUntil(11 * 60 + 10);
    ASSERT_FALSE(day.finished());
    // Past its closing, still seating the batches on site: not "accepting" newcomers in the
    // ordinary sense, and not closed either.
    EXPECT_EQ(day.roomView(0).phase, Phase::ServingThosePresent);
    EXPECT_TRUE(day.roomView(0).accepting);
    EXPECT_EQ(day.roomView(1).phase, Phase::Closed);
    // When the day is over nobody is left to serve: closed.
    day.runToEnd();
    ASSERT_TRUE(day.finished());
    EXPECT_EQ(day.roomView(0).phase, Phase::Closed);
}

TEST(RoomPhase, InterventionsShowAsByHand) {
    ReceptionDay day(spec(), 1, 0);
    day.runUntil(9 * 60 + 30);
    day.apply(Intervention{InterventionKind::CloseRoom, 0});
    EXPECT_EQ(day.roomView(0).phase, Phase::ClosedByHand);
    day.runUntil(10 * 60 + 50);
    day.apply(Intervention{InterventionKind::OpenRoom, 1});
    EXPECT_EQ(day.roomView(1).phase, Phase::OpenedByHand);
    EXPECT_TRUE(day.roomView(1).accepting);
}

}  // namespace
}  // namespace pujiang
