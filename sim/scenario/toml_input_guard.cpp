#include "sim/scenario/toml_input_guard.h"

#include <vector>

#include <fmt/format.h>

#include "sim/core/message_text.h"

namespace pujiang {
namespace {

// The code points toml++ 3.3.0's is_non_ascii_horizontal_whitespace() cannot classify. It splits
// U+00A0..U+FEFF into blocks of 0x3FA; three blocks that hold whitespace are tested only for
// their whitespace (U+00A0, U+3000, U+FEFF) and every other character of them falls into
// TOML_UNREACHABLE: U+00A1..U+0499, U+2C5E..U+3057 but U+3000 (CJK punctuation such as 、。「」
// among them), and U+FB26..U+FEFE.
constexpr bool misreadByTomlParser(char32_t c) {
    return (c >= 0xA1 && c <= 0x499) || (c >= 0x2C5E && c <= 0x3057 && c != 0x3000) || (c >= 0xFB26 && c <= 0xFEFE);
}

bool isBareKeyCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The code point of a well-formed UTF-8 sequence starting at `at`, and its length; nothing for a
// malformed one (toml++ reports those itself before classifying anything).
struct Decoded {
    char32_t codePoint;
    std::size_t length;
};
std::optional<Decoded> decodeUtf8(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    char32_t value = 0;
    if (lead < 0x80) return Decoded{lead, 1};
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    } else {
        return std::nullopt;
    }
    if (at + length > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
        if (!isContinuationByte(text[at + k])) return std::nullopt;
        value = (value << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
    }
    return Decoded{value, length};
}

std::string codePointName(const Decoded& decoded, std::string_view text, std::size_t at) {
    return fmt::format("U+{:04X} '{}'", static_cast<std::uint32_t>(decoded.codePoint), text.substr(at, decoded.length));
}

struct ScanReport {
    std::optional<TomlInputProblem> problem;
    std::vector<std::size_t> toEscape;  // byte offsets of characters to hand over as \u escapes
};

// One pass over the text in the states TOML reads it in: keys and values, comments, and the four
// kinds of strings. Arrays and inline tables are followed only to know where keys are.
class GuardScanner {
public:
    explicit GuardScanner(std::string_view text) : m_text(text) {}

    ScanReport run() {
        constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
        if (m_text.starts_with(kByteOrderMark)) m_i = kByteOrderMark.size();  // toml++ skips it
        while (m_i < m_text.size() && !m_report.problem) step();
        return std::move(m_report);
    }

private:
    // BareValue: a value without quotes (number, date, boolean), which toml++ scans up to a
    // value terminator - quotes inside it open no string there.
    enum class State { Normal, Comment, Basic, Literal, MultiBasic, MultiLiteral, BareValue };

    void step() {
        const char c = m_text[m_i];
        if (c == '\n') {
            newLine();
            return;
        }
        switch (m_state) {
        case State::Comment: break;
        case State::Basic:
            if (c == '\\' && m_i + 1 < m_text.size() && m_text[m_i + 1] != '\n') {
                advance();  // the escaped character cannot end the string
            } else if (c == '"') {
                m_state = State::Normal;
            }
            break;
        case State::Literal:
            if (c == '\'') m_state = State::Normal;
            break;
        case State::MultiBasic: multiBasic(c); return;
        case State::MultiLiteral:
            if (startsWith("'''")) {
                m_state = State::Normal;
                advance(2);
            }
            break;
        case State::BareValue:
            if (std::string_view(" \t\r\v\f]},#").find(c) != std::string_view::npos) {
                m_state = State::Normal;
                normal(c);
            } else if (static_cast<unsigned char>(c) >= 0x80) {
                nonAsciiOutsideQuotes();
            } else {
                advance();
            }
            return;
        case State::Normal: normal(c); return;
        }
        advance();
    }

    void newLine() {
        ++m_i;
        ++m_here.line;
        m_here.column = 1;
        if (m_state == State::Comment || m_state == State::Basic || m_state == State::Literal ||
            m_state == State::BareValue)
            m_state = State::Normal;
        // A new line outside any array or inline table starts a new key (or header).
        if (m_state == State::Normal && m_containers.empty()) startKey();
    }

    void multiBasic(char c) {
        if (startsWith("\"\"\"")) {
            m_state = State::Normal;
            advance(3);
            return;
        }
        if (c == '\\') {
            escapeInMultiBasic();
            return;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            if (const std::optional<Decoded> decoded = decodeUtf8(m_text, m_i)) {
                if (misreadByTomlParser(decoded->codePoint)) m_report.toEscape.push_back(m_i);
            }
        }
        advance();
    }

