#include "sim/scenario/scenario_text_patch.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "sim/scenario/key_path.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_flattening.h"
#include "sim/scenario/scenario_toml_writer.h"
#include "sim/scenario/toml_input_guard.h"

// [SECTION] Comparing nodes
// [SECTION] The original text, by lines
// [SECTION] Edits
// [SECTION] Where each table of the original is written
// [SECTION] Aligning the elements of two arrays
// [SECTION] The patch
// [SECTION] What the file itself must write
// [SECTION] Entry points

namespace pujiang {

namespace {

namespace fs = std::filesystem;

// [SECTION] Comparing nodes

// Same type and same value, recursively; 1 and 1.0 differ, as they do for the loader's checks.
bool nodesEqual(const toml::node& a, const toml::node& b) {
    if (a.type() != b.type()) return false;
    return a.visit([&b](const auto& value) {
        using Node = std::remove_cvref_t<decltype(value)>;
        return value == *b.as<Node>();
    });
}

bool sameKeys(const toml::table& a, const toml::table& b) {
    if (a.size() != b.size()) return false;
    return std::all_of(a.begin(), a.end(), [&b](auto&& entry) { return b.contains(entry.first.str()); });
}

// [SECTION] The original text, by lines

// Lines are numbered from 1 as toml++ numbers them; its columns count code points, not bytes.
class SourceLines {
public:
    explicit SourceLines(std::string_view text) : m_text(text) {
        m_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') m_starts.push_back(i + 1);
        if (m_starts.size() > 1 && m_starts.back() == text.size()) m_starts.pop_back();  // a final newline ends a line
        m_crlf = text.find("\r\n") != std::string_view::npos;
    }

    std::string_view text() const { return m_text; }
    std::size_t count() const { return m_starts.size(); }
    std::size_t start(std::size_t line) const {
        return line >= 1 && line <= count() ? m_starts[line - 1] : m_text.size();
    }
    // Just after the line's newline: where the next line starts.
    std::size_t after(std::size_t line) const { return line < count() ? m_starts[line] : m_text.size(); }

    std::string_view line(std::size_t line) const {
        std::string_view text = m_text.substr(start(line), after(line) - start(line));
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
        return text;
    }
    bool isBlank(std::size_t number) const { return trimmed(number).empty(); }
    bool isComment(std::size_t number) const { return trimmed(number).starts_with('#'); }
    std::string indent(std::size_t number) const {
        const std::string_view text = line(number);
        return std::string(text.substr(0, text.find_first_not_of(" \t") == std::string_view::npos
                                              ? 0
                                              : text.find_first_not_of(" \t")));
    }

    std::size_t offset(const toml::source_position& at) const {
        if (at.line < 1 || at.line > count()) return m_text.size();
        std::size_t offset = start(at.line);
        if (at.line == 1 && m_text.starts_with("\xEF\xBB\xBF")) offset += 3;  // toml++ does not count the BOM
        for (std::size_t column = 1; column < at.column && offset < m_text.size(); ++column)
            offset += codePointLength(static_cast<unsigned char>(m_text[offset]));
        return std::min(offset, m_text.size());
    }

    // The first of the comment lines directly above `line` (no blank line between), or `line`.
    std::size_t commentsAbove(std::size_t line) const {
        while (line > 1 && isComment(line - 1)) --line;
        return line;
    }

    bool usesCrLf() const { return m_crlf; }
    bool endsWithNewline() const { return !m_text.empty() && m_text.back() == '\n'; }
    bool allBlank() const {
        for (std::size_t number = 1; number <= count(); ++number)
            if (!isBlank(number)) return false;
        return true;
    }

private:
    static std::size_t codePointLength(unsigned char lead) {
        if (lead < 0x80) return 1;
        if ((lead >> 5) == 0x6) return 2;
        if ((lead >> 4) == 0xE) return 3;
        if ((lead >> 3) == 0x1E) return 4;
        return 1;
    }
    std::string_view trimmed(std::size_t number) const {
        std::string_view text = line(number);
        const std::size_t first = text.find_first_not_of(" \t");
        return first == std::string_view::npos ? std::string_view() : text.substr(first);
    }

