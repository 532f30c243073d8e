#pragma once
// Every field of a ScenarioSpec as text, one "path = value" per line, so tests can compare whole
// specs and show the difference when they fail.

#include <string>

#include "sim/reception/scenario_spec.h"

namespace pujiang::testing {

std::string dumpSpec(const ScenarioSpec& spec);

}  // namespace pujiang::testing
