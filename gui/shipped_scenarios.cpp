#include "gui/shipped_scenarios.h"

#include <algorithm>
#include <system_error>

namespace pujiang::gui {

bool isShippedScenario(const std::filesystem::path& file, const std::filesystem::path& shippedDir) {
    if (shippedDir.empty() || file.empty()) return false;
    std::error_code error;
    // weakly_canonical resolves what exists and keeps the rest, so a Save As target is judged too.
    std::filesystem::path dir = std::filesystem::weakly_canonical(shippedDir, error);
    if (error) return false;
    if (dir.filename().empty()) dir = dir.parent_path();  // "scenarios/" ends in an empty component
    const std::filesystem::path path = std::filesystem::weakly_canonical(file, error);
    if (error) return false;
    const auto [dirEnd, pathAt] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    // Every component of the folder matches and something follows it: a file inside.
    return dirEnd == dir.end() && pathAt != path.end();
}

}  // namespace pujiang::gui