    std::string_view m_text;
    std::vector<std::size_t> m_starts;
    bool m_crlf = false;
};

// [SECTION] Edits

// Replacements of byte ranges of the original and whole lines to delete, applied in one pass.
// Overlapping edits mean the patch went wrong: apply() then gives nothing.
class TextEdits {
public:
    explicit TextEdits(const SourceLines& lines) : m_lines(lines), m_deleted(lines.count() + 2, false) {}

    void replace(std::size_t begin, std::size_t end, std::string text) {
        m_edits.push_back(Edit{begin, end, std::move(text), Rank::Text, m_edits.size()});
    }
    void insert(std::size_t at, std::string text) { replace(at, at, std::move(text)); }
    // `text` is whole lines, each ending in '\n'.
    void insertAfterLine(std::size_t line, std::string text) {
        insertLines(m_lines.after(line), std::move(text), false);
    }
    void insertBeforeLine(std::size_t line, std::string text) {
        insertLines(m_lines.start(line), std::move(text), false);
    }
    // A new top-level [section]: after whatever else ends the file, such as a new last [[rooms]] block.
    void appendSection(std::string text) { insertLines(m_lines.text().size(), std::move(text), true); }
    void deleteLines(std::size_t first, std::size_t last) {
        for (std::size_t line = first; line <= last && line <= m_lines.count(); ++line) m_deleted[line] = true;
    }

    std::optional<std::string> apply() {
        dropDoubledBlankLines();
        std::vector<Edit> edits = m_edits;
        for (std::size_t line = 1; line <= m_lines.count(); ++line)
            if (m_deleted[line])
                edits.push_back(Edit{m_lines.start(line), m_lines.after(line), {}, Rank::Text, edits.size()});
        std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
            return std::tie(a.begin, a.end, a.rank, a.order) < std::tie(b.begin, b.end, b.rank, b.order);
        });
        const std::string_view text = m_lines.text();
        const std::string newline = m_lines.usesCrLf() ? "\r\n" : "\n";
        std::string out;
        std::size_t copied = 0;
        bool endNewlineAdded = m_lines.endsWithNewline() || text.empty();
        for (const Edit& edit : edits) {
            if (edit.begin < copied) return std::nullopt;
            out.append(text.substr(copied, edit.begin - copied));
            if (edit.begin == text.size() && !endNewlineAdded && !edit.text.empty()) {
                out += newline;  // the last line had none: new lines start after it
                endNewlineAdded = true;
            }
            for (char c : edit.text) {
                if (c == '\n') out += newline;
                else out += c;
            }
            copied = edit.end;
        }
        out.append(text.substr(copied));
        return out;
    }

private:
    // What goes first among insertions at the same place: plain `key = value` lines, which would
    // otherwise land in a section inserted there, then sections and blocks that follow a block of
    // the file, then new top-level sections.
    enum class Rank { Text, Section, LastSection };

    struct Edit {
        std::size_t begin;
        std::size_t end;
        std::string text;
        Rank rank;
        std::size_t order;  // otherwise edits at the same place keep the order they were made in
    };

    void insertLines(std::size_t at, std::string text, bool last) {
        const std::size_t first = text.find_first_not_of('\n');
        const bool opensSection = first != std::string::npos && text[first] == '[';
        const Rank rank = !opensSection ? Rank::Text : last ? Rank::LastSection : Rank::Section;
        m_edits.push_back(Edit{at, at, std::move(text), rank, m_edits.size()});
    }

    // A block deleted between two blank lines would leave both: one goes (the one after it, or
    // the one before it at the end of the file). Removing a blank line can join two deleted runs,
    // so this goes on until nothing changes.
    void dropDoubledBlankLines() {
        while (dropOneDoubledBlankLine()) {
        }
    }

    bool dropOneDoubledBlankLine() {
        const std::size_t count = m_lines.count();
        for (std::size_t line = 1; line <= count;) {
            if (!m_deleted[line]) {
                ++line;
                continue;
            }
            std::size_t last = line;
            while (last + 1 <= count && m_deleted[last + 1]) ++last;
            const bool blankBefore = line == 1 || m_lines.isBlank(line - 1);
            if (last < count && blankBefore && m_lines.isBlank(last + 1)) {
                m_deleted[last + 1] = true;
                return true;
            }
            if (last == count && line > 1 && m_lines.isBlank(line - 1)) {
                m_deleted[line - 1] = true;
                return true;
            }
            line = last + 1;
        }
        return false;
    }

    const SourceLines& m_lines;
    std::vector<Edit> m_edits;
    std::vector<bool> m_deleted;  // by line number
};

