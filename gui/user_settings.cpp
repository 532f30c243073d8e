#include "gui/user_settings.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "gui/user_folders.h"
#include "sim/core/atomic_file.h"

namespace pujiang::gui {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

std::filesystem::path UserSettings::defaultStore() {
    const std::filesystem::path config = userConfigDir();
    const std::filesystem::path file = "settings.txt";
    return config.empty() ? std::filesystem::path() : config / file;
}

UserSettings::UserSettings(std::filesystem::path store) : m_store(std::move(store)) {
    if (m_store.empty()) return;
    std::ifstream in(m_store);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t equals = line.find('=');
        if (equals == std::string::npos || trimmed(line.substr(0, equals)) != "text_scale") continue;
        const std::string_view value = trimmed(std::string_view(line).substr(equals + 1));
        float scale = 0.0f;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), scale);
        // Only one of the steps: a hand-edited 40 would make the window unusable.
        if (error == std::errc() && end == value.data() + value.size() &&
            std::find(std::begin(kScales), std::end(kScales), scale) != std::end(kScales))
            m_textScale = scale;
    }
}

bool UserSettings::growText() {
    const auto next = std::upper_bound(std::begin(kScales), std::end(kScales), m_textScale);
    return next != std::end(kScales) && setScale(*next);
}

bool UserSettings::shrinkText() {
    const auto here = std::lower_bound(std::begin(kScales), std::end(kScales), m_textScale);
    return here != std::begin(kScales) && setScale(*std::prev(here));
}

bool UserSettings::resetText() { return setScale(1.0f); }

bool UserSettings::chooseTextScale(float scale) {
    if (std::find(std::begin(kScales), std::end(kScales), scale) == std::end(kScales)) return false;
    setScale(scale);
    return true;
}

bool UserSettings::setScale(float scale) {
    if (scale == m_textScale) return false;
    m_textScale = scale;
    save();
    return true;
}

void UserSettings::save() const {
    if (m_store.empty()) return;
    // A settings file that cannot be written is not worth interrupting a class for: the choice
    // still holds for this run.
    try {
        std::filesystem::create_directories(m_store.parent_path());
        writeFileAtomically(m_store, [&](std::ostream& out) {
            out << "# pujiang-gui settings (Ctrl+= / Ctrl+- change the text size)\n";
            out << fmt::format("text_scale = {}\n", m_textScale);
        });
    } catch (const std::exception&) {
    }
}

}  // namespace pujiang::gui
