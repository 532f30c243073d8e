#pragma once
// Scenario specs built in code, shared by tests and benchmarks (scenario files are the way for
// users; these keep test models next to the assertions about them).

#include "sim/reception/scenario_spec.h"

namespace pujiang {

// One room with `servers` tables fed by a Poisson stream: M/M/c (or M/G/c with another service
// distribution) over [0, horizon], statistics after `warmup`. Rates per minute.
ScenarioSpec queueingSpec(int servers, double arrivalRate, Distribution service, double horizon, double warmup);

// A compact reception day with every mechanism switched on: appointments with no-shows,
// walk-ins, registration desks, category routing, a top leader's room, lawyers, breaks.
ScenarioSpec busyDaySpec();

}  // namespace pujiang
