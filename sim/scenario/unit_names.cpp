#include "sim/scenario/unit_names.h"

#include <algorithm>
#include <iterator>

namespace pujiang {

namespace {

struct UnitName {
    std::string_view en, zh;
};

// Every unit word the key table uses; the Chinese ones are what a petition office would count in.
constexpr UnitName kUnits[] = {
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

}  // namespace

std::string_view unitText(std::string_view unit, Language language) {
    if (language == Language::En || unit.empty()) return unit;
    const auto* found =
        std::find_if(std::begin(kUnits), std::end(kUnits), [unit](const UnitName& name) { return name.en == unit; });
    return found == std::end(kUnits) ? unit : found->zh;
}

}  // namespace pujiang
