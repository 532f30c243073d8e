#include "sim/scenario/value_readers.h"

#include <cmath>

#include <fmt/format.h>

#include "sim/core/message_text.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"
#include "sim/scenario/units.h"

namespace pujiang {

namespace {

// The words of the range texts; the numbers and durations in them stay as a file writes them.
constexpr Phrase kIntegerWord{"整数", "integer"};
constexpr Phrase kNumberWord{"数字", "number"};
constexpr Phrase kDurationWord{"时长", "duration"};
constexpr Phrase kAtLeast{"≥", ">="};

std::string lowBound(double low, bool lowOpen, Language language) {
    return fmt::format("{} {}", lowOpen ? ">" : kAtLeast.in(language), low);
}

std::string durationLowBound(double low, bool lowOpen, Language language) {
    return fmt::format("{} {}", lowOpen ? ">" : kAtLeast.in(language), low == 0.0 ? "0" : formatDuration(low));
}

}  // namespace

std::optional<double> numberValue(const toml::node& node) {
    if (const auto* f = node.as_floating_point()) return f->get();
    if (const auto* i = node.as_integer()) return static_cast<double>(i->get());
    return std::nullopt;
}

std::string IntegerRange::describe(Language language) const {
    const std::string_view word = kIntegerWord.in(language);
    if (high == std::numeric_limits<std::int64_t>::max())
        return fmt::format("{} {} {}", word, kAtLeast.in(language), low);
    return fmt::format("{} {}..{}", word, low, high);
}

std::string NumberRange::describe(Language language) const {
    const std::string word(kNumberWord.in(language));
    if (std::isinf(low) && std::isinf(high)) return word;
    if (std::isinf(high)) return word + " " + lowBound(low, lowOpen, language);
    return fmt::format("{} {}{}..{}", word, lowOpen ? "> " : "", low, high);
}

std::string DurationRange::describe(Language language) const {
    const std::string word(kDurationWord.in(language));
    if (std::isinf(low) && std::isinf(high)) return word;
    if (std::isinf(high)) return word + " " + durationLowBound(low, lowOpen, language);
    return fmt::format("{} {}{}..{}", word, lowOpen ? "> " : "", low == 0.0 ? "0" : formatDuration(low),
                       formatDuration(high));
}

void reportType(const KeyContext& key, const OwnedPhrase& expected) {
    key.error(bilingual("{} 的类型是 {}；应为 {}", "{} is {}; expected {}", key.subject(), typeName(key.node()),
                        expected));
}

void reportRange(const KeyContext& key, const OwnedPhrase& allowed) {
    key.error(bilingual("{} 超出范围；允许：{}", "{} is out of range; allowed: {}", key.subject(), allowed));
}

// Beyond the bounds every key shares (scenario_limits.h), whatever its own range says.
static void reportTooLarge(const KeyContext& key, const OwnedPhrase& allowed) {
    key.error(bilingual("{} 太大，模型的计算会溢出；允许：{}", "{} is too large for the model's arithmetic; allowed: {}",
                        key.subject(), allowed));
}

std::string choiceText(std::span<const std::string> names, Language language) {
    return std::string(Phrase{"以下之一：", "one of "}.in(language)) + joinNames(names);
}

std::optional<std::int64_t> readInteger(const KeyContext& key, const IntegerRange& range) {
    const auto* value = key.node().as_integer();
    if (!value) {
        reportType(key, allowedText(range));
        return std::nullopt;
    }
    const std::int64_t x = value->get();
    if (x < range.low || x > range.high) {
        reportRange(key, allowedText(range));
        return std::nullopt;
    }
    return x;
}

std::optional<double> readNumber(const KeyContext& key, const NumberRange& range) {
    const std::optional<double> value = numberValue(key.node());
    if (!value) {
        reportType(key, allowedText(range));
        return std::nullopt;
    }
    const double x = *value;
    const bool inRange = std::isfinite(x) && (range.lowOpen ? x > range.low : x >= range.low) && x <= range.high;
    if (!inRange) {
        reportRange(key, allowedText(range));
        return std::nullopt;
    }
    if (std::abs(x) > kMaxNumberMagnitude) {
        reportTooLarge(key, bilingual("绝对值不超过 {:g} 的数字", "a number of magnitude at most {:g}", kMaxNumberMagnitude));
        return std::nullopt;
    }
    return x;
}

std::optional<bool> readBoolean(const KeyContext& key) {
    const auto* value = key.node().as_boolean();
    if (!value) {
        reportType(key, {"true 或 false", "true or false"});
        return std::nullopt;
    }
    return value->get();
}

std::optional<std::string> readString(const KeyContext& key) {
    const auto* value = key.node().as_string();
    if (!value) {
        reportType(key, {"字符串", "a string"});
        return std::nullopt;
    }
    return value->get();
}

std::optional<double> readDuration(const KeyContext& key, const DurationRange& range) {
    double minutes = 0.0;
    if (const auto* integer = key.node().as_integer()) {
        if (integer->get() != 0) {
            key.error(bilingual("{} 没有单位；{}", "{} has no unit; {}", key.subject(), kDurationHint));
            return std::nullopt;
        }
    } else if (const auto* text = key.node().as_string()) {
        const std::optional<double> parsed = parseDuration(text->get());
        if (!parsed) {
            key.error(bilingual("{} 不是时长；{}", "{} is not a duration; {}", key.subject(), kDurationHint));
            return std::nullopt;
        }
        minutes = *parsed;
    } else {
        reportType(key, bilingual("{}，例如 \"15min\"", "{}, e.g. \"15min\"", allowedText(range)));
        return std::nullopt;
    }
    const bool inRange = (range.lowOpen ? minutes > range.low : minutes >= range.low) && minutes <= range.high;
    if (!inRange) {
        reportRange(key, allowedText(range));
        return std::nullopt;
    }
    if (std::abs(minutes) > kMaxDurationMinutes) {
        reportTooLarge(key, bilingual("绝对值不超过 {:.0f}h 的时长", "a duration of magnitude at most {:.0f}h",
                                      kMaxDurationMinutes / 60.0));
        return std::nullopt;
    }
    return minutes;
}

std::optional<double> readClock(const KeyContext& key) {
    const auto* text = key.node().as_string();
    if (const auto* time = key.node().as_time()) {
        // TOML's own time type: the value is right, only the quotes are missing.
        key.error(bilingual("{} 是不带引号的 TOML 时刻；应为时刻字符串，例如 \"{:02}:{:02}\"（00:00..47:59）",
                            "{} is a TOML time without quotes; expected a clock time string, e.g. \"{:02}:{:02}\" "
                            "(00:00..47:59)",
                            key.subject(), time->get().hour, time->get().minute));
        return std::nullopt;
    }
    if (!text) {
        reportType(key, {"时刻字符串 \"HH:MM\"，00:00..47:59", "a clock time string \"HH:MM\", 00:00..47:59"});
        return std::nullopt;
    }
    const std::optional<double> clock = parseClock(text->get());
    if (!clock) key.error(bilingual("{} 不是时刻；{}", "{} is not a clock time; {}", key.subject(), kClockHint));
    return clock;
}

std::optional<std::vector<KeyContext>> readArray(const KeyContext& key, const OwnedPhrase& expected) {
    const toml::array* array = key.node().as_array();
    if (!array) {
        reportType(key, expected);
        return std::nullopt;
    }
    std::vector<KeyContext> elements;
    elements.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i)
        elements.push_back(key.child((*array)[i], elementPath(key.path(), i)));
    return elements;
}

std::optional<std::size_t> readChoice(const KeyContext& key, std::span<const std::string> names, Phrase what) {
    const OwnedPhrase choices{choiceText(names, Language::Zh), choiceText(names, Language::En)};
    const auto* text = key.node().as_string();
    if (!text) {
        reportType(key, bilingual("字符串，{}", "a string, {}", choices));
        return std::nullopt;
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text->get()) return i;
    key.error(bilingual("{} 不是已知的{}{}；允许：{}", "{} is not a known {}{}; allowed: {}", key.subject(), what,
                        didYouMean(suggestName(text->get(), names)), choices));
    return std::nullopt;
}

}  // namespace pujiang
