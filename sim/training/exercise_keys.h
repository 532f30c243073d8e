#pragma once
// The keys of an exercise file, declared once: the loader checks tables against this table (unknown
// keys with did-you-mean, missing required keys), its messages quote the allowed values from it,
// and docs/exercise-reference.md is generated from it.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"

namespace pujiang {

enum class ExerciseKeyKind { Value, Table, TableArray };

struct ExerciseKey {
    std::string path;  // "exercise.seed", "objectives[].metric"; a table: "budget.costs", "injects[]"
    ExerciseKeyKind kind = ExerciseKeyKind::Value;
    std::string type;           // "string", "integer", "clock", "table", ...
    OwnedPhrase allowed;        // quoted after "allowed:" / "允许："
    OwnedPhrase description;    // one line for the reference
    std::string defaultText;    // as written in a file; empty: required or no default
    bool required = false;
};

inline constexpr int kMaxExerciseDifficulty = 3;
inline constexpr int kMaxFeaturedCases = 50;
inline constexpr int kMaxInjects = 100;
inline constexpr int kMaxPlannedActions = 200;
inline constexpr int kMaxObjectives = 20;
inline constexpr int kMaxCollectivePersons = 1000;
inline constexpr double kMaxYuan = 1e7;
inline constexpr double kMaxWeight = 1000.0;

std::span<const ExerciseKey> exerciseKeys();
const ExerciseKey* findExerciseKey(std::string_view path);
// The rows directly inside a table path ("" is the top level, "injects[]" an inject).
std::vector<const ExerciseKey*> exerciseChildKeys(std::string_view tablePath);

// The names an objective's metric may take besides the day metrics.
std::vector<std::string> trainingMetricNames();

// The Markdown of docs/exercise-reference.md.
std::string exerciseReferenceMarkdown();

}  // namespace pujiang
