#pragma once
// The only way scenario files enter the program: TOML text in, a checked ScenarioSpec out.
//
// A file may name a `base` scenario (relative to itself); the base is loaded first, recursively,
// and the file's keys override it: tables merge key by key, arrays replace the base's array
// whole. Every problem found is reported at once, each as "file:line:col: what is wrong; what is
// allowed", pointing into the file where the offending key is written. The settings themselves
// are declared in key_table.h.

#include <filesystem>
#include <string>
#include <string_view>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/diagnostics.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/reference_doc.h"

namespace pujiang {

// Throws ScenarioError listing every problem found; never crashes on any input.
ScenarioSpec loadScenarioFile(const std::filesystem::path& file);

// As loadScenarioFile for text held in memory: `sourceName` names it in messages (and its stem is
// the default name), `baseDir` is where a relative `base` is looked up.
ScenarioSpec loadScenarioString(std::string_view toml, const std::string& sourceName,
                                const std::filesystem::path& baseDir = ".");

}  // namespace pujiang