    // toml++ asks whether the character after a backslash is whitespace (a line-ending backslash),
    // and after "\ " + spaces whether the next one is.
    void escapeInMultiBasic() {
        std::size_t next = m_i + 1;
        while (next < m_text.size() && (m_text[next] == ' ' || m_text[next] == '\t')) ++next;
        const bool spaced = next > m_i + 1;
        if (next < m_text.size() && static_cast<unsigned char>(m_text[next]) >= 0x80) {
            TextPlace at = m_here;
            at.column += static_cast<int>(next - m_i);
            const std::optional<Decoded> decoded = decodeUtf8(m_text, next);
            if (!decoded) {
                advance();
                return;
            }
            const std::string shown = codePointName(*decoded, m_text, next);
            m_report.problem = spaced ? TomlInputProblem{at, bilingual("反斜杠后面只有空格时必须在行尾；这里却是 {}",
                                                                       "a backslash followed by spaces must end the line; "
                                                                       "found {}",
                                                                       shown)}
                                      : TomlInputProblem{at, bilingual("'\\' 后面的 {} 不是 TOML 的转义；允许："
                                                                       "\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX "
                                                                       "\\UXXXXXXXX，或行尾的反斜杠",
                                                                       "'\\' followed by {} is not a TOML escape; "
                                                                       "allowed: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX "
                                                                       "\\UXXXXXXXX, or a backslash at the end of a line",
                                                                       shown)};
            return;
        }
        advance();
        // The escaped character cannot end the string; a line break is counted as a line.
        if (m_i < m_text.size() && m_text[m_i] != '\n') advance();
    }

    void normal(char c) {
        if (!m_keyStarted && m_inKey && c != ' ' && c != '\t' && c != '\r') {
            m_keyStarted = true;
            m_keyStart = m_here;
            if (c == '[' && m_containers.empty()) {
                tableHeader();
                return;
            }
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            nonAsciiOutsideQuotes();
            return;
        }
        // toml++ hands these to its value parser inside an array, which asserts they are not there.
        if (c == '\v' || c == '\f' || (c == '\r' && !startsWith("\r\n"))) {
            m_report.problem = TomlInputProblem{
                m_here, bilingual("引号外出现控制字符 U+{:04X}；允许：空格、制表符和换行",
                                  "the control character U+{:04X} is outside quotes; allowed there: spaces, tabs and "
                                  "line breaks",
                                  static_cast<unsigned>(c))};
            return;
        }
        if (c == '}' && !m_containers.empty() && m_containers.back() == '[') {
            m_report.problem = TomlInputProblem{
                m_here, OwnedPhrase{"数组中出现 '}'；应为值、',' 或 ']'", "a '}' inside an array; expected a value, ',' or ']'"}};
            return;
        }
        if (!m_inKey && std::string_view(" \t\r\"'[]{},#=").find(c) == std::string_view::npos) {
            m_state = State::BareValue;
            advance();
            return;
        }
        switch (c) {
        case '#': m_state = State::Comment; break;
        case '"': openString("\"\"\"", State::MultiBasic, State::Basic); return;
        case '\'': openString("'''", State::MultiLiteral, State::Literal); return;
        case '.':
            if (m_inKey && ++m_dots >= kMaxTomlKeyDepth) {
                m_report.problem = TomlInputProblem{
                    m_keyStart, bilingual("键的层级超过 {} 层（点号分隔的部分太多）",
                                          "a key nested more than {} levels deep (too many dotted parts)", kMaxTomlKeyDepth)};
                return;
            }
            break;
        case '=': m_inKey = false; break;
        case '[': m_containers.push_back('['); break;  // a value's array (headers are read above)
        case ']':
            if (!m_containers.empty()) m_containers.pop_back();
            break;
        case '{':
            m_containers.push_back('{');
            startKey();  // an inline table's first key
            break;
        case '}':
            if (!m_containers.empty()) m_containers.pop_back();
            m_inKey = false;
            break;
        case ',':
            // The next key of an inline table; in an array, the next value.
            if (!m_containers.empty() && m_containers.back() == '{') startKey();
            break;
        default: break;
        }
        advance();
    }

    // A quote opens a one-line string, or a multi-line one when it is tripled.
    void openString(std::string_view tripled, State multiLine, State oneLine) {
        const bool isMultiLine = startsWith(tripled);
        m_state = isMultiLine ? multiLine : oneLine;
        advance(isMultiLine ? tripled.size() : 1);
    }

