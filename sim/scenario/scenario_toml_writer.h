#pragma once
// Writes a scenario table back as TOML text (internal to sim/scenario; the editor saves through it).
//
// Keys come in key-table order, the order of docs/scenario-reference.md, so a saved file reads
// like a hand-written one: name and title first, then [day], [run], [[categories]], ... Keys the
// key table does not have follow in name order. [[rooms]] and [[categories]] are written as
// blocks, every other array and every distribution inline. toml++'s own formatter is not used
// for the layout because it orders keys by name, and not for floats because, built with GCC, it
// prints them with 17 digits (0.209 becomes 0.20899999999999999); here they get the shortest text
// that reads back as the same double. The output depends only on the table, never on how the
// source was laid out.

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

namespace pujiang {

std::string writeScenarioToml(const toml::table& scenario);

// The same layout for one table inside a scenario: its `key = value` lines, then its sections and
// blocks with headers under `header`. `rowPath` is the table's key-table path ("", "day",
// "rooms[]") and `header` its header as written ("", "day", "rooms"); the table's own header line
// is the caller's. writeScenarioToml(t) is writeScenarioTable(t, "", "").
std::string writeScenarioTable(const toml::table& table, std::string_view rowPath, const std::string& header);

// The table's keys in the order the writer writes them: key-table order, then the keys the key
// table does not have, in name order. `rowPath` is the table's key-table path ("", "rooms[]").
std::vector<std::string> orderedScenarioKeys(const toml::table& table, std::string_view rowPath);

// A key as a file writes it: bare when TOML allows (day, per_hour), quoted otherwise.
std::string tomlKeyText(std::string_view key);

// One value on one line, as a file or an override would write it: 3, 0.25, "15min",
// ["12:00-13:30"], { dist = "exponential", mean = "8min" }. `rowPath` is the value's key-table
// path ("walk_ins.profile"); it orders the keys of inline tables that the key table describes.
std::string inlineTomlValue(const toml::node& node, std::string_view rowPath = {});

}  // namespace pujiang
