#include "sim/scenario/overrides.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "sim/scenario/key_path.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/key_walker.h"
#include "sim/scenario/toml_input_guard.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"

namespace pujiang {

namespace {

constexpr Phrase kKeyExample{"例如 rooms[2].tables=3", "e.g. rooms[2].tables=3"};

std::string_view trim(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The user's text in a message with its control characters shown as '?' (toml_reader.h), in both languages.
OwnedPhrase printed(const OwnedPhrase& problem) { return {printable(problem.zh), printable(problem.en)}; }

std::string join(std::string_view prefix, std::string_view name) {
    return prefix.empty() ? std::string(name) : fmt::format("{}.{}", prefix, name);
}

// What an override may set, on a key that parses (key_path.h): any setting, or a whole array of
// tables; not `base` (read before overrides), not a whole table or one element of an array.
OwnedPhrase settableProblem(const KeyPath& path, std::string_view key) {
    const KeyStep& last = path.steps.back();
    if (path.steps.front().row->path == "base")
        return {"base 不能被覆盖：基础场景链在任何覆盖之前读取；允许：其他任何键",
                "base cannot be overridden: the chain of bases is read before any override; allowed: any other key"};
    if (last.row->kind == KeyKind::Table)
        return bilingual("{} 是表 {}；允许：其中的一个键，即 {}.KEY，KEY 为 {} 之一",
                         "{} is a table {}; allowed: one of its keys, {}.KEY with KEY one of {}", key,
                         tableLabels(last.row->path), key, keysOf(last.row->path));
    if (last.row->kind == KeyKind::TableArray && last.selectsElements()) {
        const std::string elementRows = last.row->path + "[]";
        return bilingual("{} 是 {} 中的一个表；允许：其中的一个键，即 {}.KEY，KEY 为 {} 之一",
                         "{} is a table of {}; allowed: one of its keys, {}.KEY with KEY one of {}", key,
                         tableLabels(elementRows), key, keysOf(elementRows));
    }
    return {};
}

KeyPath resolveKey(std::string_view key) {
    KeyPath path = parseKeyPath(key);
    if (path.good()) path.problem = settableProblem(path, key);
    return path;
}

// The value as the one-key document `v = VALUE`, its nodes sourced at `label`. A bare word that is
// not TOML (17:30, finish_current, 15min) is taken as a string, so the shell needs no quotes.
std::optional<toml::table> parseValue(std::string_view value, const std::string& label, OwnedPhrase& problem) {
    if (value.empty()) {
        problem = {"值为空；'=' 的后面应为 TOML 值，例如 3、0.25、\"15min\"、true 或 [\"12:00-13:30\"]",
                   "the value is empty; expected a TOML value after '=', e.g. 3, 0.25, \"15min\", true or "
                   "[\"12:00-13:30\"]"};
        return std::nullopt;
    }
    for (char c : value) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
            problem = {"值中含有换行符或其他控制字符；允许：写在一行内的值",
                       "the value has a line break or another control character; allowed: a value on one line"};
            return std::nullopt;
        }
    }
    OwnedPhrase syntaxProblem;  // of the last reading tried
    const auto read = [&](const std::string& document) -> std::optional<toml::table> {
        try {
            std::variant<toml::table, TomlInputProblem> parsed = parseGuardedToml(document, label);
            if (auto* table = std::get_if<toml::table>(&parsed)) return std::move(*table);
            syntaxProblem = std::get<TomlInputProblem>(parsed).message;
        } catch (const toml::parse_error& error) {
            syntaxProblem = syntaxErrorText(error.description());
        }
        return std::nullopt;
    };
    if (std::optional<toml::table> parsed = read(fmt::format("v = {}", value))) return parsed;
    const bool bareWord = std::string_view("\"'[{").find(value.front()) == std::string_view::npos &&
                          value.find_first_of("\"'") == std::string_view::npos;
    // A literal string: a bare word has no quote or control character to escape.
    if (bareWord) {
        if (std::optional<toml::table> parsed = read(fmt::format("v = '{}'", value))) return parsed;
    }
    const bool inBrackets = value.front() == '[' || value.front() == '{';
    problem = bilingual("值不是有效的 TOML：{}{}", "the value is not valid TOML ({}){}", syntaxProblem,
                        inBrackets ? Phrase{"；[...] 和 {...} 中的字符串需要加引号，例如 [\"12:00-13:30\"]",
                                            "; strings inside [...] and {...} need quotes, e.g. [\"12:00-13:30\"]"}
                                   : Phrase{});
    return std::nullopt;
}

OwnedPhrase noTablesProblem(std::string_view label) {
    return bilingual("场景中没有 {} 表；允许：先在文件中写出它们",
                     "there are no {} tables in the scenario; allowed: write them in the file", label);
}

// The index of an element that is not there: "there are only 14 [[rooms]] (allowed 1..14 or *)".
OwnedPhrase indexProblem(std::size_t size, std::string_view label) {
    if (size == 0) return noTablesProblem(label);
    if (size == 1) return bilingual("只有 1 个 {}（允许 1 或 *）", "there is only 1 {} (allowed 1 or *)", label);
    return bilingual("只有 {} 个 {}（允许 1..{} 或 *）", "there are only {} {} (allowed 1..{} or *)", size, label, size);
}

class OverrideApplier {
public:
    OverrideApplier(std::span<toml::table* const> layers, DiagnosticList& diagnostics)
        : m_layers(layers), m_diagnostics(diagnostics) {}

