#include "sim/scenario/key_path.h"

#include <charconv>

#include <fmt/format.h>

#include "sim/scenario/key_walker.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/unit_names.h"

namespace pujiang {

namespace {

constexpr Phrase kKeyExample{"例如 rooms[2].tables=3", "e.g. rooms[2].tables=3"};

// TOML bare-key characters: every key in the key table is written with them.
bool isKeyCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// "-1", "-20": an index some languages count from the end; here it is simply out of range.
bool isNegativeNumber(std::string_view text) {
    return text.size() > 1 && text.front() == '-' &&
           text.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

// Reads "rooms", "rooms[2]" or "rooms[*]" into `step` (name and selector); returns the problem, if any.
OwnedPhrase parseStep(std::string_view part, KeyStep& step) {
    const std::size_t bracket = part.find('[');
    step.name = std::string(part.substr(0, bracket));
    if (step.name.empty()) return bilingual("'{}' 的 '[' 前面没有键名", "'{}' has no key name before '['", part);
    for (char c : step.name) {
        if (!isKeyCharacter(c))
            return bilingual("'{}' 含有字符 '{}'；键名只能由字母、数字、'_' 和 '-' 组成",
                             "'{}' has the character '{}'; keys are written with letters, digits, '_' and '-'",
                             step.name, c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (bracket == std::string_view::npos) return {};
    const std::size_t close = part.find(']', bracket);
    if (close == std::string_view::npos) return bilingual("'{}' 缺少 ']'", "'{}' has no closing ']'", part);
    const OwnedPhrase allowed = bilingual("允许：{}[N]（N 从 1 起）或 {}[*]", "allowed: {}[N] with N from 1, or {}[*]",
                                          step.name, step.name);
    if (close + 1 != part.size())
        return bilingual("'{}' 在 ']' 的后面还有字符；{}", "'{}' goes on after ']'; {}", part, allowed);
    const std::string_view index = part.substr(bracket + 1, close - bracket - 1);
    if (index == "*") {
        step.everyElement = true;
        return {};
    }
    if (isNegativeNumber(index))
        return bilingual("'{}'：序号 {} 是负数；{}[1] 是第一个，不从末尾倒数；{}",
                         "'{}': the index {} is negative; {}[1] is the first, and there is no counting from the end; {}",
                         part, index, step.name, allowed);
    std::size_t number = 0;
    const char* end = index.data() + index.size();
    const auto [stop, error] = std::from_chars(index.data(), end, number);
    if (index.empty() || error != std::errc() || stop != end)
        return bilingual("'{}'：序号 '{}' 不是整数；{}", "'{}': the index '{}' is not a whole number; {}", part, index,
                         allowed);
    if (number == 0)
        return bilingual("'{}'：表数组中的表从 1 开始编号；{}", "'{}': the tables of an array are counted from 1; {}",
                         part, allowed);
    step.index = number - 1;
    return {};
}

// Where [N] and [*] go and what can be gone into: tables are entered, arrays of tables are
// addressed by element, a setting ends the key. `shown` is the key up to this step as written.
OwnedPhrase checkStructure(const KeyStep& step, std::string_view shown, std::string_view rest) {
    const KeyInfo& row = *step.row;
    const bool last = rest.empty();
    const std::string_view shownName = step.selectsElements() ? shown.substr(0, shown.rfind('[')) : shown;
    switch (row.kind) {
    case KeyKind::Table:
        if (step.selectsElements())
            return bilingual("{} 是单个表 {}，不是表数组；允许：{}.KEY，不带 [...]",
                             "{} is a single table {}, not an array of tables; allowed: {}.KEY without [...]",
                             shownName, tableLabels(row.path), shownName);
        return {};
    case KeyKind::TableArray:
        if (!step.selectsElements() && !last)
            return bilingual("{} 是表数组 {}；允许：{}[N].{}（N 从 1 起）或 {}[*].{}",
                             "{} is an array of tables {}; allowed: {}[N].{} with N from 1, or {}[*].{}", shown,
                             tableLabels(row.path + "[]"), shown, rest, shown, rest);
        return {};
    case KeyKind::Value: {
        if (!step.selectsElements() && last) return {};
        const OwnedPhrase example = row.literalDefault && !row.defaultText.empty()
                                        ? bilingual("，例如 {}={}", ", e.g. {}={}", shownName, row.defaultText)
                                        : OwnedPhrase{};
        return bilingual("{} 是单个设置项（{}）；允许：整体设置{}", "{} is a single setting ({}); allowed: set it whole{}",
                         shownName, keyTypeTexts(row.type), example);
    }
    }
    return {};
}

}  // namespace

std::string childRowPath(std::string_view tablePath, std::string_view name) {
    return tablePath.empty() ? std::string(name) : fmt::format("{}.{}", tablePath, name);
}

std::string keysOf(std::string_view tablePath) {
    std::vector<std::string> names;
    for (const KeyInfo* row : childKeys(tablePath)) names.emplace_back(keyName(row->path));
    return joinNames(names);
}

KeyPath parseKeyPath(std::string_view key) {
    KeyPath path;
    if (key.empty()) {
        path.problem = bilingual("键为空；应为 KEY=VALUE，{}", "the key is empty; expected KEY=VALUE, {}", kKeyExample);
        return path;
    }
    if (key.back() == '.') {
        path.problem = bilingual("'{}' 以点结尾；点的后面应有键名，{}", "'{}' ends with a dot; expected a key after it, {}",
                                 key, kKeyExample);
        return path;
    }
    std::string tablePath;  // key-table path of the table the next part is in: "", "day", "rooms[]"
    std::string shown;      // the key up to this part, as written
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = key.find('.', start);
        const std::string_view part = key.substr(start, dot == std::string_view::npos ? dot : dot - start);
        const std::string_view rest = dot == std::string_view::npos ? std::string_view{} : key.substr(dot + 1);
        if (part.empty()) {
            path.problem = bilingual("'{}' 中有空的部分；应为用单个点连接的键，{}",
                                     "'{}' has an empty part; expected keys joined by single dots, {}", key,
                                     kKeyExample);
            return path;
        }
        KeyStep step;
        path.problem = parseStep(part, step);
        if (!path.good()) return path;
        step.row = findKey(childRowPath(tablePath, step.name));
        if (!step.row) {
            path.problem = unknownKeyMessage(tablePath, step.name);
            return path;
        }
        shown = childRowPath(shown, part);
        path.problem = checkStructure(step, shown, rest);
        if (!path.good()) return path;
        tablePath = step.row->kind == KeyKind::TableArray ? step.row->path + "[]" : step.row->path;
        path.steps.push_back(std::move(step));
        if (dot == std::string_view::npos) return path;
        start = dot + 1;
    }
}

}  // namespace pujiang
