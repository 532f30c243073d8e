#pragma once
// Plain-text tables for terminal reports (day report, sweep table): columns as wide as their
// widest cell, counting a CJK character as two columns, so Chinese and English line up alike.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace pujiang {

// Display width of UTF-8 text in a terminal: CJK characters (3- and 4-byte sequences) take two
// columns, everything else one.
std::size_t displayWidth(std::string_view text);
std::string padRight(std::string_view text, std::size_t width);
std::string padLeft(std::string_view text, std::size_t width);

class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        std::string header;
        Align align = Align::Right;
        std::size_t minWidth = 0;
    };

    explicit TextTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}
    // One cell per column.
    void addRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
    bool empty() const { return m_rows.empty(); }
    // Header and rows, each line starting with `indent`, columns two spaces apart; a last
    // left-aligned column is not padded.
    void write(std::ostream& out, std::string_view indent = "  ") const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

}  // namespace pujiang
