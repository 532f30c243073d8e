#pragma once
// Typed reads of single TOML values with their range checks. Each returns nullopt after reporting
// what is wrong and what is allowed (internal to sim/scenario). The ranges also produce the
// "allowed" text of the key table, so messages and the reference doc say the same thing. The
// reference doc is English, so `describe` defaults to English; messages carry both languages and
// the GUI's editor shows the Chinese.

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"
#include "sim/scenario/key_context.h"

namespace pujiang {

struct IntegerRange {
    std::int64_t low = 0;
    std::int64_t high = std::numeric_limits<std::int64_t>::max();
    // "integer 1..1000", "integer >= 0"; Chinese "整数 1..1000", "整数 ≥ 0"
    std::string describe(Language language = Language::En) const;
};

struct NumberRange {
    double low = 0.0;
    double high = std::numeric_limits<double>::infinity();
    bool lowOpen = false;          // low itself is excluded
    // "number 0..1", "number > 0", "number >= 0"; Chinese "数字 0..1", "数字 > 0", "数字 ≥ 0"
    std::string describe(Language language = Language::En) const;
};

// In minutes.
struct DurationRange {
    double low = 0.0;
    double high = std::numeric_limits<double>::infinity();
    bool lowOpen = false;
    // "duration >= 0", "duration > 0", "duration 0..1000000h"; Chinese "时长 ≥ 0", ...
    std::string describe(Language language = Language::En) const;
};

// A range's text in both languages, for messages and the key table's "allowed" column.
template <class Range>
OwnedPhrase allowedText(const Range& range) {
    return {range.describe(Language::Zh), range.describe(Language::En)};
}

inline constexpr NumberRange kProbability{0.0, 1.0};
inline constexpr NumberRange kNonNegative{};
inline constexpr NumberRange kPositive{0.0, std::numeric_limits<double>::infinity(), true};
// Any sign; the caller checks the sign where it matters.
inline constexpr NumberRange kAnyNumber{-std::numeric_limits<double>::infinity()};
inline constexpr DurationRange kAnyDuration{-std::numeric_limits<double>::infinity()};

// An integer or floating-point node as a double (no checks).
std::optional<double> numberValue(const toml::node& node);

std::optional<std::int64_t> readInteger(const KeyContext& key, const IntegerRange& range);
std::optional<double> readNumber(const KeyContext& key, const NumberRange& range);
std::optional<bool> readBoolean(const KeyContext& key);
std::optional<std::string> readString(const KeyContext& key);
// A duration string, or the integer 0.
std::optional<double> readDuration(const KeyContext& key, const DurationRange& range);
std::optional<double> readClock(const KeyContext& key);
// Index of the string's value among `names`; `what` names the kind of thing in messages.
std::optional<std::size_t> readChoice(const KeyContext& key, std::span<const std::string> names, Phrase what);

// The elements of an array value, each with its own path ("rooms[1].breaks[2]"); nullopt after
// reporting that the value is not an array (`expected` says what it should be).
std::optional<std::vector<KeyContext>> readArray(const KeyContext& key, const OwnedPhrase& expected);

// "x = 3 is an integer; expected <expected>"; "x = 3 的类型是 整数；应为 <expected>"
void reportType(const KeyContext& key, const OwnedPhrase& expected);
// "x = 0 is out of range; allowed: <allowed>"; "x = 0 超出范围；允许：<allowed>"
void reportRange(const KeyContext& key, const OwnedPhrase& allowed);
// "one of a, b, c"; Chinese "以下之一：a, b, c" (the names stay as written in files)
std::string choiceText(std::span<const std::string> names, Language language = Language::En);

}  // namespace pujiang
