#pragma once
// The one reader of scenario key paths — "day.opens", "rooms[2].tables",
// "rooms[*].selection.max_batches" — for command-line overrides (--set, --vary) and for the
// editor's ScenarioDocument alike: the syntax, the key table's rows, and where [N] and [*] are
// allowed. What an override may set on top of that (not `base`, not a whole table) is in overrides.cpp.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"
#include "sim/scenario/key_table.h"

namespace pujiang {

// One dotted part of a key: "rooms[2]" is {rooms, index 1}, "rooms[*]" is {rooms, every element}.
struct KeyStep {
    std::string name;
    std::optional<std::size_t> index;  // 0-based
    bool everyElement = false;
    const KeyInfo* row = nullptr;
    bool selectsElements() const { return index || everyElement; }
};

// A key resolved against the key table, or what is wrong with it (the steps read so far).
struct KeyPath {
    std::vector<KeyStep> steps;
    OwnedPhrase problem;  // empty when the key is good; says what is wrong and what is allowed
    bool good() const { return problem.en.empty(); }
};

KeyPath parseKeyPath(std::string_view key);

// "rooms[].tables" from "rooms[]" and "tables": the key-table path of a key inside a table path.
std::string childRowPath(std::string_view tablePath, std::string_view name);

// "name, count, tables, ...": the keys inside a key-table table path.
std::string keysOf(std::string_view tablePath);

}  // namespace pujiang
