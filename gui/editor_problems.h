#pragma once
// The loader's messages about an edited document, tied to the editor's fields and groups they
// name, so each can be shown right under the field it is about. The loader writes keys in its
// messages as overrides write them ("rooms[2].tables = 0 is out of range"), which is what the
// editor's field keys are. No ImGui here.

#include <string>
#include <string_view>
#include <vector>

#include "gui/editor_groups.h"

namespace pujiang::gui {

struct EditorProblem {
    std::string text;                 // as the loader wrote it: "file:line:col: message"
    std::string shortText;            // what the user sees: the message alone (withoutLocation)
    std::vector<std::string> keys;    // field keys the message names
    std::vector<std::string> groups;  // element (or table inside one) paths it names, none of whose fields it names
};

// `sourceName` is the file name the loader puts in front of each message.
std::vector<EditorProblem> mapProblems(const std::vector<std::string>& problems,
                                       const std::vector<EditorGroup>& groups, std::string_view sourceName);

// The loader's message without "file:line:col: " (or "file: "). The place is meaningless to the
// user: the lines are those of the document's generated text (ScenarioDocument::problems), not of
// the file they opened, so the editor shows only the key and what is wrong with it.
std::string withoutLocation(std::string_view text, std::string_view sourceName);

// Whether `message` names the key `key` as a whole: "rooms[1].tables" is named by
// "rooms[1].tables = 0" and "rooms[1].tables[2]", not by "rooms[11].tables". A key without a dot
// ("name") counts only as "name = ...", since the bare word is common in prose.
bool namesKey(std::string_view message, std::string_view key);

}  // namespace pujiang::gui
