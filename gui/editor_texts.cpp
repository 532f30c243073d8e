#include "gui/editor_texts.h"

#include <algorithm>
#include <iterator>

#include "sim/scenario/enum_value_labels.h"

namespace pujiang::gui {

namespace {

constexpr std::string_view kClockUnit = "min after 00:00";

struct TextId {
    std::string_view keyTable;  // as the key table writes it
    const char* id;             // the UI table's id for it
};

// The type words of the key table (key_factories.cpp, list_keys.cpp).
constexpr TextId kTypes[] = {
    {"integer", "editor.type.integer"},
    {"number", "editor.type.number"},
    {"boolean", "editor.type.boolean"},
    {"string", "editor.type.string"},
    {"duration", "editor.type.duration"},
    {"clock", "editor.type.clock"},
    {"distribution", "editor.type.distribution"},
    {"enum", "editor.type.enum"},
    {"array of strings", "editor.type.strings"},
    {"array of numbers", "editor.type.numbers"},
    {"table", "editor.type.table"},
    {"array of tables", "editor.type.tables"},
};

// Computed defaults the key table describes in English words (computedDefault rows).
constexpr TextId kComputedDefaults[] = {
    {"(file stem)", "editor.default.file_stem"},
    {"(none)", "editor.default.none"},
    {"(the 12 default categories)", "editor.default.categories"},
    {"(no limit)", "editor.default.no_limit"},
};

const char* idFor(std::span<const TextId> table, std::string_view text) {
    const auto found =
        std::find_if(table.begin(), table.end(), [text](const TextId& entry) { return entry.keyTable == text; });
    return found == table.end() ? nullptr : found->id;
}

std::string_view unquoted(std::string_view text) {
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') return text.substr(1, text.size() - 2);
    return text;
}

}  // namespace

bool isClockValued(const KeyInfo& info) { return info.unit == kClockUnit; }

std::string keyDescription(const KeyInfo& info, const UiStrings& text) { return info.describe(text.language()); }

std::string keyUnit(const KeyInfo& info, const UiStrings& text) {
    if (isClockValued(info)) return text.get("editor.unit.clock");
    return info.unitIn(text.language());
}

std::string keyAllowed(const KeyInfo& info, const UiStrings& text) { return info.allowedIn(text.language()); }

std::string keyType(const KeyInfo& info, const UiStrings& text) {
    const char* id = idFor(kTypes, info.type);
    return id ? text.get(id) : info.type;
}

std::string keyDefault(const KeyInfo& info, const UiStrings& text) {
    if (info.required) return text.get("editor.required");
    if (!info.choices.empty()) return enumLabel(info, unquoted(info.defaultText), text);
    if (info.literalDefault) return info.defaultText;
    if (const char* id = idFor(kComputedDefaults, info.defaultText)) return text.get(id);
    // "(day.opens)": the value of another key.
    const std::string& written = info.defaultText;
    if (written.size() > 2 && written.front() == '(' && written.back() == ')') {
        const std::string key = written.substr(1, written.size() - 2);
        if (findKey(key)) return text.getf("editor.default.same_as", key);
    }
    return written;
}

std::string enumLabel(const KeyInfo& info, std::string_view value, const UiStrings& text) {
    const std::string_view label = enumValueLabel(info.path, value, text.language());
    return std::string(label.empty() ? value : label);
}

std::vector<std::string> keyTextIds() {
    std::vector<std::string> ids;
    for (const TextId& entry : kTypes) ids.emplace_back(entry.id);
    for (const TextId& entry : kComputedDefaults) ids.emplace_back(entry.id);
    ids.emplace_back("editor.default.same_as");
    ids.emplace_back("editor.unit.clock");
    return ids;
}

std::vector<std::string> keyTableGlyphTexts() {
    std::vector<std::string> texts;
    for (const KeyInfo& key : keyTable()) {
        for (const Language language : {Language::Zh, Language::En}) {
            texts.push_back(key.describe(language));
            texts.push_back(key.unitIn(language));
            texts.push_back(key.allowedIn(language));
        }
        texts.push_back(key.defaultText);
        texts.push_back(key.path);
    }
    for (const EnumKeyLabels& key : enumKeyLabels()) {
        for (const EnumValueLabel& value : key.values) {
            texts.emplace_back(value.label.zh);
            texts.emplace_back(value.label.en);
        }
    }
    return texts;
}

}  // namespace pujiang::gui
