#pragma once
// Turns a checked draft into the spec the model runs (internal to sim/scenario): the default
// categories when a file gave none, room hours from [day] where a room sets none, ["*"]
// departments spelt out, and [[rooms]] with count > 1 expanded into numbered rooms.

#include <string>
#include <vector>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/scenario_draft.h"

namespace pujiang {

// The categories the scenario ends up with.
std::vector<CategorySpec> effectiveCategories(const ScenarioDraft& draft);
// Names of the rooms one [[rooms]] table expands into: "A" for count 1, else "A 1", "A 2", ...
std::vector<std::string> expandedRoomNames(const RoomDraft& room);

ScenarioSpec assembleScenario(const ScenarioDraft& draft);

}  // namespace pujiang
