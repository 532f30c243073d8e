#include "sim/training/case_card_keys.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/suggest.h"
#include "sim/training/case_card.h"

namespace pujiang {

namespace {

constexpr std::string_view kZhText = "a non-empty string in Chinese (with CJK characters)";
constexpr std::string_view kEnText = "a non-empty string in English (no CJK characters or full-width punctuation)";

template <typename Enum, std::size_t N>
std::vector<std::string> namesOf(const std::array<Enum, N>& values, std::string_view (*name)(Enum)) {
    std::vector<std::string> names;
    for (Enum value : values) names.emplace_back(name(value));
    return names;
}

std::vector<CardKey> buildKeys() {
    std::vector<CardKey> keys = {
        {"id", "\"<CATEGORY>-<digits>\", e.g. \"LAND-01\"; unique over all files"},
        {"category", "the file's category code, one of " + joinNames(cardCategoryCodes())},
        {"legal_class", "one of " + joinNames(legalClassNames())},
        {"history", "one of " + joinNames(caseHistoryNames())},
        {"group_size", fmt::format("integer 1..{}", kMaxCardGroupSize)},
        {"collective", fmt::format("true or false; true needs group_size >= {}", kMinCollectiveGroupSize)},
        {"difficulty", fmt::format("integer 1..{}", kMaxDifficulty)},
        {"age_years", fmt::format("number 0..{} (years); required when history = \"long_standing\"", kMaxCaseAgeYears)},
        {"acceptable", "a non-empty array of distinct dispositions: " + joinNames(dispositionNames())},
        {"wrong", "one disposition not in acceptable: " + joinNames(dispositionNames())},
        {"unit_zh", std::string(kZhText)},
        {"unit_en", std::string(kEnText)},
        {"deadline_days", fmt::format("integer 1..{} (days; the statutory default is 60)", kMaxDeadlineDays)},
    };
    for (std::string_view base : kCardTextBases) {
        keys.push_back({fmt::format("{}_zh", base), std::string(kZhText)});
        keys.push_back({fmt::format("{}_en", base), std::string(kEnText)});
    }
    return keys;
}

}  // namespace

std::span<const CardKey> cardKeys() {
    static const std::vector<CardKey> kKeys = buildKeys();
    return kKeys;
}

const CardKey* findCardKey(std::string_view name) {
    const auto keys = cardKeys();
    const auto it = std::find_if(keys.begin(), keys.end(), [name](const CardKey& key) { return key.name == name; });
    return it == keys.end() ? nullptr : &*it;
}

std::vector<std::string> cardCategoryCodes() {
    std::vector<std::string> codes;
    for (const CategorySpec& category : defaultCategories()) codes.push_back(category.code);
    return codes;
}

std::vector<std::string> dispositionNames() { return namesOf(kDispositions, dispositionName); }
std::vector<std::string> legalClassNames() { return namesOf(kLegalClasses, legalClassName); }
std::vector<std::string> caseHistoryNames() { return namesOf(kCaseHistories, caseHistoryName); }

}  // namespace pujiang
