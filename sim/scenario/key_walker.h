#pragma once
// Applies one parsed scenario file to the draft, guided by the key table (internal to
// sim/scenario): unknown keys and wrongly shaped tables become diagnostics, known values are read
// by their rows, and every position is recorded in draft.where for the cross-checks.

#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "sim/core/language.h"
#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_draft.h"

namespace pujiang {

void applyScenarioTable(const toml::table& file, ScenarioDraft& draft, DiagnosticList& diagnostics);

// "unknown key 'tabels' in [[rooms]]; did you mean 'tables'?", else the valid keys there, and a
// hint when the key exists in another table; in both languages. `tablePath` is a key-table path
// ("rooms[]").
OwnedPhrase unknownKeyMessage(std::string_view tablePath, std::string_view name);

}  // namespace pujiang
