#pragma once
// What single keys cannot check (internal to sim/scenario): references between tables (room
// departments name categories), orderings (opens before closes), totals, the arrival caps, and
// settings that only make sense together. Each problem is reported where the key is written.

#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_draft.h"

namespace pujiang {

void checkScenario(const ScenarioDraft& draft, DiagnosticList& diagnostics);

}  // namespace pujiang
