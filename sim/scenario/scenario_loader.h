#pragma once
// The only way scenario files enter the program: TOML text in, a checked ScenarioSpec out.
//
// A file may name a `base` scenario (relative to itself); the base is loaded first, recursively,
// and the file's keys override it: tables merge key by key, arrays replace the base's array
// whole. Every problem found is reported at once, each as "file:line:col: what is wrong; what is
// allowed", pointing into the file where the offending key is written. The settings themselves
// are declared in key_table.h.
//
// Commands that vary a scenario (sweep, compare, plan) take overrides such as
// `--set rooms[2].tables=3`: each is written into the loaded file as if the file had contained it,
// so every check applies unchanged, and problems name the override instead of a file line.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/diagnostics.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/reference_doc.h"

namespace pujiang {

// Throws ScenarioError listing every problem found; never crashes on any input.
ScenarioSpec loadScenarioFile(const std::filesystem::path& file);

// One KEY=VALUE override. KEY is a dotted key-table path whose arrays of tables are addressed by a
// 1-based index or by * for every element: run.seed, rooms[2].tables, rooms[*].selection.max_batches,
// categories[3].share. VALUE is a TOML value (3, 0.25, "15min", true, ["12:00-13:30"],
// { dist = "exponential", mean = "8min" }); a bare word that is not TOML is a string (17:30,
// finish_current).
struct KeyOverride {
    std::string key;
    std::string value;
    std::string origin;  // how the user gave it, e.g. "--set" or "--vary": messages say "--set KEY=VALUE: ..."
};

// Splits "KEY=VALUE" at the first '=' (spaces around either are dropped) and checks what can be
// checked without a file: the key's syntax, that the key table has it and can set it, the value's
// TOML. Throws ScenarioError with one message per problem.
KeyOverride parseOverride(std::string_view text, std::string origin);

// Loads the file (with its base chain), then applies the overrides in order, as if the file had
// contained them: a value replaces the one at that path (whether the file or a base wrote it) and
// missing tables are created. Validation and cross-checks run on the result exactly as for a file.
// Overrides are applied only when every file of the chain could be read and parsed.
ScenarioSpec loadScenarioFile(const std::filesystem::path& file, const std::vector<KeyOverride>& overrides);

// As loadScenarioFile for text held in memory: `sourceName` names it in messages (and its stem is
// the default name), `baseDir` is where a relative `base` is looked up.
ScenarioSpec loadScenarioString(std::string_view toml, const std::string& sourceName,
                                const std::filesystem::path& baseDir = ".");

}  // namespace pujiang
