#include "gui/editor_groups.h"

#include <fmt/format.h>

namespace pujiang::gui {

namespace {

std::string join(std::string_view prefix, std::string_view name) {
    return prefix.empty() ? std::string(name) : fmt::format("{}.{}", prefix, name);
}

// A TOML string value without its quotes; other values as written.
std::string unquoted(std::string text) {
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
        return text.substr(1, text.size() - 2);
    return text;
}

class GroupBuilder {
public:
    explicit GroupBuilder(const ScenarioDocument& document) : m_document(document) {}

    std::vector<EditorGroup> build() {
        EditorGroup top;
        addTable(std::move(top), "");
        return std::move(m_groups);
    }

private:
    // `group` has its title and concrete path set; `rowPath` names its rows in the key table
    // ("rooms[]" for every element of [[rooms]]).
    void addTable(EditorGroup group, std::string_view rowPath) {
        const std::vector<const KeyInfo*> children = childKeys(rowPath);
        for (const KeyInfo* row : children) {
            if (row->kind != KeyKind::Value || row->path == "base") continue;
            group.fields.push_back(EditorField{join(group.path, keyName(row->path)), row});
        }
        const std::string path = group.path;
        const int depth = group.depth;
        m_groups.push_back(std::move(group));
        for (const KeyInfo* row : children) {
            if (row->kind == KeyKind::Table) {
                EditorGroup inner;
                inner.path = join(path, keyName(row->path));
                inner.title = fmt::format("[{}]", inner.path);
                inner.info = row;
                inner.depth = depth + (path.empty() ? 0 : 1);
                addTable(std::move(inner), row->path);
            } else if (row->kind == KeyKind::TableArray) {
                addArray(*row, join(path, keyName(row->path)), depth + (path.empty() ? 0 : 1));
            }
        }
    }

    void addArray(const KeyInfo& row, const std::string& arrayName, int depth) {
        EditorGroup array;
        array.title = fmt::format("[[{}]]", arrayName);
        array.path = arrayName;
        array.kind = GroupKind::Array;
        array.info = &row;
        array.arrayName = arrayName;
        array.elementCount = m_document.elementCount(arrayName);
        array.depth = depth;
        const std::size_t count = array.elementCount;
        m_groups.push_back(std::move(array));

        const std::string elementRows = row.path + "[]";
        const KeyInfo* nameRow = firstRequired(elementRows);
        for (std::size_t i = 1; i <= count; ++i) {
            EditorGroup element;
            element.path = fmt::format("{}[{}]", arrayName, i);
            element.title = element.path;
            element.kind = GroupKind::Element;
            element.info = &row;
            element.arrayName = arrayName;
            element.index = i;
            element.depth = depth + 1;
            if (nameRow) {
                const std::optional<std::string> name =
                    m_document.valueText(join(element.path, keyName(nameRow->path)));
                if (name) element.elementName = unquoted(*name);
            }
            addTable(std::move(element), elementRows);
        }
    }

    // The key that names an element: a room's name, a category's code, a rate point's time.
    static const KeyInfo* firstRequired(std::string_view rowPath) {
        for (const KeyInfo* row : childKeys(rowPath))
            if (row->kind == KeyKind::Value && row->required) return row;
        return nullptr;
    }

    const ScenarioDocument& m_document;
    std::vector<EditorGroup> m_groups;
};

}  // namespace

std::vector<EditorGroup> editorGroups(const ScenarioDocument& document) { return GroupBuilder(document).build(); }

}  // namespace pujiang::gui
