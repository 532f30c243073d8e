#pragma once
// The key table's texts as the scenario editor shows them, in the UI's language: descriptions,
// units, allowed values, types, defaults and enum labels. The key table keeps both languages
// (KeyInfo::describe / unitIn / allowedIn, enumValueLabel); what it only has in English (the type
// word, a computed default such as "(file stem)", the unit of a clock key) comes from the UI table.
// No ImGui here, so tests check every text without a window.

#include <string>
#include <vector>

#include "gui/ui_strings.h"
#include "sim/scenario/key_table.h"

namespace pujiang::gui {

// Keys whose value is a time of day ("day.opens", "rooms[].breaks"). The key table's unit says how
// the value is stored ("min after 00:00"), which next to "12:00-13:30" only confuses.
bool isClockValued(const KeyInfo& info);

std::string keyDescription(const KeyInfo& info, const UiStrings& text);
// The unit column: the key table's unit, "time of day" for clock keys, empty for none.
std::string keyUnit(const KeyInfo& info, const UiStrings& text);
std::string keyAllowed(const KeyInfo& info, const UiStrings& text);
// The type word ("integer", "clock", ...); the key table's own word when the UI table has none.
std::string keyType(const KeyInfo& info, const UiStrings& text);
// What applies when the document writes nothing: "required", an enum value's label, a computed
// default in words ("same as day.opens"), else the TOML value as written.
std::string keyDefault(const KeyInfo& info, const UiStrings& text);
// The label of an enum value in the UI's language; the value itself when it has none.
std::string enumLabel(const KeyInfo& info, std::string_view value, const UiStrings& text);

// The UI string ids keyType and keyDefault may ask for (the tests check each is in the table).
std::vector<std::string> keyTextIds();

// Every key-table text the editor can show, in both languages: what the font atlas must cover.
std::vector<std::string> keyTableGlyphTexts();

}  // namespace pujiang::gui
