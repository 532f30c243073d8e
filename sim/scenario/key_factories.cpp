#include "sim/scenario/key_factories.h"

#include <fmt/format.h>

#include "sim/scenario/units.h"

namespace pujiang {

namespace {

template <class T>
KeyInfo integerRow(const KeyText& text, IntegerRange range, const char* unit, DraftField<T> field) {
    return valueKey(text, "integer", unit, range.describe(), [range, field](const KeyContext& key) {
        if (const auto value = readInteger(key, range)) field(key.draft()) = static_cast<T>(*value);
    });
}

}  // namespace

KeyInfo valueKey(const KeyText& text, std::string type, std::string unit, std::string allowed,
                 std::function<void(const KeyContext&)> read) {
    KeyInfo row;
    row.path = text.path;
    row.type = std::move(type);
    row.defaultText = text.defaultText;
    row.unit = std::move(unit);
    row.allowed = std::move(allowed);
    row.description = text.description;
    row.kind = KeyKind::Value;
    row.read = std::move(read);
    return row;
}

KeyInfo tableKey(const char* path, const char* description) {
    KeyInfo row;
    row.path = path;
    row.type = "table";
    row.description = description;
    row.kind = KeyKind::Table;
    row.literalDefault = false;
    return row;
}

KeyInfo tableArrayKey(const KeyText& text, std::size_t maxElements, void (*clear)(ScenarioDraft&),
                      void (*append)(ScenarioDraft&)) {
    KeyInfo row;
    row.path = text.path;
    row.type = "array of tables";
    row.allowed = fmt::format("at most {} tables", maxElements);
    row.maxElements = maxElements;
    row.defaultText = text.defaultText;
    row.description = text.description;
    row.kind = KeyKind::TableArray;
    row.clear = clear;
    row.append = append;
    return row;
}

KeyInfo integerKey(const KeyText& text, IntegerRange range, const char* unit, DraftField<int> field) {
    return integerRow(text, range, unit, field);
}

KeyInfo integerKey(const KeyText& text, IntegerRange range, const char* unit, DraftField<std::uint64_t> field) {
    return integerRow(text, range, unit, field);
}

KeyInfo numberKey(const KeyText& text, NumberRange range, const char* unit, DraftField<double> field) {
    return valueKey(text, "number", unit, range.describe(), [range, field](const KeyContext& key) {
        if (const auto value = readNumber(key, range)) field(key.draft()) = *value;
    });
}

KeyInfo booleanKey(const KeyText& text, DraftField<bool> field) {
    return valueKey(text, "boolean", "", "true or false", [field](const KeyContext& key) {
        if (const auto value = readBoolean(key)) field(key.draft()) = *value;
    });
}

KeyInfo stringKey(const KeyText& text, DraftField<std::string> field) {
    return valueKey(text, "string", "", "any string", [field](const KeyContext& key) {
        if (auto value = readString(key)) field(key.draft()) = std::move(*value);
    });
}

KeyInfo durationKey(const KeyText& text, DurationRange range, DraftField<double> field) {
    return valueKey(text, "duration", "min", range.describe(), [range, field](const KeyContext& key) {
        if (const auto minutes = readDuration(key, range)) field(key.draft()) = *minutes;
    });
}

KeyInfo clockKey(const KeyText& text, DraftField<double> field) {
    return valueKey(text, "clock", "min after 00:00", "\"HH:MM\", 00:00..47:59", [field](const KeyContext& key) {
        if (const auto clock = readClock(key)) field(key.draft()) = *clock;
    });
}

KeyInfo distributionKey(const KeyText& text, DistributionDomain domain, const char* unit,
                        DraftField<Distribution> field) {
    return valueKey(text, "distribution", unit, domain.describe(), [domain, field](const KeyContext& key) {
        if (auto distribution = readDistribution(key, domain)) field(key.draft()) = std::move(*distribution);
    });
}

KeyInfo computedDefault(KeyInfo row) {
    row.literalDefault = false;
    return row;
}

KeyInfo required(KeyInfo row) {
    row.required = true;
    row.literalDefault = false;
    row.defaultText = "(required)";
    return row;
}

}  // namespace pujiang
