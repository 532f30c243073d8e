#include "sim/scenario/scenario_draft.h"

#include <fmt/format.h>

namespace pujiang {

SourcePosition ScenarioDraft::locate(std::string_view path) const {
    if (auto it = where.find(path); it != where.end()) return it->second;
    return SourcePosition{topFile, 0, 0};
}

namespace {

std::string_view pathOf(const std::string& entry) { return entry; }
template <class Value>
std::string_view pathOf(const std::pair<const std::string, Value>& entry) {
    return entry.first;
}

// `key` is `path` or a path below it.
bool isUnder(std::string_view key, std::string_view path) {
    if (!key.starts_with(path)) return false;
    const std::string_view rest = key.substr(path.size());
    return rest.empty() || rest.front() == '.' || rest.front() == '[';
}

// Erases the entries of a map or set keyed by display path that are `path` or below it.
template <class Container>
void eraseUnder(Container& entries, std::string_view path) {
    auto it = entries.lower_bound(path);
    while (it != entries.end()) {
        const std::string_view key = pathOf(*it);
        if (!key.starts_with(path)) break;
        if (isUnder(key, path))
            it = entries.erase(it);
        else
            ++it;
    }
}

}  // namespace

bool ScenarioDraft::wasRejected(std::string_view path) const {
    for (auto it = rejected.lower_bound(path); it != rejected.end() && it->starts_with(path); ++it)
        if (isUnder(*it, path)) return true;
    return false;
}

void ScenarioDraft::forget(std::string_view path) {
    eraseUnder(where, path);
    eraseUnder(rejected, path);
}

std::string elementPath(std::string_view arrayPath, std::size_t index) {
    return fmt::format("{}[{}]", arrayPath, index + 1);
}

}  // namespace pujiang
