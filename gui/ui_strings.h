#pragma once
// The GUI's text, read from one table under data/ so a visible string can be found with one grep.
// The file is tab-separated: id, Chinese, English. No SFML or ImGui here, so tests need no display.

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "sim/core/language.h"

namespace pujiang::gui {

using pujiang::Language;
using pujiang::OwnedPhrase;

class UiStrings {
public:
    // Throws std::runtime_error naming file:line for a malformed line, a duplicate id or an
    // unreadable file.
    static UiStrings loadTsv(const std::filesystem::path& file);

    void setLanguage(Language language) { m_language = language; }
    Language language() const { return m_language; }

    // The text of `id` in the current language; an unknown id returns the id itself, so a typo
    // shows up on screen instead of crashing.
    const char* get(const char* id) const;
    // The text of `id` with its {} placeholders filled in, e.g. getf("floor.desks", 3). Both
    // languages of an id take the same arguments (a test checks the table); a text that still does
    // not fit its arguments shows as the id, like an unknown one.
    template <typename... Args>
    std::string getf(const char* id, const Args&... args) const {
        try {
            return fmt::format(fmt::runtime(get(id)), args...);
        } catch (const fmt::format_error&) {
            return id;
        }
    }
    bool has(const std::string& id) const { return m_entries.count(id) > 0; }

    // Every text in both languages: what the font atlas must cover.
    std::vector<std::string_view> allTexts() const;
    std::size_t size() const { return m_entries.size(); }

private:
    std::unordered_map<std::string, OwnedPhrase> m_entries;
    std::vector<std::string> m_order;  // ids in file order
    Language m_language = Language::Zh;
};

using pujiang::parseLanguage;

}  // namespace pujiang::gui
