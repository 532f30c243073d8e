#pragma once
// Saving the after-action report from the debrief screen. The report goes to the user's data
// folder (user_folders.h) unless the trainer types another path, and never into the folders of
// the master files (the shipped exercises and scenarios, and the exercise's and its scenario's
// own folders): a class shares those, and the training screens never write there. The file is
// written whole or not at all (sim/core/atomic_file.h).

#include <filesystem>
#include <optional>
#include <span>
#include <string>

#include "sim/core/language.h"
#include "sim/training/debrief.h"

namespace pujiang::gui {

// userDataFile("reports", "<exercise>-<stamp>.html"); `stamp` e.g. "20261203-0712".
std::filesystem::path defaultReportPath(const Exercise& exercise, const std::string& stamp);

// Whether `target` is `folder` or lies anywhere below it (both made absolute and normal first;
// symbolic links in existing parts are resolved).
bool isInsideFolder(const std::filesystem::path& target, const std::filesystem::path& folder);

// The folders a report must never go into: `masters` plus the exercise's and its scenario's folders.
std::vector<std::filesystem::path> masterFolders(const Exercise& exercise, std::span<const std::filesystem::path> masters);

// Writes the report (making its folder); returns why not when the path is in a master folder or
// the file cannot be written, nothing when it was saved.
std::optional<OwnedPhrase> saveAfterActionReport(const std::filesystem::path& target, const Exercise& exercise,
                                                 const Debrief& debrief, Language language,
                                                 std::span<const std::filesystem::path> masters);

}  // namespace pujiang::gui