    void apply(const KeyOverride& given) {
        m_item = KeyOverride{std::string(trim(given.key)), std::string(trim(given.value)), given.origin};
        m_label = overrideLabel(m_item);
        m_diagnostics.addLinelessSource(m_label);
        const KeyPath path = resolveKey(m_item.key);
        OwnedPhrase problem = path.problem;
        if (path.good()) parseValue(m_item.value, m_label, problem);
        if (!problem.en.empty()) {
            report(problem);
            return;
        }
        m_steps = path.steps;
        const auto element = std::find_if(m_steps.begin(), m_steps.end(),
                                          [](const KeyStep& step) { return step.selectsElements(); });
        if (element == m_steps.end()) {
            writeInto(*m_layers.back(), 0, "");
            return;
        }
        const std::size_t i = static_cast<std::size_t>(element - m_steps.begin());
        std::string shown;
        for (std::size_t k = 0; k <= i; ++k) shown = join(shown, m_steps[k].name);
        writeIntoElements(findInLayers(i), i, shown);
    }

private:
    // Writes the override into `table`, which holds m_steps[i], creating the tables on the way;
    // `shown` is the path of `table` as messages write it.
    void writeInto(toml::table& table, std::size_t i, const std::string& shown) {
        const KeyStep& step = m_steps[i];
        if (i + 1 == m_steps.size()) {
            insertValue(table, step.name);
            return;
        }
        const std::string here = join(shown, step.name);
        if (step.selectsElements()) {
            writeIntoElements(table.get(step.name), i, here);
            return;
        }
        if (!table.contains(step.name)) insertEmptyTable(table, step.name);
        if (toml::table* inner = table.get_as<toml::table>(step.name))
            writeInto(*inner, i + 1, here);
        else
            report(bilingual("{} 在场景中的类型是 {}，不是表 {}；无法把覆盖值写入其中",
                             "{} is {} in the scenario, not a table {}; the override cannot be written into it", here,
                             typeName(*table.get(step.name)), tableLabels(step.row->path)));
    }

