#include "sim/scenario/key_factories.h"

#include <fmt/format.h>

#include "sim/scenario/unit_names.h"
#include "sim/scenario/units.h"

namespace pujiang {

namespace {

template <class T>
KeyInfo integerRow(const KeyText& text, IntegerRange range, const char* unit, DraftField<T> field) {
    return valueKey(text, "integer", unit, allowedText(range), [range, field](const KeyContext& key) {
        if (const auto value = readInteger(key, range)) field(key.draft()) = static_cast<T>(*value);
    });
}

}  // namespace

KeyInfo valueKey(const KeyText& text, std::string type, std::string unit, OwnedPhrase allowed,
                 std::function<void(const KeyContext&)> read) {
    KeyInfo row;
    row.path = text.path;
    row.type = std::move(type);
    row.defaultText = text.defaultText;
    row.unitZh = unitText(unit, Language::Zh);
    row.unit = std::move(unit);
    row.allowed = std::move(allowed.en);
    row.allowedZh = std::move(allowed.zh);
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
    row.allowedZh = fmt::format("最多 {} 个表", maxElements);
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
    return valueKey(text, "number", unit, allowedText(range), [range, field](const KeyContext& key) {
        if (const auto value = readNumber(key, range)) field(key.draft()) = *value;
    });
}

KeyInfo booleanKey(const KeyText& text, DraftField<bool> field) {
    return valueKey(text, "boolean", "", {"true 或 false", "true or false"}, [field](const KeyContext& key) {
        if (const auto value = readBoolean(key)) field(key.draft()) = *value;
    });
}

KeyInfo stringKey(const KeyText& text, DraftField<std::string> field) {
    return valueKey(text, "string", "", {"任意文字", "any string"}, [field](const KeyContext& key) {
        if (auto value = readString(key)) field(key.draft()) = std::move(*value);
    });
}

KeyInfo durationKey(const KeyText& text, DurationRange range, DraftField<double> field) {
    return valueKey(text, "duration", "min", allowedText(range), [range, field](const KeyContext& key) {
        if (const auto minutes = readDuration(key, range)) field(key.draft()) = *minutes;
    });
}

KeyInfo clockKey(const KeyText& text, DraftField<double> field) {
    const OwnedPhrase allowed{"时刻 \"HH:MM\"，00:00..47:59", "\"HH:MM\", 00:00..47:59"};
    return valueKey(text, "clock", "min after 00:00", allowed, [field](const KeyContext& key) {
        if (const auto clock = readClock(key)) field(key.draft()) = *clock;
    });
}

KeyInfo distributionKey(const KeyText& text, DistributionDomain domain, const char* unit,
                        DraftField<Distribution> field) {
    return valueKey(text, "distribution", unit, allowedText(domain), [domain, field](const KeyContext& key) {
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
