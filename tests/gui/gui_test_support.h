#pragma once
// Shared by the GUI tests: the project's UI strings and a scratch folder removed afterwards.

#include <filesystem>
#include <string>

#include <unistd.h>

#include "gui/ui_strings.h"

namespace pujiang::gui::testing {

inline UiStrings projectStrings() { return UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv"); }

class TempDir {
public:
    // `tag` keeps the folders of tests running at the same time apart.
    explicit TempDir(const std::string& tag)
        : m_path(std::filesystem::temp_directory_path() /
                 ("pujiang-" + tag + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() { std::filesystem::remove_all(m_path); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace pujiang::gui::testing
