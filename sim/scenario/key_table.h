#pragma once
// Every scenario setting, declared once: its path in the file, type, default, unit, allowed values
// and a one-line description. The same table drives the loader (which keys exist and how each is
// read and checked), its error messages and docs/scenario-reference.md. The GUI's editor shows
// the Chinese texts in Chinese mode; messages and the reference doc stay English.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"

namespace pujiang {

class KeyContext;      // sim/scenario/key_context.h (loader internals)
struct ScenarioDraft;  // sim/scenario/scenario_draft.h (loader internals)

enum class KeyKind {
    Value,       // one setting
    Table,       // [day], [rooms.selection]: a group of settings
    TableArray,  // [[rooms]], [[categories]], walk_ins.profile: a list of groups
};

struct KeyInfo {
    std::string path;         // "day.opens"; keys of array elements are written "rooms[].tables"
    std::string type;         // "clock", "integer", "distribution", "table", ...
    std::string defaultText;  // as written in a file (a TOML value), unless literalDefault is false
    std::string unit;         // how the value is stored: "min", "days", "min after 00:00", ...
    std::string allowed;      // e.g. "integer 1..1000"
    std::string description;
    // The Chinese twins: descriptionZh from sim/scenario/key_descriptions_zh.cpp, unitZh and
    // allowedZh made by the same factory that makes the English ones.
    std::string descriptionZh;
    std::string unitZh;
    std::string allowedZh;
    std::vector<std::string> choices;  // enum keys: the values a file may write, in table order
    KeyKind kind = KeyKind::Value;
    bool required = false;        // every element of the enclosing table array must set it
    bool literalDefault = true;   // false: defaultText describes a computed default, e.g. "(day.opens)"
    std::size_t maxElements = 0;  // TableArray: most elements a file may list

    // Loader hooks; which ones are set depends on `kind`.
    std::function<void(const KeyContext&)> read;  // Value: check the value and store it in the draft
    std::function<void(ScenarioDraft&)> clear;    // TableArray: forget the elements a base file gave
    std::function<void(ScenarioDraft&)> append;   // TableArray: start the next element

    const std::string& describe(Language language) const {
        return language == Language::Zh ? descriptionZh : description;
    }
    const std::string& unitIn(Language language) const { return language == Language::Zh ? unitZh : unit; }
    const std::string& allowedIn(Language language) const {
        return language == Language::Zh ? allowedZh : allowed;
    }
};

// Rows in reference-doc order: each table's row comes before the rows inside it.
const std::vector<KeyInfo>& keyTable();
const KeyInfo* findKey(std::string_view path);

// The rows directly inside a table path: "" is the top level, "day" the [day] table and
// "rooms[]" an element of [[rooms]].
std::vector<const KeyInfo*> childKeys(std::string_view tablePath);
// The table path a row belongs to: "rooms[]" for "rooms[].tables", "" for "name".
std::string_view parentPath(std::string_view path);
// The key as written inside its table: "tables" for "rooms[].tables".
std::string_view keyName(std::string_view path);
// How messages and docs name a table path: "[day]", "[[rooms]]", "[rooms.selection]", "the top level"
// (Chinese "顶层"; the others are written as in a file in either language).
std::string tableLabel(std::string_view tablePath, Language language = Language::En);
// tableLabel in both languages, for messages.
inline OwnedPhrase tableLabels(std::string_view tablePath) {
    return {tableLabel(tablePath, Language::Zh), tableLabel(tablePath, Language::En)};
}

}  // namespace pujiang
