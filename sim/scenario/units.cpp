#include "sim/scenario/units.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace pujiang {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<double> unitFactor(std::string_view unit) {
    if (unit == "s") return 1.0 / 60.0;
    if (unit == "min") return 1.0;
    if (unit == "h") return kMinutesPerHour;
    if (unit == "d") return kMinutesPerDay;
    return std::nullopt;
}

bool isWhole(double x) { return std::isfinite(x) && x == std::floor(x); }

}  // namespace

std::optional<double> parseDuration(std::string_view text) {
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);

    std::size_t end = 0;
    int digits = 0, dots = 0;
    for (; end < text.size() && (isDigit(text[end]) || text[end] == '.'); ++end) {
        ++(text[end] == '.' ? dots : digits);
    }
    if (digits == 0 || dots > 1) return std::nullopt;

    const std::optional<double> factor = unitFactor(text.substr(end));
    if (!factor) return std::nullopt;

    double number = 0.0;
    const char* first = text.data();
    const char* last = text.data() + end;
    const auto [stop, error] = std::from_chars(first, last, number, std::chars_format::fixed);
    if (error != std::errc() || stop != last) return std::nullopt;

    const double minutes = number * *factor;
    if (!std::isfinite(minutes)) return std::nullopt;
    return negative ? -minutes : minutes;
}

std::optional<double> parseClock(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u})
        if (!isDigit(text[i])) return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59) return std::nullopt;
    const double clock = hours * kMinutesPerHour + minutes;
    if (clock > kLatestClock) return std::nullopt;
    return clock;
}

std::string clockLiteral(double minutesAfterMidnight) {
    if (!std::isfinite(minutesAfterMidnight)) return "never";
    const long total = std::lround(minutesAfterMidnight);
    return fmt::format("{:02}:{:02}", total / 60, total % 60);
}

std::string formatDuration(double minutes) {
    if (!std::isfinite(minutes)) return "infinite";
    if (minutes != 0.0 && isWhole(minutes / kMinutesPerDay)) return fmt::format("{}d", minutes / kMinutesPerDay);
    if (minutes != 0.0 && isWhole(minutes / kMinutesPerHour)) return fmt::format("{}h", minutes / kMinutesPerHour);
    if (isWhole(minutes) || !isWhole(minutes * 60.0)) return fmt::format("{}min", minutes);
    return fmt::format("{}s", minutes * 60.0);
}

}  // namespace pujiang