// [SECTION] Where each table of the original is written

enum class Form {
    Root,
    Header,   // opened by its own [header] or [[header]] line
    Implied,  // only implied by a deeper header: [a] by [a.b]
    Dotted,   // made by dotted keys: selection.max_batches = 9
    Inline,   // an inline table value, or a table inside one
};

struct TablePlace {
    Form form = Form::Root;
    const toml::table* parent = nullptr;  // the table holding it (for an element: the array's holder)
    std::string header;                   // the path a header under it starts with: "rooms", "rooms.selection"
    std::string prefix;                   // Dotted: its keys as its lines write them, "selection."
    std::size_t headerLine = 0;           // Header
    std::size_t lastValueLine = 0;        // last line of a value written in it or its dotted tables; 0: none
};

std::string joinedHeader(const std::string& header, std::string_view key) {
    return header.empty() ? tomlKeyText(key) : header + "." + tomlKeyText(key);
}

class FileLayout {
public:
    FileLayout(const toml::table& root, const SourceLines& lines) : m_lines(lines) {
        visit(root, TablePlace{});
        for (auto& [table, place] : m_places)
            if (place.form == Form::Header && m_headers.at(place.headerLine) != table) place.form = Form::Implied;
        for (const auto& [value, holder] : m_values) {
            const std::size_t line = value->source().end.line;
            for (const toml::table* table = holder; table;) {
                TablePlace& place = m_places.at(table);
                place.lastValueLine = std::max(place.lastValueLine, line);
                table = place.form == Form::Dotted ? place.parent : nullptr;
            }
        }
    }

    // Tables inside inline values are not in the layout: they are written where their value is.
    bool isInline(const toml::table& table) const {
        const auto found = m_places.find(&table);
        return found == m_places.end() || found->second.form == Form::Inline;
    }
    bool isBlocks(const toml::array& array) const {
        return !array.empty() && array.is_array_of_tables() && !isInline(*array.front().as_table());
    }
    const TablePlace& place(const toml::table& table) const { return m_places.at(&table); }

    // The last line of a Header table's block and of the blocks right after it that belong to it
    // ([rooms.selection] after its [[rooms]]).
    std::size_t blockEnd(const toml::table& table) const {
        const TablePlace& own = place(table);
        std::size_t end = ownEnd(own);
        for (auto it = m_headers.upper_bound(own.headerLine); it != m_headers.end() && isWithin(it->second, &table);
             ++it)
            end = std::max(end, ownEnd(place(*it->second)));
        return end;
    }

    std::optional<std::size_t> firstHeaderLine() const {
        if (m_headers.empty()) return std::nullopt;
        return m_headers.begin()->first;
    }

private:
    static std::size_t ownEnd(const TablePlace& place) { return std::max(place.headerLine, place.lastValueLine); }

    bool isWithin(const toml::table* table, const toml::table* ancestor) const {
        for (; table; table = place(*table).parent)
            if (table == ancestor) return true;
        return false;
    }

    bool startsWithBracket(const toml::node& node) const {
        const std::size_t at = m_lines.offset(node.source().begin);
        return at < m_lines.text().size() && m_lines.text()[at] == '[';
    }

    void visit(const toml::table& table, TablePlace place) {
        const TablePlace& stored = m_places.emplace(&table, std::move(place)).first->second;
        // A deeper table opened on the same line takes it over: that line is its header.
        if (stored.form == Form::Header) m_headers[stored.headerLine] = &table;
        const std::string header = stored.header;
        const std::string prefix = stored.prefix;
        for (auto&& [key, node] : table) {
            if (const toml::table* inner = node.as_table()) {
                TablePlace child;
                child.parent = &table;
                child.header = joinedHeader(header, key.str());
                if (inner->is_inline()) {
                    child.form = Form::Inline;
                    m_places.emplace(inner, std::move(child));
                    m_values.emplace_back(&node, &table);
                    continue;
                }
                if (startsWithBracket(*inner)) {
                    child.form = Form::Header;
                    child.headerLine = inner->source().begin.line;
                } else {
                    child.form = Form::Dotted;
                    child.prefix = prefix + tomlKeyText(key.str()) + ".";
                }
                visit(*inner, std::move(child));
                continue;
            }
            const toml::array* array = node.as_array();
            if (array && array->is_array_of_tables() && !array->empty() && !array->front().as_table()->is_inline() &&
                startsWithBracket(array->front())) {
                for (const toml::node& element : *array) {
                    TablePlace child;
                    child.form = Form::Header;
                    child.parent = &table;
                    child.header = joinedHeader(header, key.str());
                    child.headerLine = element.source().begin.line;
                    visit(*element.as_table(), std::move(child));
                }
                continue;
            }
            m_values.emplace_back(&node, &table);
        }
    }

