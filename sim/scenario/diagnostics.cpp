#include "sim/scenario/diagnostics.h"

#include <algorithm>
#include <climits>
#include <tuple>

#include <fmt/format.h>

namespace pujiang {

namespace {

std::string joinLines(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += d.format();
    }
    return text;
}

}  // namespace

std::string Diagnostic::format() const {
    if (file.empty()) return message;
    if (line <= 0) return fmt::format("{}: {}", file, message);
    return fmt::format("{}:{}:{}: {}", file, line, column, message);
}

ScenarioError::ScenarioError(std::vector<Diagnostic> list)
    : std::runtime_error(joinLines(list)), diagnostics(std::move(list)) {}

void DiagnosticList::add(const SourcePosition& at, std::string message) {
    ++m_count;
    if (m_items.size() >= kMaxKept) return;
    const bool lineless =
        std::find(m_linelessSources.begin(), m_linelessSources.end(), at.file) != m_linelessSources.end();
    m_items.push_back(Diagnostic{at.file, lineless ? 0 : at.line, lineless ? 0 : at.column, std::move(message)});
}

std::vector<Diagnostic> DiagnosticList::sorted() const {
    std::vector<std::string> files;
    auto fileRank = [&files](const std::string& file) {
        auto it = std::find(files.begin(), files.end(), file);
        return static_cast<std::size_t>(it - files.begin());
    };
    for (const Diagnostic& d : m_items)
        if (std::find(files.begin(), files.end(), d.file) == files.end()) files.push_back(d.file);

    auto sortKey = [&fileRank](const Diagnostic& d) {
        return std::make_tuple(fileRank(d.file), d.line > 0 ? d.line : INT_MAX, d.column);
    };
    std::vector<Diagnostic> result = m_items;
    std::stable_sort(result.begin(), result.end(),
                     [&sortKey](const Diagnostic& a, const Diagnostic& b) { return sortKey(a) < sortKey(b); });
    if (m_count > m_items.size())
        result.push_back(Diagnostic{{}, 0, 0, fmt::format("... and {} more problems", m_count - m_items.size())});
    return result;
}

}  // namespace pujiang
