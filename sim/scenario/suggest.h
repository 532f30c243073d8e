#pragma once
// "Did you mean …?" for misspelt keys, parameter and policy names (sim/scenario, and sim/training
// for case cards).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"

namespace pujiang {

// Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`.
int editDistance(std::string_view a, std::string_view b);

// The candidate equal to `word` ignoring case, else the closest within two edits (the first wins a
// tie), else the only candidate that `word` abbreviates ("serve_all" for "serve_all_present").
std::optional<std::string> suggestName(std::string_view word, std::span<const std::string> candidates);

// " (did you mean 'tables'?)" for a suggestion, in both languages; empty without one.
OwnedPhrase didYouMean(const std::optional<std::string>& near);

// "a, b, c"
std::string joinNames(std::span<const std::string> names);

}  // namespace pujiang
