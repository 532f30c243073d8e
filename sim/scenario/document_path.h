#pragma once
// Keys of a scenario document as overrides write them ("day.opens", "rooms[2].tables",
// "rooms[*].selection.max_batches"), resolved against the key table and followed through a
// parsed scenario table (internal to sim/scenario; the editor's ScenarioDocument uses them).

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "sim/scenario/key_path.h"

namespace pujiang {

// The steps of a key (key_path.h) as the document follows them.
using DocumentStep = KeyStep;

// Throws std::invalid_argument when the key is malformed or the key table does not have it; the
// editor only asks for keys it took from the key table, so that is a programming error.
std::vector<DocumentStep> resolveDocumentKey(std::string_view key);

// The node the steps lead to, or nullptr when the document does not write it. Every step must
// name one node (no [*]).
const toml::node* findNode(const toml::table& table, std::span<const DocumentStep> steps);
toml::node* findNode(toml::table& table, std::span<const DocumentStep> steps);

// Erases the key the steps lead to (in every element, for [*]); the last step names a key, not an
// element. A [section] left empty by the erase goes too: an empty [rooms.selection] still counts
// as written for the loader's checks. Returns whether anything was erased.
bool eraseNode(toml::table& table, std::span<const DocumentStep> steps);

// The table that holds the last step, creating missing [sections] on the way; throws
// std::out_of_range when an indexed element on the way is missing.
toml::table& holderOf(toml::table& table, std::span<const DocumentStep> steps);

}  // namespace pujiang
