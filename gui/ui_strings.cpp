#include "gui/ui_strings.h"

#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

namespace pujiang::gui {

namespace {

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) return fields;
        start = tab + 1;
    }
}

}  // namespace

UiStrings UiStrings::loadTsv(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(fmt::format("{}: cannot open the UI string table", file.string()));
    UiStrings strings;
    std::string line;
    for (int lineNo = 1; std::getline(in, line); ++lineNo) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> fields = splitTabs(line);
        if (fields.size() != 3 || fields[0].empty() || fields[1].empty() || fields[2].empty())
            throw std::runtime_error(fmt::format("{}:{}: expected three tab-separated fields: id, zh, en",
                                                 file.string(), lineNo));
        if (strings.m_entries.contains(fields[0]))
            throw std::runtime_error(fmt::format("{}:{}: duplicate id '{}'", file.string(), lineNo, fields[0]));
        strings.m_order.push_back(fields[0]);
        strings.m_entries.emplace(fields[0], OwnedPhrase{std::move(fields[1]), std::move(fields[2])});
    }
    return strings;
}

const char* UiStrings::get(const char* id) const {
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) return id;
    return it->second.in(m_language).c_str();
}

std::vector<std::string_view> UiStrings::allTexts() const {
    std::vector<std::string_view> texts;
    for (const std::string& id : m_order) {
        const OwnedPhrase& entry = m_entries.at(id);
        texts.push_back(entry.zh);
        texts.push_back(entry.en);
    }
    return texts;
}


}  // namespace pujiang::gui
