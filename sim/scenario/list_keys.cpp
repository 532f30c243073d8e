#include "sim/scenario/list_keys.h"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/units.h"

namespace pujiang {

namespace {

bool isCategoryCode(std::string_view code) {
    return !code.empty() && code.size() <= kMaxCategoryCodeLength && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool contains(const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

void reportRepeat(const KeyContext& key) {
    key.error(bilingual("{} 与前面的条目重复；允许：每个条目只出现一次", "{} repeats an earlier entry; allowed: each entry once",
                        key.subject()));
}

struct ClockRange {
    double from = 0.0, to = 0.0;
};

std::optional<ClockRange> parseWindow(std::string_view text) {
    const std::size_t dash = text.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const auto from = parseClock(text.substr(0, dash));
    const auto to = parseClock(text.substr(dash + 1));
    if (!from || !to) return std::nullopt;
    return ClockRange{*from, *to};
}

}  // namespace

std::vector<std::string> priorityClassNames() {
    std::vector<std::string> names = {"urgent", "collective", "appointment", "long_standing", "repeat", "law_related"};
    for (std::size_t i = 0; i < kMaxClassShares; ++i) names.push_back(fmt::format("class{}", i));
    names.emplace_back("other");
    return names;
}

KeyInfo categoryCodeKey(const KeyText& text, DraftField<std::string> field) {
    const OwnedPhrase allowed = bilingual("A-Z、0-9 和 _，1..{} 个字符；不得重复",
                                          "A-Z, 0-9 and _, 1..{} characters; unique", kMaxCategoryCodeLength);
    return valueKey(text, "string", "", allowed, [allowed, field](const KeyContext& key) {
        auto code = readString(key);
        if (!code) return;
        if (!isCategoryCode(*code)) {
            key.error(bilingual("{} 不是有效的类别代码；允许：{}", "{} is not a valid category code; allowed: {}",
                                key.subject(), allowed));
            return;
        }
        field(key.draft()) = std::move(*code);
    });
}

KeyInfo categoryCodeListKey(const KeyText& text, bool allowAll, DraftField<std::vector<std::string>> field) {
    const OwnedPhrase allowed =
        allowAll ? OwnedPhrase{"本场景类别代码的数组，或用 [\"*\"] 表示全部类别",
                               "array of category codes of this scenario, or [\"*\"] for all"}
                 : OwnedPhrase{"本场景类别代码的数组", "array of category codes of this scenario"};
    return valueKey(text, "array of strings", "", allowed, [allowAll, allowed, field](const KeyContext& key) {
        const auto elements = readArray(key, allowed);
        if (!elements) return;
        std::vector<std::string> codes;
        bool ok = true;
        for (const KeyContext& element : *elements) {
            auto code = readString(element);
            if (!code) {
                ok = false;
            } else if (*code == "*" && !(allowAll && elements->size() == 1)) {
                const Phrase why = allowAll ? Phrase{"必须是唯一的条目", "must be the only entry"}
                                            : Phrase{"不能用在这里", "is not allowed here"};
                element.error(bilingual("{}：\"*\"（全部类别）{}；允许：{}", "{}: \"*\" (all categories) {}; allowed: {}",
                                        element.subject(), why, allowed));
                ok = false;
            } else if (contains(codes, *code)) {
                reportRepeat(element);
                ok = false;
            } else {
                codes.push_back(std::move(*code));
            }
        }
        if (ok) field(key.draft()) = std::move(codes);
    });
}

KeyInfo priorityClassesKey(const KeyText& text, DraftField<std::vector<std::string>> field) {
    const std::vector<std::string> names = priorityClassNames();
    const OwnedPhrase allowed = bilingual("数组，每项为 {} 之一，或用 \"{}CODE\" 指定一个类别；每项最多出现一次",
                                          "array of: {}, or \"{}CODE\" for a category; each at most once",
                                          joinNames(names), kCategoryClassPrefix);
    return valueKey(text, "array of strings", "", allowed, [names, allowed, field](const KeyContext& key) {
        const auto elements = readArray(key, allowed);
        if (!elements) return;
        std::vector<std::string> classes;
        bool ok = true;
        for (const KeyContext& element : *elements) {
            std::optional<std::string> name;
            const auto* text = element.node().as_string();
            if (text && text->get().starts_with(kCategoryClassPrefix)) {
                // Whether the category exists is checked once every file's categories are known.
                const std::string_view code = std::string_view(text->get()).substr(kCategoryClassPrefix.size());
                if (isCategoryCode(code)) {
                    name = text->get();
                } else {
                    element.error(bilingual("{} 没有指明类别代码；允许：{}", "{} does not name a category code; allowed: {}",
                                            element.subject(), allowed));
                }
            } else if (const auto index = readChoice(element, names, {"优先级类别", "priority class"})) {
                name = names[*index];
            }
            if (!name) {
                ok = false;
            } else if (contains(classes, *name)) {
                reportRepeat(element);
                ok = false;
            } else {
                classes.push_back(std::move(*name));
            }
        }
        if (ok) field(key.draft()) = std::move(classes);
    });
}

KeyInfo classSharesKey(const KeyText& text, DraftField<std::vector<double>> field) {
    const OwnedPhrase allowed =
        bilingual("最多 {} 个 ≥ 0 的数字组成的数组（依次对应 class0、class1……），非空时总和须 > 0",
                  "array of at most {} numbers >= 0 (class0, class1, ...), sum > 0 unless empty", kMaxClassShares);
    return valueKey(text, "array of numbers", "", allowed, [allowed, field](const KeyContext& key) {
        const auto elements = readArray(key, allowed);
        if (!elements) return;
        if (elements->size() > kMaxClassShares) {
            key.error(bilingual("{} 有 {} 个条目；允许：{}", "{} has {} entries; allowed: {}", key.path(),
                                elements->size(), allowed));
            return;
        }
        std::vector<double> shares;
        for (const KeyContext& element : *elements)
            if (const auto share = readNumber(element, kNonNegative)) shares.push_back(*share);
        if (shares.size() != elements->size()) return;
        if (!shares.empty() && !(std::accumulate(shares.begin(), shares.end(), 0.0) > 0.0)) {
            key.error(bilingual("{}：各比例之和为 0；允许：{}", "{}: the shares sum to 0; allowed: {}", key.path(), allowed));
            return;
        }
        field(key.draft()) = std::move(shares);
    });
}

KeyInfo timeWindowsKey(const KeyText& text, DraftField<std::vector<BreakSpec>> field) {
    const OwnedPhrase allowed{"\"HH:MM-HH:MM\" 的数组（开始早于结束），按时间先后排列，互不重叠",
                              "array of \"HH:MM-HH:MM\" (start before end) in time order, not overlapping"};
    return valueKey(text, "array of strings", "min after 00:00", allowed, [allowed, field](const KeyContext& key) {
        const auto elements = readArray(key, allowed);
        if (!elements) return;
        std::vector<BreakSpec> windows;
        bool ok = true;
        for (const KeyContext& element : *elements) {
            const auto text = readString(element);
            if (!text) {
                ok = false;
                continue;
            }
            const auto range = parseWindow(*text);
            if (!range || !(range->from < range->to)) {
                element.error(bilingual("{} 不是时间窗；允许：{}", "{} is not a time window; allowed: {}",
                                        element.subject(), allowed));
                ok = false;
            } else if (!windows.empty() && range->from < windows.back().to) {
                element.error(bilingual("{} 在前一个时间窗结束之前开始；允许：{}",
                                        "{} starts before the previous window ends; allowed: {}", element.subject(),
                                        allowed));
                ok = false;
            } else {
                windows.push_back(BreakSpec{range->from, range->to});
            }
        }
        if (ok) field(key.draft()) = std::move(windows);
    });
}

}  // namespace pujiang