    const SourceLines& m_lines;
    std::map<const toml::table*, TablePlace> m_places;
    std::map<std::size_t, const toml::table*> m_headers;  // header line -> the table it opens
    std::vector<std::pair<const toml::node*, const toml::table*>> m_values;  // value -> the table holding it
};

// [SECTION] Aligning the elements of two arrays

struct ElementStep {
    enum Kind { Same, Changed, Removed, Added } kind;
    std::size_t from = 0;  // element of the original (Same, Changed, Removed)
    std::size_t to = 0;    // element of the edited array (Same, Changed, Added)
};

// Elements equal in both are kept (a longest common subsequence, earliest matches first); between
// two kept ones, removed and added elements are paired in order as changed ones, so an edited room
// stays in its block and only what is left over is removed or added.
std::vector<ElementStep> alignElements(const toml::array& from, const toml::array& to) {
    const std::size_t n = from.size();
    const std::size_t m = to.size();
    std::vector<char> equal(n * m);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) equal[i * m + j] = nodesEqual(from[i], to[j]);
    // common[i][j]: length of the longest common subsequence of from[i..] and to[j..]
    std::vector<std::size_t> common((n + 1) * (m + 1), 0);
    const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            common[at(i, j)] = equal[i * m + j] ? common[at(i + 1, j + 1)] + 1
                                                : std::max(common[at(i + 1, j)], common[at(i, j + 1)]);

    std::vector<ElementStep> steps;
    std::vector<std::size_t> removed;
    std::vector<std::size_t> added;
    const auto closeGap = [&] {
        const std::size_t paired = std::min(removed.size(), added.size());
        for (std::size_t k = 0; k < paired; ++k) steps.push_back({ElementStep::Changed, removed[k], added[k]});
        for (std::size_t k = paired; k < removed.size(); ++k) steps.push_back({ElementStep::Removed, removed[k], 0});
        for (std::size_t k = paired; k < added.size(); ++k) steps.push_back({ElementStep::Added, 0, added[k]});
        removed.clear();
        added.clear();
    };
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && equal[i * m + j] && common[at(i, j)] == common[at(i + 1, j + 1)] + 1) {
            closeGap();
            steps.push_back({ElementStep::Same, i++, j++});
        } else if (j == m || (i < n && common[at(i + 1, j)] >= common[at(i, j + 1)])) {
            removed.push_back(i++);
        } else {
            added.push_back(j++);
        }
    }
    closeGap();
    return steps;
}

// [SECTION] The patch

// Turns the original file's own table into `wanted` by edits of its text.
class Patcher {
public:
    Patcher(const SourceLines& lines, const toml::table& original)
        : m_lines(lines), m_layout(original, lines), m_edits(lines), m_original(original) {}

    std::optional<std::string> patch(const toml::table& wanted) {
        patchTable(m_original, wanted, "");
        if (m_failed) return std::nullopt;
        return m_edits.apply();
    }

private:
    void patchTable(const toml::table& from, const toml::table& to, std::string_view rowPath) {
        for (auto&& [key, node] : from)
            if (!to.contains(key.str())) removeNode(node);
        for (const std::string& key : orderedScenarioKeys(to, rowPath)) {
            const toml::node& wanted = *to.get(key);
            if (const toml::node* written = from.get(key))
                patchNode(*written, wanted, childRowPath(rowPath, key), &from, rowPath, key);
            else
                addKey(from, key, wanted, rowPath);
        }
    }

