#pragma once
// Key-table factories for settings whose value is a list or a code (internal to sim/scenario).
// Whether category codes exist is checked after loading, when every file's categories are known.

#include <string>
#include <string_view>
#include <vector>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/key_factories.h"

namespace pujiang {

inline constexpr std::size_t kMaxCategoryCodeLength = 32;
inline constexpr std::size_t kMaxClassShares = 10;  // class0..class9

// A category code: A-Z, 0-9 and _, 1..32 characters.
KeyInfo categoryCodeKey(const KeyText& text, DraftField<std::string> field);
// Category codes, each at most once; with `allowAll`, ["*"] stands for every category.
KeyInfo categoryCodeListKey(const KeyText& text, bool allowAll, DraftField<std::vector<std::string>> field);
// Priority class names (urgent, collective, ..., class0..class9, other, or "category:CODE"), each at
// most once.
KeyInfo priorityClassesKey(const KeyText& text, DraftField<std::vector<std::string>> field);
// Stream class shares: numbers >= 0, at most one per class, summing to more than 0 when given.
KeyInfo classSharesKey(const KeyText& text, DraftField<std::vector<double>> field);
// "HH:MM-HH:MM" time windows (room breaks, appointment gaps) in time order, not overlapping.
KeyInfo timeWindowsKey(const KeyText& text, DraftField<std::vector<BreakSpec>> field);

std::vector<std::string> priorityClassNames();
inline constexpr std::string_view kCategoryClassPrefix = "category:";

}  // namespace pujiang
