#pragma once
// Hand-made days in which one rule of docs/model.md clearly changes the results, so that a
// reference model with that rule broken (ReferenceRules) must be told apart from the real model.

#include "sim/reception/scenario_spec.h"

namespace pujiang {

// [route.fallback]: a slow covering room with one table next to a fast general room with three.
ScenarioSpec generalRoomFallbackDay();
// [lawyer.max_wait]: every batch is law-related and one lawyer serves two tables.
ScenarioSpec scarceLawyerDay();
// [patience.scope]: slow registration eats most of a constant patience.
ScenarioSpec slowRegistrationDay();
// [queue.priority]: long-standing cases take six times as long and go first.
ScenarioSpec longCasesFirstDay();
// [room.break]: one room with a long break in the middle of a steady stream of walk-ins.
ScenarioSpec longBreakDay();
// [rebalance.take]: two interchangeable rooms, one of them on a long break.
ScenarioSpec rebalancingDay();

}  // namespace pujiang
