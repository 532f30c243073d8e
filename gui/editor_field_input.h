#pragma once
// How the scenario editor takes a value for a key: enums from a list, booleans as a checkbox, clock
// times as "HH:MM", durations as a number of minutes, and everything else (distributions, lists,
// strings, numbers) as the TOML text an override would write. Here are the conversions between
// the document's TOML text and what each kind of field shows; the drawing is ScenarioEditor's.
// No ImGui here, so tests check the round trips directly.

#include <optional>
#include <string>
#include <string_view>

#include "sim/scenario/key_table.h"

namespace pujiang::gui {

enum class FieldInput {
    Choice,    // an enum key: a drop-down of KeyInfo::choices
    Checkbox,  // a boolean key
    Clock,     // a clock key: "08:00" without quotes
    Minutes,   // a duration key: the number of minutes, "15"
    Toml,      // anything else: the TOML text as written
};

FieldInput fieldInput(const KeyInfo& info);

// What the field shows for the document's TOML text (`valueText`, nullopt when the default
// applies): for Clock "08:00", for Minutes "15" (from "15min" or "0.25h"), for Choice the raw
// enum value, for Checkbox "true" or "false"; the TOML text itself for Toml. Nullopt when the
// text does not fit the kind (a duration written as a string the parser rejects): the field then
// falls back to the TOML text so nothing the file says is hidden.
std::optional<std::string> shownText(FieldInput input, std::string_view valueText);
// The same for the key's default (for a hint or the unchecked state); empty when it has none.
std::string shownDefault(FieldInput input, const KeyInfo& info);

// The TOML text EditorModel::set is given for what the field holds: a quoted "HH:MM", a quoted
// "15min", a quoted enum value, true or false; Toml fields pass through. Text that does not fit
// (a clock "25:99", minutes "abc") is passed on quoted as typed, so the loader's message about it
// lands on the key like any other problem. Empty text stays empty (EditorModel resets the key).
std::string valueToWrite(FieldInput input, std::string_view shown);

// Whether `shown` is a clock time the loader accepts ("HH:MM", 00:00..47:59).
bool isClockText(std::string_view shown);
// The minutes of `shown` ("15", "7.5"); nullopt for anything that is not a plain number.
std::optional<double> minutesOf(std::string_view shown);

}  // namespace pujiang::gui
