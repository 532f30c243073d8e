#include "sim/scenario/enum_value_labels.h"

#include <algorithm>
#include <iterator>

namespace pujiang {

namespace {

// Each label says what the value does in a few words; the key's description has the details.
constexpr EnumValueLabel kClosingRules[] = {
    {"finish_current", {"谈完手头批次即止（等候者未能接待）", "finish those in hand (the waiting go unserved)"}},
    {"serve_all_present", {"接待完所有在场者（记加班）", "serve everyone present (overtime)"}},
    {"stop_at_close", {"到点即止（在谈和等候者均未能接待）", "stop at closing (in hand and waiting unserved)"}},
};

// Shared by the desks and the rooms: both queues take the same disciplines.
constexpr EnumValueLabel kDisciplines[] = {
    {"fifo", {"先到先接待", "first come, first served"}},
    {"appointments_first", {"预约时段已到者优先", "appointments whose slot has begun first"}},
    {"priority", {"按优先级（triage.priority_classes）", "by priority class (triage.priority_classes)"}},
    {"shortest_expected_first", {"预计接谈最短者优先", "shortest expected consultation first"}},
};

constexpr EnumValueLabel kRoutings[] = {
    {"wait_for_match", {"等候对口接待室", "wait for a matching room"}},
    {"any_free_room", {"立即用任一空闲接谈桌", "take any free table now"}},
    {"general_room", {"无对口空桌时转综合接待室", "fall back to a general room"}},
};

constexpr EnumValueLabel kLeaderLevels[] = {
    {"province", {"省级领导", "provincial leader"}},
    {"city", {"市级领导", "city leader"}},
    {"county", {"县级领导", "county leader"}},
    {"township", {"乡镇领导", "township leader"}},
};

constexpr EnumKeyLabels kEnumKeys[] = {
    {"day.closing_rule", kClosingRules},     {"registration.discipline", kDisciplines},
    {"triage.routing", kRoutings},           {"rooms[].leader_level", kLeaderLevels},
    {"rooms[].discipline", kDisciplines},
};

}  // namespace

std::span<const EnumKeyLabels> enumKeyLabels() { return kEnumKeys; }

std::string_view enumValueLabel(std::string_view keyPath, std::string_view value, Language language) {
    const auto* key = std::find_if(std::begin(kEnumKeys), std::end(kEnumKeys),
                                   [keyPath](const EnumKeyLabels& entry) { return entry.keyPath == keyPath; });
    if (key == std::end(kEnumKeys)) return {};
    const auto found = std::find_if(key->values.begin(), key->values.end(),
                                    [value](const EnumValueLabel& entry) { return entry.value == value; });
    return found == key->values.end() ? std::string_view{} : found->label.in(language);
}

}  // namespace pujiang
