#pragma once
// The lines of a scripted (or typed) exercise session, `pujiang exercise play`: what the trainee
// does at each stop of the day, as text. The grammar is in docs/training.md, "Playing without a
// screen"; coordinator actions take the keys of [[reference.actions]] (room=, minutes=,
// category=, inject=), so a script reads like the reference plan.

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "sim/training/exercise.h"

namespace pujiang {

struct PlayNext {};                   // `next`: run to the next stop
struct PlayUntil { double clock; };   // `until HH:MM`
struct PlayDecide { Disposition disposition; };  // `decide NAME`
struct PlayPass {};                   // `pass`
struct PlayAct { PlannedAction action; };        // `act KIND key=value ...`
struct PlayStatus {};                 // `status`
struct PlayFinish {};                 // `finish`: pass the rest, end the day, score it

using PlayCommand = std::variant<PlayNext, PlayUntil, PlayDecide, PlayPass, PlayAct, PlayStatus, PlayFinish>;

// One line; nullopt for a blank line or a `#` comment. Throws LocalizedError naming what is
// wrong and what is allowed (the caller adds file and line). Room numbers are 1-based as in
// exercise files; the action's `at` is left 0 (it is taken now).
std::optional<PlayCommand> parsePlayLine(std::string_view line, const Exercise& exercise);

// "next, until HH:MM, decide …, pass, act …, status, finish": for messages and help.
std::string playCommandsHelp();

}  // namespace pujiang
