#pragma once
// The Help menu: a glossary of the words a trainee meets on screen and in the case material
// (交办, 定性, 诉访分离, 集体访, ...), each explained in the current language, the hotkeys, and
// About. The glossary is a list of UI string ids, so its texts live with every other text in
// data/ui_strings.tsv and switch language with them.

#include <span>
#include <string_view>

#include "gui/ui_strings.h"

namespace pujiang::gui {

struct HelpState {
    bool glossary = false;
    bool about = false;
};

// Glossary entries by id: `glossary.<id>` is the term, `glossary.<id>.def` its explanation.
std::span<const std::string_view> glossaryIds();
// The hotkeys as shown in Help, by UI string id of their action (the keys are the same in every
// language).
struct HotkeyHelp {
    std::string_view keys;
    std::string_view actionId;
};
std::span<const HotkeyHelp> hotkeyHelp();

// Inside the menu bar.
void drawHelpMenu(HelpState& state, const UiStrings& text);
// The open help windows; call once per frame.
void drawHelpWindows(HelpState& state, const UiStrings& text);

}  // namespace pujiang::gui
