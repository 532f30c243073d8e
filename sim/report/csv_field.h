#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace pujiang {

// RFC 4180 quoting, only when the text needs it (names may hold commas or quotes). A text that
// starts with =, +, -, @, tab or CR gets a leading apostrophe: a spreadsheet would run it as a
// formula. Numbers are written by csvNumber, never through here.
inline std::string csvField(std::string_view text) {
    std::string safe;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        safe = "'";
        safe += text;
        text = safe;
    }
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

// A number with 17 significant digits (it reads back exactly); a figure with no value (NaN, see
// kNoValue) is an empty field, never "nan".
inline std::string csvNumber(double x) { return x == x ? fmt::format("{:.17g}", x) : std::string(); }

}  // namespace pujiang
