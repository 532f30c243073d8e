#include "gui/recent_files.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "gui/user_folders.h"
#include "sim/core/atomic_file.h"

namespace pujiang::gui {

namespace fs = std::filesystem;

fs::path RecentFiles::defaultStore() {
    const fs::path config = userConfigDir();
    return config.empty() ? fs::path() : config / "recent-scenarios.txt";
}

RecentFiles::RecentFiles(fs::path store) : m_store(std::move(store)) {
    if (m_store.empty()) return;
    std::ifstream in(m_store);
    std::string line;
    std::error_code ec;
    while (std::getline(in, line) && m_files.size() < kMost) {
        if (line.empty() || !fs::is_regular_file(line, ec)) continue;
        if (std::find(m_files.begin(), m_files.end(), line) == m_files.end()) m_files.push_back(line);
    }
}

void RecentFiles::add(const fs::path& file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec).lexically_normal();
    const std::string entry = ec ? file.string() : absolute.string();
    m_files.erase(std::remove(m_files.begin(), m_files.end(), entry), m_files.end());
    m_files.insert(m_files.begin(), entry);
    if (m_files.size() > kMost) m_files.resize(kMost);
    save();
}

void RecentFiles::clear() {
    m_files.clear();
    save();
}

// A list of conveniences must never stop the program: failures to save are ignored.
void RecentFiles::save() const {
    if (m_store.empty()) return;
    try {
        std::error_code ec;
        fs::create_directories(m_store.parent_path(), ec);
        writeFileAtomically(m_store, [&](std::ostream& out) {
            for (const std::string& file : m_files) out << file << '\n';
        });
    } catch (const std::exception&) {
    }
}

}  // namespace pujiang::gui
