#include "gui/editor_problems.h"

#include <algorithm>

#include <fmt/format.h>

namespace pujiang::gui {

namespace {

bool isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Every place `path` occurs in `message` with no key text glued on before it; `after` decides
// what may follow.
template <class After>
bool occurs(std::string_view message, std::string_view path, After after) {
    for (std::size_t at = message.find(path); at != std::string_view::npos; at = message.find(path, at + 1)) {
        if (at > 0) {
            const char before = message[at - 1];
            if (isWordChar(before) || before == '.' || before == ']' || before == '[') continue;
        }
        const std::string_view rest = message.substr(at + path.size());
        if (after(rest)) return true;
    }
    return false;
}

// An element path ("rooms[2]", "rooms[2].selection") named on its own, not as the start of a key.
bool namesGroup(std::string_view message, std::string_view path) {
    return occurs(message, path, [](std::string_view rest) {
        return rest.empty() || !(isWordChar(rest.front()) || rest.front() == '.' || rest.front() == '[');
    });
}

// The loader's "rooms[2]: missing required key 'name' (...)" is about the field rooms[2].name.
std::string missingRequiredKey(std::string_view message, const EditorGroup& group) {
    const std::string lead = fmt::format("{}: missing required key '", group.path);
    const std::size_t at = message.find(lead);
    if (at == std::string_view::npos) return {};
    const std::size_t start = at + lead.size();
    const std::size_t end = message.find('\'', start);
    if (end == std::string_view::npos) return {};
    const std::string key = fmt::format("{}.{}", group.path, message.substr(start, end - start));
    const bool known = std::any_of(group.fields.begin(), group.fields.end(),
                                   [&key](const EditorField& field) { return field.key == key; });
    return known ? key : std::string();
}

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

bool namesKey(std::string_view message, std::string_view key) {
    if (key.find('.') == std::string_view::npos)
        return occurs(message, key, [](std::string_view rest) { return startsWith(rest, " = "); });
    return occurs(message, key, [](std::string_view rest) { return rest.empty() || !isWordChar(rest.front()); });
}

std::vector<EditorProblem> mapProblems(const std::vector<Diagnostic>& problems,
                                       const std::vector<EditorGroup>& groups, Language shown) {
    std::vector<EditorProblem> mapped;
    for (const Diagnostic& diagnostic : problems) {
        EditorProblem problem;
        problem.diagnostic = diagnostic;
        problem.text = diagnostic.format(shown);
        problem.shortText = diagnostic.messageIn(shown);
        // Match in the message only: the file name could look like a key.
        const std::string_view message = diagnostic.message;
        for (const EditorGroup& group : groups) {
            for (const EditorField& field : group.fields)
                if (namesKey(message, field.key)) problem.keys.push_back(field.key);
            if (group.kind != GroupKind::Element && group.path.find('[') == std::string::npos) continue;
            if (std::string key = missingRequiredKey(message, group); !key.empty()) {
                if (std::find(problem.keys.begin(), problem.keys.end(), key) == problem.keys.end())
                    problem.keys.push_back(std::move(key));
            }
        }
        for (const EditorGroup& group : groups) {
            if (group.kind != GroupKind::Element && group.path.find('[') == std::string::npos) continue;
            const std::string inside = group.path + ".";
            const bool namesAField = std::any_of(problem.keys.begin(), problem.keys.end(),
                                                 [&inside](const std::string& key) { return startsWith(key, inside); });
            if (!namesAField && namesGroup(message, group.path)) problem.groups.push_back(group.path);
        }
        mapped.push_back(std::move(problem));
    }
    return mapped;
}

}  // namespace pujiang::gui
