#pragma once
// What a configuration costs, for `pujiang plan --cost`:
//   staff_hours: Σ rooms tables × open hours (breaks excluded) + lawyers × their hours
//                + registration desks × the day's hours (horizon runs: the horizon's hours)
//   tables:      the number of tables (parallel consultations) over all rooms

#include <string>
#include <vector>

#include "sim/reception/scenario_spec.h"

namespace pujiang {

const std::vector<std::string>& costNames();
// `name` must be one of costNames().
double staffingCost(const ScenarioSpec& spec, const std::string& name);

}  // namespace pujiang
