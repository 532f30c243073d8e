#pragma once
// What the intervention tests share: making an intervention, applying it where it must be allowed,
// and the check every replay test makes.

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/reception/reception_day.h"
#include "tests/reception/trace_hash.h"
#include "tests/support/same_values.h"

namespace pujiang::testing {

inline Intervention make(InterventionKind kind, std::uint32_t room = kWholeDay, double minutes = 0.0) {
    Intervention i;
    i.kind = kind;
    i.room = room;
    i.minutes = minutes;
    return i;
}

inline void applyNow(ReceptionDay& day, const Intervention& intervention) {
    ASSERT_FALSE(day.whyNot(intervention).has_value()) << *day.whyNot(intervention);
    day.apply(intervention);
}

// A day steered by hand, its log saved as text and read back, replayed on a fresh day, gives the
// same trace (at the last intervention and at the end), the same results and the same log.
// Returns the log text, for further checks; `steer` makes the interventions on the live day.
template <class Steer>
std::string expectReplayIsExact(const ScenarioSpec& spec, std::uint64_t seed, Steer steer) {
    TraceHash steeredTrace;
    ReceptionDay steered(spec, seed, 0, &steeredTrace);
    steer(steered);
    const std::uint64_t hashAtLastIntervention = steeredTrace.hash;
    steered.runToEnd();

    // Through the text form, as the GUI saves and loads it.
    const std::string text = formatInterventionLog(steered.interventions(), {spec.name, seed});
    const std::vector<Intervention> log = parseInterventionLog(text);
    EXPECT_EQ(log, steered.interventions());
    TraceHash replayedTrace;
    ReceptionDay replayed(spec, seed, 0, &replayedTrace);
    replayed.replay(log);
    EXPECT_EQ(replayedTrace.hash, hashAtLastIntervention);
    replayed.runToEnd();
    EXPECT_EQ(replayedTrace.hash, steeredTrace.hash);
    EXPECT_EQ(replayedTrace.count, steeredTrace.count);
    EXPECT_TRUE(sameValues(replayed.result().overall, steered.result().overall));
    EXPECT_EQ(replayed.interventions(), steered.interventions());
    return text;
}

}  // namespace pujiang::testing
