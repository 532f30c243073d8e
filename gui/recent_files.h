#pragma once
// The recently opened scenarios, newest first, kept in a small text file under the user's config
// directory ($XDG_CONFIG_HOME/pujiang, else ~/.config/pujiang) so the list survives restarts.

#include <filesystem>
#include <string>
#include <vector>

namespace pujiang::gui {

class RecentFiles {
public:
    static constexpr std::size_t kMost = 10;

    // Where the list lives by default; empty when neither XDG_CONFIG_HOME nor HOME is set.
    static std::filesystem::path defaultStore();

    // Reads the list (a missing or unreadable store gives an empty list; entries whose file is
    // gone are dropped).
    explicit RecentFiles(std::filesystem::path store);

    const std::vector<std::string>& files() const { return m_files; }
    // Moves `file` (made absolute) to the front and saves; the list keeps kMost entries.
    void add(const std::filesystem::path& file);
    void clear();

private:
    void save() const;
    std::filesystem::path m_store;
    std::vector<std::string> m_files;
};

}  // namespace pujiang::gui
