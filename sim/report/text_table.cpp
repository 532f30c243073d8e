#include "sim/report/text_table.h"

#include <algorithm>

namespace pujiang {

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        width += length >= 3 ? 2 : 1;
        i += length;
    }
    return width;
}

std::string padRight(std::string_view text, std::size_t width) {
    std::string padded(text);
    for (std::size_t w = displayWidth(text); w < width; ++w) padded += ' ';
    return padded;
}

std::string padLeft(std::string_view text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    return std::string(w < width ? width - w : 0, ' ') + std::string(text);
}

void TextTable::write(std::ostream& out, std::string_view indent) const {
    std::vector<std::size_t> widths;
    for (const Column& column : m_columns) widths.push_back(std::max(column.minWidth, displayWidth(column.header)));
    for (const auto& row : m_rows)
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    const auto line = [&](auto cell) {
        std::string text(indent);
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (c > 0) text += "  ";
            const bool last = c + 1 == m_columns.size();
            const std::string_view value = cell(c);
            if (m_columns[c].align == Align::Right) text += padLeft(value, widths[c]);
            else text += last ? std::string(value) : padRight(value, widths[c]);
        }
        out << text << '\n';
    };
    line([&](std::size_t c) -> std::string_view { return m_columns[c].header; });
    for (const auto& row : m_rows)
        line([&](std::size_t c) -> std::string_view { return c < row.size() ? std::string_view(row[c]) : std::string_view(); });
}

}  // namespace pujiang
