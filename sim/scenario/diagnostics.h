#pragma once
// Problems found in scenario files, each tied to the place where the offending text is written.
// The loader reports every problem it can find in one pass, so they travel as a list. Every
// message is written in both languages: the CLI prints the English one, the GUI shows the one of
// its current language.

#include <cstddef>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

#include "sim/core/language.h"
#include "sim/core/localized_error.h"

namespace pujiang {

// Where something is written: file and 1-based line and column (0 when the problem is about the
// whole file, e.g. it cannot be opened or a required setting is missing altogether).
struct SourcePosition {
    std::string file;
    int line = 0, column = 0;
};

struct Diagnostic {
    std::string file;
    int line = 0, column = 0;
    std::string message;    // English: what the CLI prints and ScenarioError::what() holds
    std::string messageZh;  // the same problem in Chinese; key paths and quoted values as in English

    const std::string& messageIn(Language language) const { return language == Language::Zh ? messageZh : message; }
    // "file:line:col: message"; "file: message" when there is no line.
    std::string format(Language language = Language::En) const;
    bool operator==(const Diagnostic&) const = default;
};

class ScenarioError : public LocalizedError {
public:
    explicit ScenarioError(std::vector<Diagnostic> diagnostics);

    // Every problem found, in file order; what() is their English format() joined by '\n', and
    // text(language) the same in either language.
    std::vector<Diagnostic> diagnostics;
};

// Collects diagnostics while a scenario is read (sim/scenario; sim/training uses it for case
// cards). A garbage file can hold a million problems; past kMaxKept only the count grows.
class DiagnosticList {
public:
    static constexpr std::size_t kMaxKept = 1000;

    void add(const SourcePosition& at, OwnedPhrase message);
    // Positions in `source` are reported without line and column: it names a command-line override
    // ("--set rooms[2].tables=0"), not a file, so its messages read "--set rooms[2].tables=0: ...".
    void addLinelessSource(std::string source) { m_linelessSources.push_back(std::move(source)); }
    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }
    // Grouped by file (in the order files first reported something), then by line and column;
    // diagnostics without a line come last in their file. A final note counts any not kept.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> m_items;
    std::size_t m_count = 0;
    std::vector<std::string> m_linelessSources;
};

}  // namespace pujiang
