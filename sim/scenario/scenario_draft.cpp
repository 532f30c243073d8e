#include "sim/scenario/scenario_draft.h"

#include <fmt/format.h>

namespace pujiang {

SourcePosition ScenarioDraft::locate(std::string_view path) const {
    if (auto it = where.find(path); it != where.end()) return it->second;
    return SourcePosition{topFile, 0, 0};
}

void ScenarioDraft::forget(std::string_view path) {
    auto it = where.lower_bound(path);
    while (it != where.end() && std::string_view(it->first).starts_with(path)) {
        const std::string_view rest = std::string_view(it->first).substr(path.size());
        if (rest.empty() || rest.front() == '.' || rest.front() == '[')
            it = where.erase(it);
        else
            ++it;
    }
}

std::string elementPath(std::string_view arrayPath, std::size_t index) {
    return fmt::format("{}[{}]", arrayPath, index + 1);
}

}  // namespace pujiang
