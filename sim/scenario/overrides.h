#pragma once
// Overrides of scenario keys given on the command line (internal to sim/scenario; KeyOverride and
// parseOverride are declared in scenario_loader.h). An override is written into the parsed top
// file before the key walk, so the walk and the cross-checks treat it exactly like a key the file
// wrote; its value's nodes carry the override's text as their source, so messages name it.

#include <span>
#include <string>

#include <toml++/toml.h>

#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang {

// How messages name an override: "--set rooms[2].tables=0".
std::string overrideLabel(const KeyOverride& item);

// Writes each override, in order, into `layers.back()`, the top file; the layers before it are its
// bases, deepest first. An element of an array of tables that only a base writes is patched in that
// base, since no later file replaces the array. Problems with an override are reported under its
// label, and that override is skipped.
void applyOverrides(std::span<const KeyOverride> overrides, std::span<toml::table* const> layers,
                    DiagnosticList& diagnostics);

}  // namespace pujiang
