#pragma once
// The score of an attempt for people and for programs: a plain-text breakdown (the CLI) in
// Chinese or English, and a JSON document (`pujiang exercise run --json`, class records).

#include <string>

#include <nlohmann/json.hpp>

#include "sim/core/language.h"
#include "sim/training/exercise.h"
#include "sim/training/exercise_score.h"

namespace pujiang {

std::string scoreText(const Exercise& exercise, const ScoreBreakdown& score, const TrainingFigures& figures,
                      Language language);
nlohmann::json scoreJson(const Exercise& exercise, std::uint64_t seed, const ScoreBreakdown& score,
                         const TrainingFigures& figures);

}  // namespace pujiang
