#pragma once
// The loader's messages about an edited document, tied to the editor's fields and groups they
// name, so each can be shown right under the field it is about. The loader writes keys in its
// messages as overrides write them ("rooms[2].tables = 0 is out of range"), which is what the
// editor's field keys are, in either language. No ImGui here.

#include <string>
#include <string_view>
#include <vector>

#include "gui/editor_groups.h"
#include "sim/scenario/diagnostics.h"

namespace pujiang::gui {

struct EditorProblem {
    Diagnostic diagnostic;            // as the loader reported it, in both languages
    std::string text;                 // "file:line:col: message" in the shown language
    // What the user sees: the message alone in the shown language. The place is meaningless to the
    // user: the lines are those of the document's generated text (ScenarioDocument::problems), not
    // of the file they opened, so the editor shows only the key and what is wrong with it.
    std::string shortText;
    std::vector<std::string> keys;    // field keys the message names
    std::vector<std::string> groups;  // element (or table inside one) paths it names, none of whose fields it names
};

// The keys and groups are found in the English message, whose wording the matching knows
// ("rooms[2]: missing required key 'name'"); the Chinese one names the same key paths.
std::vector<EditorProblem> mapProblems(const std::vector<Diagnostic>& problems,
                                       const std::vector<EditorGroup>& groups, Language shown);

// Whether `message` names the key `key` as a whole: "rooms[1].tables" is named by
// "rooms[1].tables = 0" and "rooms[1].tables[2]", not by "rooms[11].tables". A key without a dot
// ("name") counts only as "name = ...", since the bare word is common in prose.
bool namesKey(std::string_view message, std::string_view key);

}  // namespace pujiang::gui
