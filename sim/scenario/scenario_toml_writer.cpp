#include "sim/scenario/scenario_toml_writer.h"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "sim/scenario/document_path.h"
#include "sim/scenario/key_table.h"

namespace pujiang {

namespace {

bool isBareKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

// Strings, dates and times go through toml++, which escapes what TOML needs escaped; with
// allow_unicode_strings other UTF-8 stays as it is, so Chinese names remain readable.
std::string formattedByToml(const toml::node& node) {
    std::ostringstream out;
    out << toml::toml_formatter(node, toml::format_flags::allow_unicode_strings);
    return out.str();
}

std::string keyText(std::string_view key) {
    return isBareKey(key) ? std::string(key) : formattedByToml(toml::value<std::string>(std::string(key)));
}

std::string floatText(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);  // shortest exact text
    std::string text(buffer, result.ptr);
    // Without a dot or an exponent TOML would read the number back as an integer (inf and nan are fine).
    if (text.find_first_of(".en") == std::string::npos) text += ".0";
    return text;
}

enum class Layout {
    Line,     // key = value
    Section,  // [header] and the table's keys below it
    Blocks,   // one [[header]] per element
};

Layout layoutOf(std::string_view rowPath, const toml::node& node) {
    const KeyInfo* row = findKey(rowPath);
    if (!row) return Layout::Line;
    if (row->kind == KeyKind::Table && node.is_table()) return Layout::Section;
    // [[rooms]] and [[categories]] are long and written as blocks; walk_ins.profile is a short
    // list of rate points, written inline as in the shipped scenarios.
    const toml::array* array = node.as_array();
    if (row->kind == KeyKind::TableArray && parentPath(row->path).empty() && array && !array->empty() &&
        array->is_array_of_tables())
        return Layout::Blocks;
    return Layout::Line;
}

class Writer {
public:
    // `rowPath` names the table's rows ("", "day", "rooms[]"); `header` is its header as written ("rooms").
    void writeTable(const toml::table& table, std::string_view rowPath, const std::string& header) {
        const std::vector<std::string> keys = orderedScenarioKeys(table, rowPath);
        // Every `key = value` after a [header] belongs to that header's table, so a table's own
        // values come before its sections.
        for (const std::string& key : keys) {
            const std::string path = childRowPath(rowPath, key);
            const toml::node& node = *table.get(key);
            if (layoutOf(path, node) == Layout::Line) writeLine(key, node, path);
        }
        for (const std::string& key : keys) {
            const std::string path = childRowPath(rowPath, key);
            const toml::node& node = *table.get(key);
            const std::string inner = header.empty() ? keyText(key) : fmt::format("{}.{}", header, keyText(key));
            switch (layoutOf(path, node)) {
            case Layout::Line: break;
            case Layout::Section:
                startHeader(fmt::format("[{}]", inner));
                writeTable(*node.as_table(), path, inner);
                break;
            case Layout::Blocks:
                for (const toml::node& element : *node.as_array()) {
                    startHeader(fmt::format("[[{}]]", inner));
                    writeTable(*element.as_table(), path + "[]", inner);
                }
                break;
            }
        }
    }

    std::string take() { return std::move(m_text); }

private:
    void writeLine(const std::string& key, const toml::node& node, const std::string& rowPath) {
        const toml::array* array = node.as_array();
        if (array && array->size() > 1 && array->is_array_of_tables()) {  // one rate point a line
            m_text += keyText(key) + " = [\n";
            for (const toml::node& element : *array)
                m_text += "    " + inlineTomlValue(element, rowPath + "[]") + ",\n";
            m_text += "]\n";
            return;
        }
        m_text += fmt::format("{} = {}\n", keyText(key), inlineTomlValue(node, rowPath));
    }

    void startHeader(const std::string& header) {
        if (!m_text.empty()) m_text += '\n';
        m_text += header + '\n';
    }

    std::string m_text;
};

}  // namespace

std::string tomlKeyText(std::string_view key) { return keyText(key); }

std::vector<std::string> orderedScenarioKeys(const toml::table& table, std::string_view rowPath) {
    std::vector<std::string> keys;
    for (const KeyInfo* row : childKeys(rowPath)) {
        const std::string_view name = keyName(row->path);
        if (table.contains(name)) keys.emplace_back(name);
    }
    for (auto&& [key, node] : table)
        if (!findKey(childRowPath(rowPath, key.str()))) keys.emplace_back(key.str());
    return keys;
}

std::string inlineTomlValue(const toml::node& node, std::string_view rowPath) {
    if (const toml::table* table = node.as_table()) {
        if (table->empty()) return "{}";
        std::vector<std::string> items;
        for (const std::string& key : orderedScenarioKeys(*table, rowPath))
            items.push_back(fmt::format("{} = {}", keyText(key),
                                        inlineTomlValue(*table->get(key), childRowPath(rowPath, key))));
        return fmt::format("{{ {} }}", fmt::join(items, ", "));
    }
    if (const toml::array* array = node.as_array()) {
        std::vector<std::string> items;
        const std::string elementRows = std::string(rowPath) + "[]";
        for (const toml::node& element : *array) items.push_back(inlineTomlValue(element, elementRows));
        return fmt::format("[{}]", fmt::join(items, ", "));
    }
    if (const auto* number = node.as_floating_point()) return floatText(number->get());
    if (const auto* integer = node.as_integer()) return fmt::format("{}", integer->get());
    if (const auto* flag = node.as_boolean()) return flag->get() ? "true" : "false";
    return formattedByToml(node);
}

std::string writeScenarioTable(const toml::table& table, std::string_view rowPath, const std::string& header) {
    Writer writer;
    writer.writeTable(table, rowPath, header);
    return writer.take();
}

std::string writeScenarioToml(const toml::table& scenario) { return writeScenarioTable(scenario, "", ""); }

}  // namespace pujiang
