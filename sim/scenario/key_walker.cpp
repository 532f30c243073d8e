#include "sim/scenario/key_walker.h"

#include <fmt/format.h>

#include "sim/scenario/key_context.h"
#include "sim/scenario/key_table.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"
#include "sim/scenario/unit_names.h"

namespace pujiang {

namespace {

std::string join(std::string_view prefix, std::string_view name) {
    return prefix.empty() ? std::string(name) : fmt::format("{}.{}", prefix, name);
}

class Walker {
public:
    Walker(ScenarioDraft& draft, DiagnosticList& diagnostics) : m_draft(draft), m_diagnostics(diagnostics) {}

    // `tablePath` names rows ("rooms[]"), `shownPath` the place in messages ("rooms[2]").
    void walkTable(const toml::table& table, std::string_view tablePath, const std::string& shownPath) {
        for (auto&& [key, node] : table) {
            const std::string rowPath = join(tablePath, key.str());
            const std::string shown = join(shownPath, key.str());
            const KeyInfo* row = findKey(rowPath);
            if (!row) {
                m_diagnostics.add(positionOf(key.source()), unknownKeyMessage(tablePath, key.str()));
                continue;
            }
            switch (row->kind) {
            case KeyKind::Table: walkSection(*row, node, shown); break;
            case KeyKind::TableArray: walkArray(*row, node, shown); break;
            case KeyKind::Value: readValue(*row, node, shown); break;
            }
        }
    }

private:
    void walkSection(const KeyInfo& row, const toml::node& node, const std::string& shown) {
        const toml::table* table = node.as_table();
        if (!table) {
            typeError(node, shown, bilingual("表 {}", "a table {}", tableLabels(row.path)));
            return;
        }
        m_draft.record(shown, positionOf(node));  // sections merge key by key: keep what a base set
        walkTable(*table, row.path, shown);
    }

    void walkArray(const KeyInfo& row, const toml::node& node, const std::string& shown) {
        const toml::array* array = node.as_array();
        const OwnedPhrase expected = bilingual("表数组 {}", "an array of tables {}", tableLabels(row.path + "[]"));
        if (!array) {
            typeError(node, shown, expected);
            return;
        }
        if (array->size() > row.maxElements) {
            m_draft.rejected.insert(shown);
            // "entries", not "tables": a room's `tables` is a setting of its own.
            m_diagnostics.add(positionOf(node), bilingual("{} 有 {} 项（[[{}]] 表）；允许：最多 {} 项",
                                                          "{} has {} entries ([[{}]] tables); allowed: at most {}",
                                                          shown, array->size(), row.path, row.maxElements));
            return;
        }
        // This file's array replaces the base's whole.
        m_draft.forget(shown);
        m_draft.record(shown, positionOf(node));
        row.clear(m_draft);
        const std::string elementRows = row.path + "[]";
        for (std::size_t i = 0; i < array->size(); ++i) {
            const toml::node& element = (*array)[i];
            const std::string elementShown = elementPath(shown, i);
            // Append even for a malformed element so element i stays the i-th in the draft.
            row.append(m_draft);
            m_draft.record(elementShown, positionOf(element));
            const toml::table* table = element.as_table();
            if (!table) {
                typeError(element, elementShown, expected);
                continue;
            }
            walkTable(*table, elementRows, elementShown);
            checkRequired(*table, elementRows, element, elementShown);
        }
    }

    void readValue(const KeyInfo& row, const toml::node& node, const std::string& shown) {
        m_draft.forget(shown);
        m_draft.record(shown, positionOf(node));
        if (const toml::array* array = node.as_array())
            for (std::size_t i = 0; i < array->size(); ++i)
                m_draft.record(elementPath(shown, i), positionOf((*array)[i]));
        row.read(KeyContext(node, shown, m_draft, m_diagnostics));
    }

    void checkRequired(const toml::table& table, std::string_view tablePath, const toml::node& element,
                       const std::string& shown) {
        for (const KeyInfo* row : childKeys(tablePath)) {
            if (!row->required || table.contains(keyName(row->path))) continue;
            m_diagnostics.add(positionOf(element),
                              bilingual("{}：缺少必需的键 '{}'（{}；允许：{}）", "{}: missing required key '{}' ({}; allowed: {})",
                                        shown, keyName(row->path), keyTypeTexts(row->type), allowedOf(*row)));
        }
    }

    void typeError(const toml::node& node, const std::string& shown, const OwnedPhrase& expected) {
        m_draft.rejected.insert(shown);
        const OwnedPhrase value{valueText(node, Language::Zh), valueText(node, Language::En)};
        m_diagnostics.add(positionOf(node), bilingual("{} = {} 的类型是 {}；应为 {}", "{} = {} is {}; expected {}",
                                                      shown, value, typeName(node), expected));
    }

    static OwnedPhrase allowedOf(const KeyInfo& row) { return {row.allowedZh, row.allowed}; }

    ScenarioDraft& m_draft;
    DiagnosticList& m_diagnostics;
};

}  // namespace

namespace {

// Keys earlier versions accepted: a file that still sets one is told what became of it.
struct RemovedKey {
    std::string_view path;
    Phrase what;
};
constexpr RemovedKey kRemovedKeys[] = {
    {"outcomes.assigned_deadline",
     {"此键已被删除，因为没有任何地方读取它（交办的事项随接待日结束；见 docs/model.md）；请删除这一行",
      "it was removed because nothing read it (assigned cases end with the day; docs/model.md); delete the line"}},
};

// "; valid keys: a, b" with, when `name` is a setting of another table, where it belongs.
OwnedPhrase validKeysHint(std::string_view name, const std::vector<std::string>& valid) {
    OwnedPhrase hint = bilingual("；有效的键：{}", "; valid keys: {}", joinNames(valid));
    for (const KeyInfo& row : keyTable()) {
        if (row.kind != KeyKind::Value || keyName(row.path) != name) continue;
        const OwnedPhrase where = bilingual("（'{}' 是 {} 中的键）", " ('{}' is a key of {})", name,
                                            tableLabels(parentPath(row.path)));
        return {hint.zh + where.zh, hint.en + where.en};
    }
    return hint;
}

}  // namespace

OwnedPhrase unknownKeyMessage(std::string_view tablePath, std::string_view name) {
    const std::string path = tablePath.empty() ? std::string(name) : fmt::format("{}.{}", tablePath, name);
    const OwnedPhrase label = tableLabels(tablePath);
    for (const RemovedKey& removed : kRemovedKeys)
        if (removed.path == path)
            return bilingual("未知的键 '{}'（位于{}）：{}", "unknown key '{}' in {}: {}", name, label, removed.what);
    std::vector<std::string> valid;
    for (const KeyInfo* row : childKeys(tablePath)) valid.emplace_back(keyName(row->path));
    const std::optional<std::string> near = suggestName(name, valid);
    const OwnedPhrase hint =
        near ? bilingual("；是否想写 '{}'？", "; did you mean '{}'?", *near) : validKeysHint(name, valid);
    return bilingual("未知的键 '{}'（位于{}）{}", "unknown key '{}' in {}{}", name, label, hint);
}

void applyScenarioTable(const toml::table& file, ScenarioDraft& draft, DiagnosticList& diagnostics) {
    Walker(draft, diagnostics).walkTable(file, "", "");
}

}  // namespace pujiang
