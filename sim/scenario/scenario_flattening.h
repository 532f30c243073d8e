#pragma once
// A scenario and its chain of bases as one TOML table (internal to sim/scenario; the editor
// edits and saves that table). The merge is the loader's rule: tables of the key table merge key
// by key; values, distributions written as inline tables and arrays (including [[rooms]],
// [[categories]] and walk_ins.profile) replace the base's whole; name and title are not
// inherited. The result has no `base` key and loads to the same ScenarioSpec as the chain, except
// that with no `name` of its own it would take the stem of whatever file it is saved to.

#include <filesystem>
#include <string>
#include <string_view>

#include <toml++/toml.h>

namespace pujiang {

// Top-level keys that describe one file, not the scenario it builds: a base's never carry over.
inline constexpr std::string_view kKeysOfTheFileItself[] = {"name", "title", "description"};

// `text` is the top file's content, `sourceName` names it in messages, `baseDir` is where its
// `base` is looked up. Throws ScenarioError when a file of the chain cannot be read or parsed or
// a `base` is not a path; the rest of the loader's checks are not repeated here.
toml::table flattenScenario(std::string_view text, const std::string& sourceName, const std::filesystem::path& baseDir);

// The same chain without the top file: what the top file's own keys are merged onto (an empty
// table when it has no `base`). Throws as flattenScenario does.
toml::table flattenScenarioBases(std::string_view text, const std::string& sourceName,
                                 const std::filesystem::path& baseDir);

// One file's own table merged onto the merged tables of its bases, by the rule above: `below`'s
// name and title are dropped, and the result has no `base`.
// flattenScenario(text) is mergeScenarioLayer(flattenScenarioBases(text), the file's own table).
toml::table mergeScenarioLayer(toml::table below, const toml::table& layer);

}  // namespace pujiang
