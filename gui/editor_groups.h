#pragma once
// The scenario editor's fields, grouped the way the key table nests them: one group per table,
// one per array of tables and one per element the document writes ("rooms[2]"), each field a
// Value row of the key table at a concrete place ("rooms[2].tables"). No ImGui here.

#include <cstddef>
#include <string>
#include <vector>

#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_document.h"

namespace pujiang::gui {

// One setting the editor shows: a Value row of the key table at a concrete place in the document.
struct EditorField {
    std::string key;  // as overrides write it: "day.opens", "rooms[2].tables", "walk_ins.profile[1].from"
    const KeyInfo* info = nullptr;
};

enum class GroupKind {
    Table,    // the top level, [day], rooms[2].selection: settings
    Array,    // [[rooms]]: no settings of its own; elements are added here
    Element,  // rooms[2]: one element of an array, removable
};

// A group of fields in key-table order; the editor lists the groups and shows one at a time.
struct EditorGroup {
    std::string title;  // "[day]", "[[rooms]]", "rooms[2]"; empty for the top level (the view names it)
    std::string path;   // concrete table path: "", "day", "rooms", "rooms[2]", "rooms[2].selection"
    GroupKind kind = GroupKind::Table;
    const KeyInfo* info = nullptr;  // the Table or TableArray row; nullptr for the top level
    std::string arrayName;          // Array and Element: "rooms", "categories", "walk_ins.profile"
    std::size_t index = 0;          // Element: 1-based position in its array
    std::size_t elementCount = 0;   // Array: how many elements the document writes
    std::string elementName;        // Element: its first required value ("Hall", "LAND", "08:00"), unquoted
    int depth = 0;                  // nesting, for indentation
    std::vector<EditorField> fields;

    bool isElement() const { return kind == GroupKind::Element; }
};

// The groups for `document`: the key table walked in order (a table's own settings, then the
// tables and arrays inside it), each array expanded into one group per element the document
// writes. `base` is left out: documents are flattened, so it never applies.
std::vector<EditorGroup> editorGroups(const ScenarioDocument& document);

}  // namespace pujiang::gui