    // `[name]` or `[[name]]` at the start of a line: after the brackets (and spaces) comes a key,
    // its closing bracket (toml++ reports the empty name), or a '[' toml++ reports as "[ [".
    void tableHeader() {
        std::size_t next = m_i + 1;
        const bool arrayOfTables = next < m_text.size() && m_text[next] == '[';
        if (arrayOfTables) ++next;
        while (next < m_text.size() && (m_text[next] == ' ' || m_text[next] == '\t')) ++next;
        if (next < m_text.size()) {
            const char first = m_text[next];
            const bool fine = isBareKeyCharacter(first) || first == '"' || first == '\'' || first == ']' ||
                              (first == '[' && !arrayOfTables);
            if (!fine) {
                TextPlace at = m_here;
                at.column += static_cast<int>(next - m_i);
                const std::string_view opener = arrayOfTables ? "[[" : "[";
                m_report.problem = TomlInputProblem{
                    at, bilingual("表头 '{}' 后面应为表名（字母、数字、_、- 或带引号的名称），这里却是{}",
                                  "a table header's '{}' must be followed by the table's name (letters, digits, _, - "
                                  "or a quoted name); found {}",
                                  opener, describeAt(next))};
                return;
            }
        }
        advance(arrayOfTables ? 2 : 1);
    }

    OwnedPhrase describeAt(std::size_t at) const {
        const char c = m_text[at];
        if (c == '\n' || c == '\r') return {"换行", "a line break"};
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            return bilingual("控制字符 U+{:04X}", "the control character U+{:04X}", static_cast<unsigned>(c));
        }
        if (const std::optional<Decoded> decoded = decodeUtf8(m_text, at)) {
            const std::string shown = codePointName(*decoded, m_text, at);
            return {fmt::format(" {}", shown), shown};
        }
        return {"无效的 UTF-8 字节", "a byte that is not UTF-8"};
    }

    void nonAsciiOutsideQuotes() {
        const std::optional<Decoded> decoded = decodeUtf8(m_text, m_i);
        if (!decoded) {  // toml++ reports malformed UTF-8 with its place
            advance();
            return;
        }
        m_report.problem = TomlInputProblem{
            m_here,
            bilingual("引号外出现字符 {}；TOML 在引号和注释之外只允许 ASCII 字符（全角空格、全角标点也不行）——"
                      "文字请写在引号内",
                      "the character {} is outside quotes; TOML allows only ASCII outside strings and comments "
                      "(no full-width spaces or punctuation either) - put text in quotes",
                      codePointName(*decoded, m_text, m_i))};
    }

    void startKey() {
        m_inKey = true;
        m_dots = 0;
        m_keyStarted = false;
    }

    bool startsWith(std::string_view what) const { return m_text.substr(m_i, what.size()) == what; }

    // Moves over `bytes` bytes on the current line, counting characters as columns.
    void advance(std::size_t bytes = 1) {
        for (std::size_t k = 0; k < bytes && m_i < m_text.size(); ++k, ++m_i) {
            if (!isContinuationByte(m_text[m_i])) ++m_here.column;
        }
    }

    std::string_view m_text;
    std::size_t m_i = 0;
    TextPlace m_here;
    State m_state = State::Normal;
    std::vector<char> m_containers;  // '[' (array) or '{' (inline table) open around here
    bool m_inKey = true;             // reading a key or a table header (where dots nest)
    bool m_keyStarted = false;
    std::size_t m_dots = 0;
    TextPlace m_keyStart;
    ScanReport m_report;
};

std::string withEscapes(std::string_view text, const std::vector<std::size_t>& toEscape) {
    std::string escaped;
    escaped.reserve(text.size() + toEscape.size() * 4);
    std::size_t from = 0;
    for (const std::size_t at : toEscape) {
        escaped.append(text.substr(from, at - from));
        const Decoded decoded = *decodeUtf8(text, at);
        fmt::format_to(std::back_inserter(escaped), "\\u{:04X}", static_cast<std::uint32_t>(decoded.codePoint));
        from = at + decoded.length;
    }
    escaped.append(text.substr(from));
    return escaped;
}

}  // namespace

std::optional<TomlInputProblem> tomlInputProblem(std::string_view text) { return GuardScanner(text).run().problem; }

std::variant<toml::table, TomlInputProblem> parseGuardedToml(std::string_view text, std::string_view sourceName) {
    ScanReport report = GuardScanner(text).run();
    if (report.problem) return std::move(*report.problem);
    if (report.toEscape.empty()) return toml::parse(text, sourceName);
    return toml::parse(withEscapes(text, report.toEscape), sourceName);
}

}  // namespace pujiang
