#include "sim/scenario/scenario_assembly.h"

#include <fmt/format.h>

namespace pujiang {

std::vector<CategorySpec> effectiveCategories(const ScenarioDraft& draft) {
    return draft.has("categories") ? draft.spec.categories : defaultCategories();
}

std::vector<std::string> expandedRoomNames(const RoomDraft& room) {
    if (room.count <= 1) return {room.spec.name};
    std::vector<std::string> names;
    for (int k = 1; k <= room.count; ++k) names.push_back(fmt::format("{} {}", room.spec.name, k));
    return names;
}

ScenarioSpec assembleScenario(const ScenarioDraft& draft) {
    ScenarioSpec spec = draft.spec;
    spec.categories = effectiveCategories(draft);
    std::vector<std::string> allCodes;
    for (const CategorySpec& category : spec.categories) allCodes.push_back(category.code);

    spec.rooms.clear();
    for (std::size_t i = 0; i < draft.rooms.size(); ++i) {
        const std::string path = elementPath("rooms", i);
        RoomSpec room = draft.rooms[i].spec;
        if (!draft.has(path + ".opens")) room.opens = spec.day.opens;
        if (!draft.has(path + ".closes")) room.closes = spec.day.closes;
        if (room.departments.size() == 1 && room.departments.front() == "*") room.departments = allCodes;
        for (const std::string& name : expandedRoomNames(draft.rooms[i])) {
            spec.rooms.push_back(room);
            spec.rooms.back().name = name;
        }
    }
    return spec;
}

}  // namespace pujiang
