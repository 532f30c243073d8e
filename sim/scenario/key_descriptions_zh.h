#pragma once
// The Chinese descriptions of the key table's rows (internal to sim/scenario; the GUI reads them
// through KeyInfo::describe). Each says what the English description says, no more: the English
// one in sim/scenario/key_table.cpp is the contract.

#include <span>
#include <string_view>

namespace pujiang {

struct KeyDescriptionZh {
    std::string_view path;  // as in the key table: "day.opens", "rooms[].tables"
    std::string_view text;
};

// Every entry, in key-table order; the tests check it against the key table in both directions.
std::span<const KeyDescriptionZh> keyDescriptionsZh();

// The Chinese description of a key path; empty when there is none, which a test reports rather
// than the editor papering over it with the English.
std::string_view keyDescriptionZh(std::string_view path);

}  // namespace pujiang
