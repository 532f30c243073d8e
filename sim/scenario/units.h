#pragma once
// Text forms of quantities in scenario files: durations carry a unit ("90s", "15min", "1.5h",
// "60d") and clock times are "HH:MM". Both are stored as minutes (clock times: minutes after
// midnight of the reception day). Parsing only; ranges are checked by the caller.

#include <optional>
#include <string>
#include <string_view>

#include "sim/core/language.h"

namespace pujiang {

inline constexpr double kMinutesPerHour = 60.0;
inline constexpr double kMinutesPerDay = 24.0 * 60.0;
// Clock times run past midnight so a day may end after 24:00.
inline constexpr double kLatestClock = 47 * 60.0 + 59.0;

inline constexpr Phrase kDurationHint{R"(写成数字加单位，中间不留空格："90s"、"15min"、"1.5h"、"60d")",
                                      R"(write a number and a unit without a space: "90s", "15min", "1.5h", "60d")"};
inline constexpr Phrase kClockHint{R"(写成 "HH:MM"，00:00..47:59)", R"(write "HH:MM", 00:00..47:59)"};

// Minutes in e.g. "-15min" or "1.5h": an optional '-', digits with at most one '.', then one
// of s, min, h, d. Nullopt for anything else (no exponent, no spaces, no unit-less numbers).
std::optional<double> parseDuration(std::string_view text);

// Minutes after midnight for "HH:MM" (two digits each, hour 00..47, minute 00..59).
std::optional<double> parseClock(std::string_view text);

// "08:30" (rounded to the minute).
std::string clockLiteral(double minutesAfterMidnight);
// The largest unit that shows the value exactly: "30s", "15min", "1.5h" is "90min", "2h", "60d".
std::string formatDuration(double minutes);

}  // namespace pujiang