    // Writes the override into the selected elements of `node`, the array of tables m_steps[i]
    // (nullptr when the scenario has none) whose path messages write as `shown`.
    void writeIntoElements(toml::node* node, std::size_t i, const std::string& shown) {
        const KeyStep& step = m_steps[i];
        const std::string label = tableLabel(step.row->path + "[]");
        toml::array* array = node ? node->as_array() : nullptr;
        if (!array) {
            report(node ? bilingual("{} 在场景中的类型是 {}，不是表数组 {}",
                                    "{} is {} in the scenario, not an array of tables {}", shown, typeName(*node),
                                    label)
                        : noTablesProblem(label));
            return;
        }
        const std::size_t size = array->size();
        if (size == 0 || (step.index && *step.index >= size)) {
            report(indexProblem(size, label));
            return;
        }
        const std::size_t from = step.everyElement ? 0 : *step.index;
        const std::size_t to = step.everyElement ? size : *step.index + 1;
        for (std::size_t k = from; k < to; ++k) {
            // An element that is not a table is reported by the key walk.
            if (toml::table* element = array->get_as<toml::table>(k))
                writeInto(*element, i + 1, elementPath(shown, k));
        }
    }

    // The array of tables at m_steps[0..i] that the scenario uses: the top file's, else the last
    // base's that writes it. No later file replaces that array (arrays replace whole), so writing
    // into it where it is has the effect of the top file writing it, and the rest of the array
    // keeps its positions and its place in the order of messages.
    toml::node* findInLayers(std::size_t i) {
        for (auto layer = m_layers.rbegin(); layer != m_layers.rend(); ++layer) {
            toml::table* holder = *layer;
            for (std::size_t k = 0; k < i && holder; ++k) holder = holder->get_as<toml::table>(m_steps[k].name);
            if (toml::node* node = holder ? holder->get(m_steps[i].name) : nullptr) return node;
        }
        return nullptr;
    }

    // toml++ cannot set a node's source, so the nodes that belong to the override are parsed from
    // text under its label: the value itself (once per element of rooms[*]), and the tables
    // created on the way to it.
    void insertValue(toml::table& table, const std::string& name) {
        OwnedPhrase ignored;  // apply() checked the value
        toml::table parsed = *parseValue(m_item.value, m_label, ignored);
        table.insert_or_assign(name, std::move(*parsed.get("v")));
    }

    void insertEmptyTable(toml::table& table, const std::string& name) {
        toml::table parsed = toml::parse("v = {}", m_label);
        table.insert_or_assign(name, std::move(*parsed.get("v")));
    }

    void report(const OwnedPhrase& problem) {
        m_diagnostics.add(SourcePosition{m_label, 0, 0}, printed(problem));
    }

    std::span<toml::table* const> m_layers;
    DiagnosticList& m_diagnostics;
    KeyOverride m_item;  // the one being applied, trimmed
    std::string m_label;
    std::vector<KeyStep> m_steps;
};

}  // namespace

std::string overrideLabel(const KeyOverride& item) {
    return printable(fmt::format("{} {}={}", item.origin, item.key, item.value));
}

KeyOverride parseOverride(std::string_view text, std::string origin) {
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos) {
        const OwnedPhrase problem = bilingual("应为 KEY=VALUE，{}", "expected KEY=VALUE, {}", kKeyExample);
        throw ScenarioError({Diagnostic{printable(fmt::format("{} {}", origin, text)), 0, 0, problem.en, problem.zh}});
    }
    KeyOverride item{std::string(trim(text.substr(0, equals))), std::string(trim(text.substr(equals + 1))),
                     std::move(origin)};
    DiagnosticList problems;
    const std::string label = overrideLabel(item);
    problems.addLinelessSource(label);
    if (const KeyPath path = resolveKey(item.key); !path.good()) problems.add({label}, printed(path.problem));
    if (OwnedPhrase problem; !parseValue(item.value, label, problem)) problems.add({label}, printed(problem));
    if (!problems.empty()) throw ScenarioError(problems.sorted());
    return item;
}

void applyOverrides(std::span<const KeyOverride> overrides, std::span<toml::table* const> layers,
                    DiagnosticList& diagnostics) {
    if (layers.empty()) return;
    OverrideApplier applier(layers, diagnostics);
    for (const KeyOverride& item : overrides) applier.apply(item);
}

}  // namespace pujiang
