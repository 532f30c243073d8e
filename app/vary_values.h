#pragma once
// --vary KEY=v1,v2,... | KEY=a..b | KEY=a..b:step  ->  the key and its list of values (as text,
// each a TOML value for the scenario loader). Commas inside braces, brackets or quotes do not split.

#include <string>
#include <vector>

namespace pujiang::cli {

struct VarySpec {
    std::string key;
    std::vector<std::string> values;
};

// Throws CLI::ValidationError("--vary", ...) on malformed input.
VarySpec parseVary(const std::string& text);

}  // namespace pujiang::cli
