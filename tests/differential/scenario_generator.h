#pragma once
// Seeded generator of small random reception days for the differential test. Each scenario mixes
// the mechanisms of docs/model.md (routing, rebalancing, patience, closing rules, breaks,
// registration, lawyers, disciplines, appointments, walk-ins) at a load from light to overloaded,
// but stays small (at most about 150 batches) so that hundreds of replications run in moments.
// Only day mode, and none of the parts the reference model leaves out (top leader's room, bound
// rooms, streams).

#include <cstdint>
#include <string>
#include <vector>

#include "sim/reception/scenario_spec.h"

namespace pujiang {

// The same seed always gives the same scenario. Its title summarises what it exercises.
ScenarioSpec generateDifferentialScenario(std::uint64_t seed);

// The project's cross-checks of a scenario (sim/scenario/scenario_checks.h), as messages; empty
// when the spec is one a scenario file could have produced.
std::vector<std::string> scenarioProblems(const ScenarioSpec& spec);

}  // namespace pujiang
