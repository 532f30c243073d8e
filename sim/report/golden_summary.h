#pragma once
// The golden summary of a scenario: a short, diff-friendly text of its headline metrics at a fixed
// seed and replication count. Tests compare every scenario in scenarios/ with its stored summary;
// scripts/update-golden rewrites them, deliberately.

#include <ostream>

#include "sim/experiment/aggregate.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang {

inline constexpr int kGoldenReplications = 4;

void writeGoldenSummary(std::ostream& out, const ScenarioSpec& spec, const Aggregate& aggregate);

}  // namespace pujiang