    // `holder` and `key` name where `from` is written, for a value that must move to a new line;
    // inside inline values there is none.
    void patchNode(const toml::node& from, const toml::node& to, const std::string& rowPath, const toml::table* holder,
                   std::string_view holderRow, const std::string& key) {
        if (nodesEqual(from, to)) return;
        const toml::table* fromTable = from.as_table();
        const toml::table* toTable = to.as_table();
        const toml::array* fromArray = from.as_array();
        const toml::array* toArray = to.as_array();
        if (fromTable && !m_layout.isInline(*fromTable)) {
            if (toTable) patchTable(*fromTable, *toTable, rowPath);
            else rewriteOnNewLines(from, to, holder, holderRow, key);
            return;
        }
        if (fromArray && m_layout.isBlocks(*fromArray)) {
            if (toArray && !toArray->empty() && toArray->is_array_of_tables())
                patchBlocks(*fromArray, *toArray, rowPath);
            else
                rewriteOnNewLines(from, to, holder, holderRow, key);
            return;
        }
        if (fromTable && toTable && sameKeys(*fromTable, *toTable)) {
            for (auto&& [name, node] : *toTable)
                patchNode(*fromTable->get(name.str()), node, childRowPath(rowPath, name.str()), nullptr, rowPath,
                          std::string(name.str()));
            return;
        }
        if (fromArray && toArray) {
            patchInlineArray(*fromArray, *toArray, rowPath);
            return;
        }
        replaceValue(from, inlineTomlValue(to, rowPath));
    }

    // A [section] or [[blocks]] that becomes a plain value (or the other way round): its lines go
    // and the value is written as a new key.
    void rewriteOnNewLines(const toml::node& from, const toml::node& to, const toml::table* holder,
                           std::string_view holderRow, const std::string& key) {
        if (!holder) {
            m_failed = true;
            return;
        }
        removeNode(from);
        addKey(*holder, key, to, holderRow);
    }

    void removeNode(const toml::node& node) {
        if (const toml::table* table = node.as_table(); table && !m_layout.isInline(*table)) {
            const TablePlace& place = m_layout.place(*table);
            if (place.form == Form::Header)
                m_edits.deleteLines(place.headerLine, std::max(place.headerLine, place.lastValueLine));
            for (auto&& [key, inner] : *table) removeNode(inner);
            return;
        }
        if (const toml::array* array = node.as_array(); array && m_layout.isBlocks(*array)) {
            for (const toml::node& element : *array) removeNode(element);
            return;
        }
        // A value written on its own line(s) in a non-inline table: nothing else shares them but a comment.
        m_edits.deleteLines(node.source().begin.line, node.source().end.line);
    }

    void addKey(const toml::table& holder, const std::string& key, const toml::node& value,
                std::string_view holderRow) {
        const TablePlace& place = m_layout.place(holder);
        if (place.form == Form::Implied || place.form == Form::Inline) {
            m_failed = true;  // no line of the file is this table's own
            return;
        }
        if (place.form == Form::Dotted) {
            m_edits.insertAfterLine(place.lastValueLine, indented(dottedLines(place.prefix, key, value, holderRow),
                                                                  m_lines.indent(place.lastValueLine)));
            return;
        }
        toml::table single;
        single.insert(key, value);
        const std::string text = writeScenarioTable(single, holderRow, place.header);
        if (text.starts_with('[')) {  // a [section] or [[blocks]]: after the table's last block
            if (place.form == Form::Header) m_edits.insertAfterLine(m_layout.blockEnd(holder), "\n" + text);
            else m_edits.appendSection(m_lines.allBlank() ? text : "\n" + text);
            return;
        }
        if (place.lastValueLine > 0)
            m_edits.insertAfterLine(place.lastValueLine, indented(text, m_lines.indent(place.lastValueLine)));
        else if (place.form == Form::Header)
            m_edits.insertAfterLine(place.headerLine, text);
        else if (const std::optional<std::size_t> header = m_layout.firstHeaderLine())
            m_edits.insertBeforeLine(m_lines.commentsAbove(*header), text + "\n");
        else
            m_edits.insertAfterLine(m_lines.count(), text);
    }

    // `prefix.key = value` lines for a table written with dotted keys; a [section] of the key table
    // becomes one line per key, other tables are written inline.
    static std::string dottedLines(const std::string& prefix, const std::string& key, const toml::node& value,
                                   std::string_view holderRow) {
        const std::string rowPath = childRowPath(holderRow, key);
        const KeyInfo* row = findKey(rowPath);
        const toml::table* table = value.as_table();
        if (table && !table->empty() && row && row->kind == KeyKind::Table) {
            std::string lines;
            for (const std::string& inner : orderedScenarioKeys(*table, rowPath))
                lines += dottedLines(prefix + tomlKeyText(key) + ".", inner, *table->get(inner), rowPath);
            return lines;
        }
        return prefix + tomlKeyText(key) + " = " + inlineTomlValue(value, rowPath) + "\n";
    }

