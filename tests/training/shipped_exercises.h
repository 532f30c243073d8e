#pragma once
// The shipped case cards and exercises, loaded once per test program.

#include <filesystem>
#include <vector>

#include "sim/training/exercise.h"

namespace pujiang::testing {

inline const std::vector<CaseCard>& shippedCards() {
    static const std::vector<CaseCard> kCards = loadCaseCards(std::filesystem::path(PUJIANG_SOURCE_DIR) / "data" / "cases");
    return kCards;
}

inline const std::vector<Exercise>& shippedExercises() {
    static const std::vector<Exercise> kExercises =
        loadExercises(std::filesystem::path(PUJIANG_SOURCE_DIR) / "exercises", shippedCards());
    return kExercises;
}

}  // namespace pujiang::testing
