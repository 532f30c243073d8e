#pragma once
// Walk-ins form a non-homogeneous Poisson process with a piecewise-constant rate.

#include "sim/reception/scenario_spec.h"

namespace pujiang {

// Next arrival after `from`, given an Exp(1) draw: the time at which the integrated rate since
// `from` reaches `exp1` (inversion of the cumulative intensity). Infinity when it never does
// before the profile's `until`.
double nextArrivalTime(const WalkInSpec& walkIns, double from, double exp1);

// Expected number of walk-ins over the whole profile.
double expectedWalkIns(const WalkInSpec& walkIns);

}  // namespace pujiang