    static std::string indented(const std::string& lines, const std::string& indent) {
        if (indent.empty()) return lines;
        std::string out;
        bool lineStart = true;
        for (char c : lines) {
            if (lineStart && c != '\n') out += indent;
            out += c;
            lineStart = c == '\n';
        }
        return out;
    }

    // [[rooms]] blocks: a changed element is patched in its block, a removed one loses its block, an
    // added one is a new block after the block of the element before it.
    void patchBlocks(const toml::array& from, const toml::array& to, const std::string& rowPath) {
        const std::string elementRow = rowPath + "[]";
        const std::string header = m_layout.place(*from.front().as_table()).header;
        std::optional<std::size_t> previous;
        for (const ElementStep& step : alignElements(from, to)) {
            switch (step.kind) {
            case ElementStep::Same: break;
            case ElementStep::Changed:
                patchTable(*from[step.from].as_table(), *to[step.to].as_table(), elementRow);
                break;
            case ElementStep::Removed: removeNode(from[step.from]); break;
            case ElementStep::Added: {
                const std::string block =
                    "[[" + header + "]]\n" + writeScenarioTable(*to[step.to].as_table(), elementRow, header);
                if (previous)
                    m_edits.insertAfterLine(m_layout.blockEnd(*from[*previous].as_table()), "\n" + block);
                else
                    m_edits.insertBeforeLine(
                        m_lines.commentsAbove(m_layout.place(*from.front().as_table()).headerLine), block + "\n");
                continue;
            }
            }
            previous = step.from;
        }
    }

    // An inline array, on one line or several: elements are changed, removed and added in place,
    // so the rest of its layout stays. In an array written one element a line, removed elements
    // take their lines with them and added ones get lines of their own, so comment lines between
    // elements stay where they are.
    void patchInlineArray(const toml::array& from, const toml::array& to, const std::string& rowPath) {
        const std::string elementRow = rowPath + "[]";
        const std::vector<ElementStep> steps =
            from.empty() || to.empty() ? std::vector<ElementStep>{} : alignElements(from, to);
        const auto kept = std::find_if(steps.begin(), steps.end(), [](const ElementStep& s) {
            return s.kind == ElementStep::Same || s.kind == ElementStep::Changed;
        });
        if (kept == steps.end()) {
            replaceValue(from, wholeArrayText(from, to, rowPath));
            return;
        }
        const bool multiLine = from.source().begin.line != from.source().end.line;

        std::vector<bool> removed(from.size(), false);
        for (const ElementStep& step : steps)
            if (step.kind == ElementStep::Removed) removed[step.from] = true;
        for (std::size_t first = 0; first < from.size();) {
            if (!removed[first]) {
                ++first;
                continue;
            }
            std::size_t last = first;
            while (last + 1 < from.size() && removed[last + 1]) ++last;
            removeElements(from, first, last, multiLine);
            first = last + 1;
        }

        std::optional<std::size_t> anchor;
        std::vector<char> commaAdded(from.size(), 0);  // a comma was put after an element that had none
        for (const ElementStep& step : steps) {
            switch (step.kind) {
            case ElementStep::Same: anchor = step.from; break;
            case ElementStep::Changed:
                patchNode(from[step.from], to[step.to], elementRow, nullptr, rowPath, {});
                anchor = step.from;
                break;
            case ElementStep::Removed: break;
            case ElementStep::Added: {
                const std::string text = inlineTomlValue(to[step.to], elementRow);
                if (anchor) commaAdded[*anchor] = addElementAfter(from[*anchor], text, multiLine, commaAdded[*anchor]);
                else addElementBefore(from[kept->from], text, multiLine);
                break;
            }
            }
        }
    }

    // Elements first..last of `array`, some element of which stays.
    void removeElements(const toml::array& array, std::size_t first, std::size_t last, bool multiLine) {
        if (multiLine && ownsLines(array[first], array[last])) {
            m_edits.replace(m_lines.start(array[first].source().begin.line),
                            m_lines.after(array[last].source().end.line), {});
        } else if (last + 1 < array.size()) {
            m_edits.replace(begin(array[first]), begin(array[last + 1]), {});  // with the separator after them
        } else {
            m_edits.replace(end(array[first - 1]), end(array[last]), {});  // at the end: the separator before
        }
    }

