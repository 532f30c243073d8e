#pragma once

#include <string>
#include <string_view>

namespace pujiang {

// RFC 4180 quoting, only when the text needs it (names may hold commas or quotes).
inline std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

}  // namespace pujiang
