#include "sim/scenario/key_walker.h"

#include <fmt/format.h>

#include "sim/scenario/key_context.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"

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
            typeError(node, shown, fmt::format("a table {}", tableLabel(row.path)));
            return;
        }
        m_draft.record(shown, positionOf(node));  // sections merge key by key: keep what a base set
        walkTable(*table, row.path, shown);
    }

    void walkArray(const KeyInfo& row, const toml::node& node, const std::string& shown) {
        const toml::array* array = node.as_array();
        const std::string expected = fmt::format("an array of tables {}", tableLabel(row.path + "[]"));
        if (!array) {
            typeError(node, shown, expected);
            return;
        }
        if (array->size() > row.maxElements) {
            m_diagnostics.add(positionOf(node),
                              fmt::format("{} has {} tables; allowed: {}", shown, array->size(), row.allowed));
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
            m_diagnostics.add(positionOf(element), fmt::format("{}: missing required key '{}' ({}; allowed: {})", shown,
                                                               keyName(row->path), row->type, row->allowed));
        }
    }

    void typeError(const toml::node& node, const std::string& shown, std::string_view expected) {
        m_diagnostics.add(positionOf(node),
                          fmt::format("{} = {} is {}; expected {}", shown, valueText(node), typeName(node), expected));
    }

    ScenarioDraft& m_draft;
    DiagnosticList& m_diagnostics;
};

}  // namespace

namespace {

// Keys earlier versions accepted: a file that still sets one is told what became of it.
struct RemovedKey {
    std::string_view path;
    std::string_view what;
};
constexpr RemovedKey kRemovedKeys[] = {
    {"outcomes.assigned_deadline",
     "it was removed because nothing read it (assigned cases end with the day; docs/model.md); delete the line"},
};

}  // namespace

std::string unknownKeyMessage(std::string_view tablePath, std::string_view name) {
    const std::string path = tablePath.empty() ? std::string(name) : fmt::format("{}.{}", tablePath, name);
    for (const RemovedKey& removed : kRemovedKeys)
        if (removed.path == path)
            return fmt::format("unknown key '{}' in {}: {}", name, tableLabel(tablePath), removed.what);
    std::vector<std::string> valid;
    for (const KeyInfo* row : childKeys(tablePath)) valid.emplace_back(keyName(row->path));
    std::string message = fmt::format("unknown key '{}' in {}", name, tableLabel(tablePath));
    if (const auto near = suggestName(name, valid)) return message + fmt::format("; did you mean '{}'?", *near);
    message += "; valid keys: " + joinNames(valid);
    for (const KeyInfo& row : keyTable()) {
        if (row.kind == KeyKind::Value && keyName(row.path) == name) {
            message += fmt::format(" ('{}' is a key of {})", name, tableLabel(parentPath(row.path)));
            break;
        }
    }
    return message;
}

void applyScenarioTable(const toml::table& file, ScenarioDraft& draft, DiagnosticList& diagnostics) {
    Walker(draft, diagnostics).walkTable(file, "", "");
}

}  // namespace pujiang