    // Returns whether a comma now follows `previous` that the text did not have.
    bool addElementAfter(const toml::node& previous, const std::string& text, bool multiLine, bool commaAdded) {
        if (!multiLine || !ownsLines(previous, previous)) {
            m_edits.insert(end(previous), ", " + text);
            return commaAdded;
        }
        if (!commaAdded && !restOfLine(previous).starts_with(',')) {
            m_edits.insert(end(previous), ",");
            commaAdded = true;
        }
        const std::string indent = m_lines.indent(previous.source().begin.line);
        m_edits.insertAfterLine(previous.source().end.line, indent + text + ",\n");
        return commaAdded;
    }

    void addElementBefore(const toml::node& next, const std::string& text, bool multiLine) {
        if (multiLine && ownsLines(next, next)) {
            const std::size_t line = next.source().begin.line;
            m_edits.insertBeforeLine(line, m_lines.indent(line) + text + ",\n");
        } else {
            m_edits.insert(begin(next), text + ", ");
        }
    }

    // What follows the node on its last line, without leading blanks.
    std::string_view restOfLine(const toml::node& node) const {
        const std::size_t line = node.source().end.line;
        const std::size_t lineStart = m_lines.start(line);
        std::string_view rest = m_lines.line(line).substr(std::min(end(node) - lineStart, m_lines.line(line).size()));
        rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
        return rest;
    }

    // Whether elements first..last sit on lines of their own: only blanks before the first, and
    // after the last at most a comma and a comment.
    bool ownsLines(const toml::node& first, const toml::node& last) const {
        const std::size_t line = first.source().begin.line;
        const std::string_view before = m_lines.line(line).substr(0, begin(first) - m_lines.start(line));
        if (before.find_first_not_of(" \t") != std::string_view::npos) return false;
        std::string_view rest = restOfLine(last);
        if (rest.starts_with(',')) rest.remove_prefix(1);
        rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
        return rest.empty() || rest.starts_with('#');
    }

    // A whole new array in the original's style: one line, or one element a line as it had them.
    std::string wholeArrayText(const toml::array& from, const toml::array& to, const std::string& rowPath) const {
        const bool multiLine = from.source().begin.line != from.source().end.line;
        if (!multiLine || to.empty()) return inlineTomlValue(to, rowPath);
        const std::string closing = m_lines.indent(from.source().end.line);
        const std::string item = from.empty() ? closing + "    " : m_lines.indent(from.front().source().begin.line);
        std::string text = "[\n";
        for (const toml::node& element : to) text += item + inlineTomlValue(element, rowPath + "[]") + ",\n";
        return text + closing + "]";
    }

    void replaceValue(const toml::node& node, std::string text) {
        m_edits.replace(begin(node), end(node), std::move(text));
    }
    std::size_t begin(const toml::node& node) const { return m_lines.offset(node.source().begin); }
    std::size_t end(const toml::node& node) const { return m_lines.offset(node.source().end); }

    const SourceLines& m_lines;
    FileLayout m_layout;
    TextEdits m_edits;
    const toml::table& m_original;
    bool m_failed = false;
};

// [SECTION] What the file itself must write

// The text read as TOML behind the loader's guard; nothing when it is not TOML.
std::optional<toml::table> parsedOrNothing(std::string_view text) {
    try {
        std::variant<toml::table, TomlInputProblem> parsed = parseGuardedToml(text, "");
        if (auto* table = std::get_if<toml::table>(&parsed)) return std::move(*table);
    } catch (const toml::parse_error&) {
    }
    return std::nullopt;
}

