#pragma once
// How the exercise's injects and planned actions reach the day: each is one intervention of the
// reception-day engine (sim/reception/intervention.h), so a day with them is in its log and
// replays exactly. docs/training.md, [training.inject], says which.

#include <cstdint>
#include <optional>

#include "sim/reception/reception_day.h"
#include "sim/training/exercise.h"

namespace pujiang {

// The intervention an inject is applied as, on the exercise's scenario.
Intervention injectIntervention(const Inject& inject, const ScenarioSpec& spec);
// True for the kinds only injects make (arrive, leader_away, walk_in_factor, lawyer_absent, media).
bool isInjectKind(InterventionKind kind);
// The serial of the batch that arrived last (an injected arrival is the newest batch right after
// it is applied).
std::optional<std::int64_t> lastArrivalSerial(const ReceptionDay& day);

}  // namespace pujiang
