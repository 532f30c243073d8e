#include "gui/user_folders.h"

#include <cstdlib>

namespace pujiang::gui {

namespace {

std::filesystem::path xdgDir(const char* variable, const char* underHome) {
    // The spec says a relative XDG path is invalid and must be ignored.
    if (const char* value = std::getenv(variable); value && *value && std::filesystem::path(value).is_absolute())
        return std::filesystem::path(value) / "pujiang";
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / underHome / "pujiang";
    return {};
}

}  // namespace

std::filesystem::path userConfigDir() { return xdgDir("XDG_CONFIG_HOME", ".config"); }
std::filesystem::path userDataDir() { return xdgDir("XDG_DATA_HOME", ".local/share"); }

std::filesystem::path userDataFile(const char* subfolder, const std::string& file) {
    const std::filesystem::path data = userDataDir();
    return data.empty() ? std::filesystem::path(file) : data / subfolder / file;
}

}  // namespace pujiang::gui
