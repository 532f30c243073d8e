#pragma once
// What the loader accumulates while it applies a scenario file and its bases, before rooms are
// expanded and cross-checks run (internal to sim/scenario).

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/diagnostics.h"

namespace pujiang {

struct RoomDraft {
    RoomSpec spec;
    int count = 1;  // identical rooms this [[rooms]] table stands for
};

struct ScenarioDraft {
    ScenarioSpec spec;
    std::vector<RoomDraft> rooms;  // [[rooms]] as written
    std::string topFile;           // the file asked for: where file-wide problems are reported

    // Where each setting the files wrote is, by display path ("rooms[2].tables", "day"); a path
    // missing here kept its default. Cross-checks use it to point at the right file and line.
    std::map<std::string, SourcePosition, std::less<>> where;

    // Settings whose written value was refused (and reported): what the draft holds for them is a
    // default or a base's value, not what the file says, so cross-checks must not compare it.
    std::set<std::string, std::less<>> rejected;

    bool has(std::string_view path) const { return where.find(path) != where.end(); }
    // `path` or a part of it ("walk_ins.profile[2].from" for "walk_ins.profile") was refused.
    bool wasRejected(std::string_view path) const;
    // The setting's position, or the top file (no line) when it kept its default.
    SourcePosition locate(std::string_view path) const;
    void record(const std::string& path, const SourcePosition& at) { where[path] = at; }
    // Drops `path` and everything below it (position and refusal), when a later file replaces the value.
    void forget(std::string_view path);
};

// "rooms[2]" for the element at index 1: messages count [[rooms]] tables from 1, as people do.
std::string elementPath(std::string_view arrayPath, std::size_t index);

}  // namespace pujiang
