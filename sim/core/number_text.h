#pragma once
// Numbers read from command-line text, strictly: what CLI11 would otherwise convert loosely
// ("-1" as the seed 18446744073709551615, "nan" through any range, since NaN compares false).

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

namespace pujiang {

// A whole number 0..2^64-1 in decimal, no sign, nothing else.
inline std::optional<std::uint64_t> parseSeedText(std::string_view text) {
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end) return std::nullopt;
    return value;
}

// A finite number lo..hi, the whole text.
inline std::optional<double> parseFiniteNumber(std::string_view text, double lo, double hi) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || !std::isfinite(value) || value < lo || value > hi)
        return std::nullopt;
    return value;
}

}  // namespace pujiang
