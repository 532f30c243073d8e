#include "sim/core/resource_folders.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace pujiang {

namespace {

namespace fs = std::filesystem;

std::optional<ResourceFolders> foldersUnder(const fs::path& root) {
    std::error_code error;
    if (root.empty() || !fs::is_regular_file(root / "data" / "ui_strings.tsv", error)) return std::nullopt;
    return ResourceFolders{root / "data", root / "scenarios", root / "exercises"};
}

}  // namespace

fs::path executablePath() {
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : self;
}

std::optional<ResourceFolders> findResourceFolders() {
    if (const char* chosen = std::getenv("PUJIANG_RESOURCES"); chosen && *chosen) return foldersUnder(chosen);
    const fs::path bin = executablePath().parent_path();
    if (bin.empty()) return std::nullopt;
    if (auto installed = foldersUnder(bin.parent_path() / "share" / "pujiang")) return installed;
    // A build tree: CMake leaves the source folder's name beside the programs it builds.
    std::ifstream marker(bin / "pujiang-source-dir");
    std::string source;
    if (marker && std::getline(marker, source)) return foldersUnder(source);
    return std::nullopt;
}

ResourceFolders resourceFolders() {
    if (std::optional<ResourceFolders> found = findResourceFolders()) return *found;
    const fs::path bin = executablePath().parent_path();
    throw std::runtime_error("cannot find the program's data (ui_strings.tsv): looked in " +
                             (bin.parent_path() / "share" / "pujiang" / "data").string() + " and beside " + bin.string() +
                             "; set PUJIANG_RESOURCES to a folder holding data/, scenarios/ and exercises/");
}

}  // namespace pujiang
