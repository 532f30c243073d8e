#pragma once
// Short human labels for the values of the key table's enum keys, so the GUI's editor can offer
// "serve everyone present (overtime)" in a drop-down while it writes serve_all_present to the file.

#include <span>
#include <string_view>

#include "sim/core/language.h"

namespace pujiang {

struct EnumValueLabel {
    std::string_view value;  // as a file writes it: "serve_all_present"
    Phrase label;
};

struct EnumKeyLabels {
    std::string_view keyPath;  // as in the key table: "day.closing_rule", "rooms[].discipline"
    std::span<const EnumValueLabel> values;
};

// Every labelled key; the tests check it against the key table's enum keys in both directions.
std::span<const EnumKeyLabels> enumKeyLabels();

// The label of `value` of the enum key `keyPath`; empty when the key or the value has none (a test
// fails for any value of an enum key of the key table without a label in both languages).
std::string_view enumValueLabel(std::string_view keyPath, std::string_view value, Language language);

}  // namespace pujiang