// The table the file must write so that, merged onto `below` (its bases), it gives `edited`:
// what it wrote and the edit kept stays; what the bases give already is left out unless the file
// wrote it; [sections] of the key table merge key by key, everything else replaces. nullopt when
// `edited` lacks a key the bases give: a file cannot take a base's key away.
std::optional<toml::table> ownTable(const toml::table& below, const toml::table& edited, const toml::table& written,
                                    std::string_view rowPath) {
    static const toml::table kNone;
    toml::table own;
    for (auto&& [name, value] : edited) {
        const std::string key(name.str());
        const std::string path = childRowPath(rowPath, key);
        const KeyInfo* row = findKey(path);
        const toml::node* mine = written.get(key);
        const toml::node* theirs = below.get(key);
        const toml::table* editedTable = value.as_table();
        const toml::table* baseTable = theirs ? theirs->as_table() : nullptr;
        if (row && row->kind == KeyKind::Table && editedTable && baseTable) {
            const toml::table* mineTable = mine ? mine->as_table() : nullptr;
            std::optional<toml::table> inner = ownTable(*baseTable, *editedTable, mineTable ? *mineTable : kNone, path);
            if (!inner) return std::nullopt;
            if (!inner->empty() || mineTable) own.insert(key, std::move(*inner));
        } else if (mine && nodesEqual(*mine, value)) {
            own.insert(key, *mine);
        } else if (!(!mine && theirs && nodesEqual(*theirs, value))) {
            own.insert(key, value);
        }
    }
    for (auto&& [name, value] : below)
        if (!edited.contains(name.str())) return std::nullopt;
    return own;
}

// A relative `base` as seen from another folder; the same text when the folder does not change.
std::string rebasedPath(const std::string& base, const fs::path& fromDir, const fs::path& toDir) {
    const fs::path written(base);
    if (written.is_absolute()) return base;
    const auto absoluteDir = [](const fs::path& dir) {
        return (dir.empty() ? fs::current_path() : fs::absolute(dir)).lexically_normal();
    };
    const fs::path from = absoluteDir(fromDir);
    const fs::path to = absoluteDir(toDir);
    if (from == to) return base;
    const fs::path file = (from / written).lexically_normal();
    const fs::path relative = file.lexically_relative(to);
    return relative.empty() ? file.generic_string() : relative.generic_string();
}

// `rebase`: the folders a relative base is moved from and to, for Save As.
std::optional<std::string> patchText(std::string_view originalText, const toml::table& bases, toml::table edited,
                                     std::string_view fileStem,
                                     const std::optional<std::pair<fs::path, fs::path>>& rebase) {
    std::optional<toml::table> parsedOriginal = parsedOrNothing(originalText);
    if (!parsedOriginal) return std::nullopt;
    const toml::table& written = *parsedOriginal;
    // Without a name of its own the scenario takes the file's stem: written only when that is wrong.
    const auto* name = edited.get_as<std::string>("name");
    if (!written.contains("name") && name && name->get() == fileStem) edited.erase("name");

    toml::table below = bases;
    for (const std::string_view key : kKeysOfTheFileItself) below.erase(key);  // not inherited
    std::optional<toml::table> wanted = ownTable(below, edited, written, "");
    if (!wanted) return std::nullopt;
    if (const toml::node* base = written.get("base")) {
        const auto* path = base->as_string();
        if (rebase && path) {
            try {
                wanted->insert_or_assign("base", rebasedPath(path->get(), rebase->first, rebase->second));
            } catch (const fs::filesystem_error&) {
                return std::nullopt;  // no current folder to resolve a relative one against
            }
        } else {
            wanted->insert_or_assign("base", *base);
        }
    } else if (!bases.empty()) {
        return std::nullopt;  // bases the text does not name
    }
    if (!(mergeScenarioLayer(bases, *wanted) == edited)) return std::nullopt;

    const SourceLines lines(originalText);
    std::optional<std::string> patched = Patcher(lines, written).patch(*wanted);
    if (!patched) return std::nullopt;
    // The contract, checked: the text says exactly what the file must write.
    const std::optional<toml::table> reread = parsedOrNothing(*patched);
    if (!reread || !(*reread == *wanted)) return std::nullopt;
    return patched;
}

}  // namespace

// [SECTION] Entry points

std::optional<std::string> patchScenarioText(std::string_view originalText, const toml::table& bases,
                                             const toml::table& edited, std::string_view fileStem) {
    return patchText(originalText, bases, edited, fileStem, std::nullopt);
}

std::optional<std::string> patchScenarioTextForSaveAs(std::string_view originalText, const toml::table& bases,
                                                      const toml::table& edited, const fs::path& originalDir,
                                                      const fs::path& targetFile,
                                                      const std::optional<std::string>& newName) {
    toml::table named = edited;
    if (newName) named.insert_or_assign("name", *newName);
    return patchText(originalText, bases, std::move(named), targetFile.stem().string(),
                     std::make_pair(originalDir, targetFile.parent_path()));
}

}  // namespace pujiang
