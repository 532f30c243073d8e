#include "sim/scenario/toml_reader.h"

#include "sim/scenario/toml_input_guard.h"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "sim/core/bounded_read.h"
#include "sim/core/message_text.h"
#include "sim/core/system_error_text.h"

namespace pujiang {

namespace {

constexpr std::size_t kMaxShownStringLength = 40;

// What toml++ found wrong, by the start of its reason (the text after "Error while parsing
// <scope>: "), in the words of a Chinese user; the first match wins, so longer prefixes come first.
struct SyntaxReason {
    std::string_view prefix;
    std::string_view zh;
};
constexpr SyntaxReason kSyntaxReasons[] = {
    {"expected '=', saw", "键的后面应为 '='"},
    {"expected value, saw", "'=' 的后面应为值"},
    {"expected keys, tables, whitespace or comments", "此处应为键、表头、空白或注释"},
    {"expected a comment or whitespace", "值或表头的后面只能有注释或空白"},
    {"expected value-terminator", "值的后面有多余的字符"},
    {"expected bare key starting character or string delimiter",
     "键名无效：键由字母、数字、'_' 和 '-' 组成，或写成带引号的字符串"},
    {"cannot insert '", "不能向已经写完的内联表中添加键"},
    {"cannot redefine existing", "重复定义：同一个键或表已经写过"},
    {"could not determine value type", "无法识别的值（文字须加引号，例如 \"08:00\"）"},
    {"encountered end-of-file", "文本意外结束（可能缺少引号、']' 或 '}'）"},
    {"expected comma or closing ']'", "数组中的值之间应为逗号，末尾应为 ']'"},
    {"expected value or closing ']'", "数组中此处应为值或 ']'"},
    {"expected comma or closing '}'", "内联表中的键值对之间应为逗号，末尾应为 '}'"},
    {"expected key-value pair, saw closing '}'", "内联表的末尾不能有多余的逗号"},
    {"expected key-value pair or closing '}'", "内联表中此处应为键值对或 '}'"},
    {"expected key or closing '}'", "内联表中应为键或 '}'"},
    {"expected ']'", "表头缺少 ']'"},
    {"tables with blank bare keys", "表名不能为空"},
    {"multi-line strings are prohibited", "键名不能是多行字符串"},
    {"unknown escape sequence", "无效的转义序列"},
    {"escape sequence", "无效的转义序列"},
    {"expected hex digit", "转义序列中应为十六进制数字"},
    {"line-ending backslashes", "行尾的反斜杠后面不能再有字符"},
    {"unescaped control characters", "含有不允许的控制字符"},
    {"control characters other than TAB", "含有不允许的控制字符"},
    {"unexpected control character", "含有不允许的控制字符"},
    {"unescaped unicode surrogates", "含有无效的字符编码"},
    {"unicode surrogates", "含有无效的字符编码"},
    {"values greater than U+10FFFF", "含有无效的字符编码"},
    {"expected 'true'", "无效的布尔值（应为 'true' 或 'false'）"},
    {"expected 'false'", "无效的布尔值（应为 'true' 或 'false'）"},
    {"exceeded maximum nested value depth", "嵌套层数过多"},
    {"values may not begin with underscores", "值不能以下划线开头"},
    {"expected space or tab", "此处应为空格或制表符"},
    {"expected '\\n' after '\\r'", "回车符的后面应为换行符"},
};

// Where toml++ was when it failed (the <scope> of its description), for reasons not listed above.
struct SyntaxScope {
    std::string_view scope;
    std::string_view zh;
};
constexpr SyntaxScope kSyntaxScopes[] = {
    {"key-value pair", "键值对"},
    {"key", "键"},
    {"table header", "表头"},
    {"inline table", "内联表"},
    {"array", "数组"},
    {"string", "字符串"},
    {"literal string", "字符串"},
    {"boolean", "布尔值"},
    {"comment", "注释"},
    {"unicode scalar sequence", "转义序列"},
    {"date", "日期"},
    {"time", "时刻"},
    {"date-time", "日期时间"},
    {"date-time offset", "日期时间"},
    {"floating-point", "数字"},
    {"hexadecimal floating-point", "数字"},
    {"binary integer", "数字"},
    {"octal integer", "数字"},
    {"decimal integer", "数字"},
    {"hexadecimal integer", "数字"},
    {"value", "值"},
    {"root table", "文件"},
};

// "（实际为 'x'）" from a reason ending "saw 'x'", so the zh text names the character as the English does.
std::string sawText(std::string_view reason) {
    const std::size_t at = reason.find("saw '");
    if (at == std::string_view::npos || !reason.ends_with('\'')) return {};
    return fmt::format("（实际为 {}）", printable(reason.substr(at + 4)));
}

std::string syntaxReasonZh(std::string_view description) {
    // Errors of the UTF-8 decoder come without a scope.
    if (description.find("utf-8") != std::string_view::npos) return "文件不是有效的 UTF-8 文本";
    constexpr std::string_view kLead = "Error while parsing ";
    std::string_view scope, reason = description;
    if (description.starts_with(kLead)) {
        const std::size_t colon = description.find(": ", kLead.size());
        if (colon != std::string_view::npos) {
            scope = description.substr(kLead.size(), colon - kLead.size());
            reason = description.substr(colon + 2);
        }
    }
    for (const SyntaxReason& known : kSyntaxReasons)
        if (reason.starts_with(known.prefix)) return std::string(known.zh) + sawText(reason);
    for (const SyntaxScope& known : kSyntaxScopes)
        if (scope == known.scope) return fmt::format("{}的写法有误{}", known.zh, sawText(reason));
    return "此处的写法有误";
}

// toml++ writes its dates and times in TOML syntax only to a stream.
template <class Value>
std::string streamed(const Value& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    for (char c : text) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return out;
}

std::optional<std::string> readScenarioText(const std::filesystem::path& file, const SourcePosition& reportAt,
                                            DiagnosticList& diagnostics) {
    namespace fs = std::filesystem;
    const std::string shown = file.string();
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    // A missing file is no error to status(); a link loop or a folder that may not be searched is,
    // and is reported as what it is.
    if (ec || !fs::exists(status)) {
        diagnostics.add(reportAt, bilingual("无法打开场景文件 '{}'：{}", "cannot open scenario file '{}': {}", shown,
                                            systemErrorText(ec ? ec.value() : ENOENT)));
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        diagnostics.add(reportAt, bilingual("无法打开场景文件 '{}'：不是普通文件",
                                            "cannot open scenario file '{}': not a regular file", shown));
        return std::nullopt;
    }
    const std::uintmax_t size = fs::file_size(file, ec);
    if (!ec && size > kMaxScenarioBytes) {
        diagnostics.add(reportAt, bilingual("场景文件 '{}' 有 {} 字节；允许：最多 {} 字节（4 兆字节）",
                                            "scenario file '{}' is {} bytes; allowed: at most {} bytes (4 MiB)", shown,
                                            size, kMaxScenarioBytes));
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.add(reportAt, bilingual("无法读取场景文件 '{}'：{}", "cannot read scenario file '{}': {}", shown,
                                            systemErrorText(errno)));
        return std::nullopt;
    }
    // Read at most one byte beyond the cap, in case the file grew after the size check.
    std::string text = readAtMost(in, kMaxScenarioBytes + 1);
    if (in.bad()) {
        diagnostics.add(reportAt, bilingual("无法读取场景文件 '{}'：读取出错", "cannot read scenario file '{}': read error",
                                            shown));
        return std::nullopt;
    }
    if (text.size() > kMaxScenarioBytes) {
        diagnostics.add(reportAt, bilingual("场景文件 '{}' 超过 4 兆字节", "scenario file '{}' is larger than 4 MiB", shown));
        return std::nullopt;
    }
    return text;
}

std::optional<toml::table> parseScenarioToml(std::string_view text, const std::string& sourceName,
                                             DiagnosticList& diagnostics) {
    try {
        std::variant<toml::table, TomlInputProblem> parsed = parseGuardedToml(text, sourceName);
        if (auto* problem = std::get_if<TomlInputProblem>(&parsed)) {
            diagnostics.add(SourcePosition{sourceName, problem->at.line, problem->at.column}, problem->message);
            return std::nullopt;
        }
        return std::move(std::get<toml::table>(parsed));
    } catch (const toml::parse_error& error) {
        SourcePosition at = positionOf(error.source());
        if (at.file.empty()) at.file = sourceName;
        const OwnedPhrase reason = syntaxErrorText(error.description());
        diagnostics.add(at, bilingual("TOML 语法错误：{}", "TOML syntax error: {}", reason));
        return std::nullopt;
    }
}

OwnedPhrase syntaxErrorText(std::string_view description) {
    return {syntaxReasonZh(description), printable(description)};
}

SourcePosition positionOf(const toml::source_region& region) {
    SourcePosition at;
    if (region.path) at.file = *region.path;
    at.line = static_cast<int>(region.begin.line);
    at.column = static_cast<int>(region.begin.column);
    return at;
}

Phrase typeName(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string: return {"字符串", "a string"};
    case toml::node_type::integer: return {"整数", "an integer"};
    case toml::node_type::floating_point: return {"浮点数", "a floating-point number"};
    case toml::node_type::boolean: return {"布尔值", "a boolean"};
    case toml::node_type::array: return {"数组", "an array"};
    case toml::node_type::table: return {"表", "a table"};
    case toml::node_type::date: return {"日期", "a date"};
    case toml::node_type::time: return {"时刻", "a time of day"};
    case toml::node_type::date_time: return {"日期时间", "a date-time"};
    case toml::node_type::none: break;
    }
    return {"空值", "nothing"};
}

std::string valueText(const toml::node& node, Language language) {
    if (const auto* s = node.as_string()) {
        const std::string& text = s->get();
        if (text.size() <= kMaxShownStringLength) return fmt::format("\"{}\"", printable(text));
        std::size_t cut = kMaxShownStringLength;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
        return fmt::format("\"{}...\"", printable(std::string_view(text).substr(0, cut)));
    }
    if (const auto* i = node.as_integer()) return fmt::format("{}", i->get());
    if (const auto* f = node.as_floating_point()) {
        // Keep the decimal point that made it a float: 2.0, not 2.
        std::string text = fmt::format("{}", f->get());
        if (text.find_first_of(".eni") == std::string::npos) text += ".0";
        return text;
    }
    if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
    // A date or a time as written, so a message says what was found, not only its type.
    if (const auto* d = node.as_date()) return streamed(d->get());
    if (const auto* t = node.as_time()) return streamed(t->get());
    if (const auto* dt = node.as_date_time()) return streamed(dt->get());
    if (node.is_array()) return "[...]";
    if (node.is_table()) return "{...}";
    return std::string(typeName(node).in(language));
}

}  // namespace pujiang
