#include "sim/scenario/diagnostics.h"

#include <algorithm>
#include <climits>
#include <tuple>

#include <fmt/format.h>

namespace pujiang {

namespace {

std::string joinLines(const std::vector<Diagnostic>& diagnostics, Language language) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += d.format(language);
    }
    return text;
}

}  // namespace

std::string Diagnostic::format(Language language) const {
    const std::string& text = messageIn(language);
    if (file.empty()) return text;
    if (line <= 0) return fmt::format("{}: {}", file, text);
    return fmt::format("{}:{}:{}: {}", file, line, column, text);
}

ScenarioError::ScenarioError(std::vector<Diagnostic> list)
    : LocalizedError({joinLines(list, Language::Zh), joinLines(list, Language::En)}), diagnostics(std::move(list)) {}

void DiagnosticList::add(const SourcePosition& at, OwnedPhrase message) {
    ++m_count;
    if (m_items.size() >= kMaxKept) return;
    const bool lineless =
        std::find(m_linelessSources.begin(), m_linelessSources.end(), at.file) != m_linelessSources.end();
    m_items.push_back(Diagnostic{at.file, lineless ? 0 : at.line, lineless ? 0 : at.column, std::move(message.en),
                                 std::move(message.zh)});
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
    if (m_count > m_items.size()) {
        const std::size_t more = m_count - m_items.size();
        result.push_back(Diagnostic{{}, 0, 0, fmt::format("... and {} more problems", more),
                                    fmt::format("……另有 {} 个问题", more)});
    }
    return result;
}

}  // namespace pujiang
