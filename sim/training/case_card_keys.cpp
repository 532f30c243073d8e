#include "sim/training/case_card_keys.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "sim/reception/scenario_spec.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/value_readers.h"
#include "sim/training/case_card.h"

namespace pujiang {

namespace {

constexpr Phrase kZhText{"非空的中文字符串（含汉字）", "a non-empty string in Chinese (with CJK characters)"};
constexpr Phrase kEnText{"非空的英文字符串（不含汉字或全角标点）",
                         "a non-empty string in English (no CJK characters or full-width punctuation)"};

template <typename Enum, std::size_t N>
std::vector<std::string> namesOf(const std::array<Enum, N>& values, std::string_view (*name)(Enum)) {
    std::vector<std::string> names;
    for (Enum value : values) names.emplace_back(name(value));
    return names;
}

template <typename Text>
CardKey row(std::string name, const BasicPhrase<Text>& allowed) {
    return {std::move(name), std::string(allowed.en), std::string(allowed.zh)};
}

// "one of a, b, c"; Chinese "以下之一：a, b, c"
OwnedPhrase oneOf(const std::vector<std::string>& names) {
    return {choiceText(names, Language::Zh), choiceText(names, Language::En)};
}

std::vector<CardKey> buildKeys() {
    const std::string dispositions = joinNames(dispositionNames());
    std::vector<CardKey> keys = {
        row("id", Phrase{R"("<CATEGORY>-<数字>"，例如 "LAND-01"；在所有文件中唯一)",
                         R"("<CATEGORY>-<digits>", e.g. "LAND-01"; unique over all files)"}),
        row("category", bilingual("文件的类别代码，{}", "the file's category code, {}", oneOf(cardCategoryCodes()))),
        row("legal_class", oneOf(legalClassNames())),
        row("history", oneOf(caseHistoryNames())),
        row("group_size", bilingual("整数 1..{}", "integer 1..{}", kMaxCardGroupSize)),
        row("collective", bilingual("true 或 false；true 需要 group_size ≥ {}",
                                    "true or false; true needs group_size >= {}", kMinCollectiveGroupSize)),
        row("difficulty", bilingual("整数 1..{}", "integer 1..{}", kMaxDifficulty)),
        row("age_years", bilingual(R"(数字 0..{}（年）；history = "long_standing" 时必需)",
                                   R"(number 0..{} (years); required when history = "long_standing")",
                                   kMaxCaseAgeYears)),
        row("acceptable", bilingual("由互不相同的处理方式组成的非空数组：{}",
                                    "a non-empty array of distinct dispositions: {}", dispositions)),
        row("wrong", bilingual("不在 acceptable 中的一种处理方式：{}", "one disposition not in acceptable: {}",
                               dispositions)),
        row("unit_zh", kZhText),
        row("unit_en", kEnText),
        row("deadline_days", bilingual("整数 1..{}（天；法定默认为 60）",
                                       "integer 1..{} (days; the statutory default is 60)", kMaxDeadlineDays)),
    };
    for (std::string_view base : kCardTextBases) {
        keys.push_back(row(fmt::format("{}_zh", base), kZhText));
        keys.push_back(row(fmt::format("{}_en", base), kEnText));
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
