#pragma once
// The shipped case cards and exercises, as option defaults (sim/core/resource_folders.h finds them
// from where the program is). Empty when they cannot be found; orShipped() then says why.

#include <string>

#include "sim/core/resource_folders.h"

namespace pujiang::cli {

inline std::string shippedCasesFolder() {
    const auto found = findResourceFolders();
    return found ? (found->data / "cases").string() : std::string();
}

inline std::string shippedExercisesFolder() {
    const auto found = findResourceFolders();
    return found ? found->exercises.string() : std::string();
}

// `folder`, or the error of resourceFolders() when it is empty (nothing given, nothing found).
inline const std::string& orShipped(const std::string& folder) {
    if (folder.empty()) resourceFolders();
    return folder;
}

}  // namespace pujiang::cli
