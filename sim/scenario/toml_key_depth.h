#pragma once
// A guard in front of the TOML parser: toml++ follows each dot of a dotted key or table header
// (`a.b.c = 1`, `[a.b.c]`) one level deeper on the stack, so a 100 KB line of dots would overflow
// it (arrays and inline tables are already limited by toml++ itself). Keys nested deeper than any
// file needs are refused before parsing, with the place.

#include <cstddef>
#include <optional>
#include <string_view>

namespace pujiang {

inline constexpr std::size_t kMaxTomlKeyDepth = 64;

struct TextPlace {
    int line = 1, column = 1;  // 1-based, columns in bytes
};

// Where the first key with more than kMaxTomlKeyDepth parts starts; nothing when there is none.
// Strings and comments are skipped as TOML reads them.
std::optional<TextPlace> tooDeepKey(std::string_view text);

}  // namespace pujiang
