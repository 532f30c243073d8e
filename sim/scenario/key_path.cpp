#include "sim/scenario/key_path.h"

#include <charconv>

#include <fmt/format.h>

#include "sim/scenario/key_walker.h"
#include "sim/scenario/suggest.h"

namespace pujiang {

namespace {

constexpr std::string_view kKeyExample = "e.g. rooms[2].tables=3";

// TOML bare-key characters: every key in the key table is written with them.
bool isKeyCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Reads "rooms", "rooms[2]" or "rooms[*]" into `step` (name and selector); returns the problem, if any.
std::string parseStep(std::string_view part, KeyStep& step) {
    const std::size_t bracket = part.find('[');
    step.name = std::string(part.substr(0, bracket));
    if (step.name.empty()) return fmt::format("'{}' has no key name before '['", part);
    for (char c : step.name) {
        if (!isKeyCharacter(c))
            return fmt::format("'{}' has the character '{}'; keys are written with letters, digits, '_' and '-'",
                               step.name, c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (bracket == std::string_view::npos) return {};
    const std::size_t close = part.find(']', bracket);
    if (close == std::string_view::npos) return fmt::format("'{}' has no closing ']'", part);
    const std::string allowed = fmt::format("allowed: {}[N] with N from 1, or {}[*]", step.name, step.name);
    if (close + 1 != part.size()) return fmt::format("'{}' goes on after ']'; {}", part, allowed);
    const std::string_view index = part.substr(bracket + 1, close - bracket - 1);
    if (index == "*") {
        step.everyElement = true;
        return {};
    }
    std::size_t number = 0;
    const char* end = index.data() + index.size();
    const auto [stop, error] = std::from_chars(index.data(), end, number);
    if (index.empty() || error != std::errc() || stop != end)
        return fmt::format("'{}': the index '{}' is not a whole number; {}", part, index, allowed);
    if (number == 0) return fmt::format("'{}': the tables of an array are counted from 1; {}", part, allowed);
    step.index = number - 1;
    return {};
}

// Where [N] and [*] go and what can be gone into: tables are entered, arrays of tables are
// addressed by element, a setting ends the key. `shown` is the key up to this step as written.
std::string checkStructure(const KeyStep& step, std::string_view shown, std::string_view rest) {
    const KeyInfo& row = *step.row;
    const bool last = rest.empty();
    const std::string_view shownName = step.selectsElements() ? shown.substr(0, shown.rfind('[')) : shown;
    switch (row.kind) {
    case KeyKind::Table:
        if (step.selectsElements())
            return fmt::format("{} is a single table {}, not an array of tables; allowed: {}.KEY without [...]",
                               shownName, tableLabel(row.path), shownName);
        return {};
    case KeyKind::TableArray:
        if (!step.selectsElements() && !last)
            return fmt::format("{} is an array of tables {}; allowed: {}[N].{} with N from 1, or {}[*].{}", shown,
                               tableLabel(row.path + "[]"), shown, rest, shown, rest);
        return {};
    case KeyKind::Value:
        if (!step.selectsElements() && last) return {};
        return fmt::format("{} is a single setting ({}); allowed: set it whole{}", shownName, row.type,
                           row.literalDefault && !row.defaultText.empty()
                               ? fmt::format(", e.g. {}={}", shownName, row.defaultText)
                               : std::string());
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
        path.problem = fmt::format("the key is empty; expected KEY=VALUE, {}", kKeyExample);
        return path;
    }
    if (key.back() == '.') {
        path.problem = fmt::format("'{}' ends with a dot; expected a key after it, {}", key, kKeyExample);
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
            path.problem = fmt::format("'{}' has an empty part; expected keys joined by single dots, {}", key,
                                       kKeyExample);
            return path;
        }
        KeyStep step;
        path.problem = parseStep(part, step);
        if (!path.problem.empty()) return path;
        step.row = findKey(childRowPath(tablePath, step.name));
        if (!step.row) {
            path.problem = unknownKeyMessage(tablePath, step.name);
            return path;
        }
        shown = childRowPath(shown, part);
        path.problem = checkStructure(step, shown, rest);
        if (!path.problem.empty()) return path;
        tablePath = step.row->kind == KeyKind::TableArray ? step.row->path + "[]" : step.row->path;
        path.steps.push_back(std::move(step));
        if (dot == std::string_view::npos) return path;
        start = dot + 1;
    }
}

}  // namespace pujiang
