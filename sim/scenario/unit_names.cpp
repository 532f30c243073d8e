#include "sim/scenario/unit_names.h"

#include <algorithm>
#include <iterator>

namespace pujiang {

namespace {

struct WordPair {
    std::string_view en, zh;
};

// Every unit word the key table uses; the Chinese ones are what a petition office would count in.
constexpr WordPair kUnits[] = {
    {"min", "分钟"},
    // Clock keys are shown as HH:MM in the editor; the unit says how the value is stored.
    {"min after 00:00", "时刻（00:00 起的分钟）"},
    {"persons", "人"},
    {"batches", "批"},
    {"batches/h", "批/小时"},
    {"desks", "个登记台"},
    {"lawyers", "名律师"},
    {"rooms", "间接待室"},
    {"tables", "张接谈桌"},
    {"factor", "倍"},
    {"weight", "权重"},
};

// Every type word of the key table (key_factories.cpp, list_keys.cpp).
constexpr WordPair kTypes[] = {
    {"integer", "整数"},
    {"number", "数字"},
    {"boolean", "布尔值"},
    {"string", "字符串"},
    {"duration", "时长"},
    {"clock", "时刻"},
    {"distribution", "分布"},
    {"enum", "选项"},
    {"array of strings", "字符串数组"},
    {"array of numbers", "数字数组"},
    {"table", "表"},
    {"array of tables", "表数组"},
};

template <std::size_t N>
std::string_view translated(const WordPair (&table)[N], std::string_view en, Language language) {
    if (language == Language::En || en.empty()) return en;
    const auto* found =
        std::find_if(std::begin(table), std::end(table), [en](const WordPair& pair) { return pair.en == en; });
    return found == std::end(table) ? en : found->zh;
}

}  // namespace

std::string_view unitText(std::string_view unit, Language language) { return translated(kUnits, unit, language); }

std::string_view keyTypeText(std::string_view type, Language language) { return translated(kTypes, type, language); }

}  // namespace pujiang
