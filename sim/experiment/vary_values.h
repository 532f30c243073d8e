#pragma once
// KEY=v1,v2,... | KEY=a..b | KEY=a..b:step  ->  the key and its list of values (as text, each a
// TOML value for the scenario loader). Commas inside braces, brackets or quotes do not split.
// Shared by the CLI (--vary of sweep and plan) and the GUI's sweep, so both read the same text the
// same way.

#include <string>
#include <vector>

namespace pujiang {

struct VarySpec {
    std::string key;
    std::vector<std::string> values;
};

// Throws std::invalid_argument on malformed input; the message quotes the text, says what is wrong
// and shows the three forms.
VarySpec parseVary(const std::string& text);

}  // namespace pujiang
