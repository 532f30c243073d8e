#pragma once
// The scenarios shipped with the project (the repository's scenarios/ folder) are references: the
// docs, the golden summaries and the validation tests read them. The editor never writes over one;
// saving it asks for a new file and name instead.

#include <filesystem>

namespace pujiang::gui {

// Whether `file` lies inside `shippedDir` (at any depth), comparing canonical paths so that
// "./scenarios/../scenarios/x.toml", symlinks and relative paths are recognised. An empty
// `shippedDir` (not known) ships nothing; a file that does not exist yet is judged by its folder.
bool isShippedScenario(const std::filesystem::path& file, const std::filesystem::path& shippedDir);

}  // namespace pujiang::gui
