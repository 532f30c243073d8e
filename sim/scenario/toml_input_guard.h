#pragma once
// The guard in front of the TOML parser. toml++ 3.3.0 (Debian 12) has three faults that a file can
// reach, so every text is scanned before toml++ sees it:
//   - it follows each dot of a dotted key or table header (`a.b.c = 1`, `[a.b.c]`) one level deeper
//     on the stack: a 100 KB line of dots overflows it. Keys deeper than kMaxTomlKeyDepth are refused.
//   - asked whether U+00A1..U+0499 (¡, é, ü, Cyrillic...), U+2C5E..U+3057 but U+3000 (CJK
//     punctuation 、。「」...) or U+FB26..U+FEFE is whitespace, it reaches a point marked
//     unreachable (undefined behaviour). It asks outside quotes, and in a multi-line basic string
//     after a backslash. Outside strings and comments TOML allows only ASCII, so any other character
//     there is refused with its place; after a backslash in a multi-line basic string it is refused
//     as an escape TOML does not have; elsewhere in such a string it is handed to toml++ as the
//     equivalent \uXXXX escape (the string's value is the same).
//   - a table header whose '[' or '[[' is followed by something that cannot start a key (`[` then a
//     line break, `[=`, `[[[`) fails an assertion. Refused with the place and what may follow.
// Arrays and inline tables nested too deep are already refused by toml++ itself.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <toml++/toml.h>

#include "sim/core/language.h"

namespace pujiang {

inline constexpr std::size_t kMaxTomlKeyDepth = 64;

struct TextPlace {
    int line = 1, column = 1;  // 1-based; columns count characters (UTF-8 code points), as toml++ does
};

struct TomlInputProblem {
    TextPlace at;
    OwnedPhrase message;  // what is wrong and what is allowed instead
};

// The first problem the guard refuses, or nothing when toml++ may parse the text.
std::optional<TomlInputProblem> tomlInputProblem(std::string_view text);

// toml::parse behind the guard: the guard's problem, or the parsed table. toml++ is given `text`
// itself, or the same document with the characters it misreads inside multi-line basic strings
// written as \u escapes (columns later on such a line shift by the escapes' extra length; lines do
// not move). toml++'s own syntax errors are thrown as toml::parse_error, as toml::parse does.
std::variant<toml::table, TomlInputProblem> parseGuardedToml(std::string_view text, std::string_view sourceName);

}  // namespace pujiang
