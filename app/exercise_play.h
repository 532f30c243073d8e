#pragma once
// `pujiang exercise play`: one attempt at an exercise in a terminal or from a script.

#include <cstdint>
#include <span>
#include <string>

#include "sim/core/language.h"
#include "sim/training/exercise.h"

namespace pujiang::cli {

struct PlayOptions {
    std::uint64_t seed = 0;
    std::string script;  // a file of commands; empty or "-": standard input
    std::string record;  // where to write the attempt's decision log (empty: nowhere)
    std::string json;    // where to write the score as JSON (empty: nowhere)
    Language language = Language::Zh;
};

// Plays until `finish` or the end of the input, then scores the day (passing any case still
// waiting) and writes the record and the JSON, each whole or not at all. A bad line of a script
// stops it with file:line and what is allowed (exit 2, nothing written); typed, it is said and the
// session goes on.
int playExercise(const Exercise& exercise, std::span<const CaseCard> cards, const PlayOptions& options);

}  // namespace pujiang::cli
