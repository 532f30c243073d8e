#include "gui/editor_field_input.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "sim/scenario/scenario_toml_writer.h"
#include "sim/scenario/units.h"

namespace pujiang::gui {

namespace {

std::string_view unquoted(std::string_view text) {
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
        return text.substr(1, text.size() - 2);
    return text;
}

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string quoted(std::string_view text) { return inlineTomlValue(toml::value<std::string>(std::string(text))); }

}  // namespace

FieldInput fieldInput(const KeyInfo& info) {
    if (!info.choices.empty()) return FieldInput::Choice;
    if (info.type == "boolean") return FieldInput::Checkbox;
    if (info.type == "clock") return FieldInput::Clock;
    if (info.type == "duration") return FieldInput::Minutes;
    return FieldInput::Toml;
}

bool isClockText(std::string_view shown) { return parseClock(trimmed(shown)).has_value(); }

std::optional<double> minutesOf(std::string_view shown) {
    shown = trimmed(shown);
    double value = 0;
    const auto [end, error] = std::from_chars(shown.data(), shown.data() + shown.size(), value);
    if (shown.empty() || error != std::errc() || end != shown.data() + shown.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::string> shownText(FieldInput input, std::string_view valueText) {
    switch (input) {
    case FieldInput::Choice:
    case FieldInput::Clock: return std::string(unquoted(valueText));
    case FieldInput::Checkbox:
        if (valueText == "true" || valueText == "false") return std::string(valueText);
        return std::nullopt;
    case FieldInput::Minutes: {
        if (valueText == "0") return "0";  // the one duration a file may write without a unit
        const std::optional<double> minutes = parseDuration(unquoted(valueText));
        if (!minutes || valueText.front() != '"') return std::nullopt;
        return fmt::format("{}", *minutes);
    }
    case FieldInput::Toml: break;
    }
    return std::string(valueText);
}

std::string shownDefault(FieldInput input, const KeyInfo& info) {
    if (info.required || !info.literalDefault) return {};
    return shownText(input, info.defaultText).value_or(info.defaultText);
}

std::string valueToWrite(FieldInput input, std::string_view shown) {
    shown = trimmed(shown);
    if (shown.empty()) return {};
    switch (input) {
    case FieldInput::Choice:
    case FieldInput::Clock: return quoted(shown);
    case FieldInput::Checkbox: return std::string(shown);
    case FieldInput::Minutes:
        if (const std::optional<double> minutes = minutesOf(shown)) {
            if (*minutes == 0) return "0";
            return quoted(fmt::format("{}min", *minutes));
        }
        return quoted(shown);
    case FieldInput::Toml: break;
    }
    return std::string(shown);
}

}  // namespace pujiang::gui
