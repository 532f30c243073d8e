#pragma once
// Where the programs find what they ship with (UI strings, case cards, example scenarios and
// exercises), from where the running executable is — never from a path compiled in on the build
// machine:
//   installed:   <prefix>/bin/pujiang       → <prefix>/share/pujiang/{data,scenarios,exercises}
//   build tree:  <build>/pujiang            → the source tree named in <build>/pujiang-source-dir
//                                             (written by CMake; absent from any install)
// PUJIANG_RESOURCES, when set, names a folder with data/, scenarios/ and exercises/ instead.

#include <filesystem>
#include <optional>

namespace pujiang {

struct ResourceFolders {
    std::filesystem::path data, scenarios, exercises;
};

// The running program's own file (/proc/self/exe).
std::filesystem::path executablePath();

// The folders, or nothing when none of the places above holds data/ui_strings.tsv.
std::optional<ResourceFolders> findResourceFolders();

// findResourceFolders(), or throws std::runtime_error saying where it looked.
ResourceFolders resourceFolders();

}  // namespace pujiang
