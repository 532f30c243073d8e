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

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Skips "12:" (digits and a colon) at `at`; returns where it ends, or `at` when there is none.
std::size_t skipNumberColon(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && isDigit(text[end])) ++end;
    return end > at && end < text.size() && text[end] == ':' ? end + 1 : at;
}

}  // namespace

std::string withoutLocation(std::string_view text, std::string_view sourceName) {
    const std::string prefix = fmt::format("{}:", sourceName);
    if (!startsWith(text, prefix)) return std::string(text);
    std::size_t at = prefix.size();
    // "line:col:" when the loader knew the place; a message about the whole file has none.
    if (const std::size_t line = skipNumberColon(text, at); line != at) {
        if (const std::size_t column = skipNumberColon(text, line); column != line) at = column;
    }
    while (at < text.size() && text[at] == ' ') ++at;
    return std::string(text.substr(at));
}

bool namesKey(std::string_view message, std::string_view key) {
    if (key.find('.') == std::string_view::npos)
        return occurs(message, key, [](std::string_view rest) { return startsWith(rest, " = "); });
    return occurs(message, key, [](std::string_view rest) { return rest.empty() || !isWordChar(rest.front()); });
}

std::vector<EditorProblem> mapProblems(const std::vector<std::string>& problems,
                                       const std::vector<EditorGroup>& groups, std::string_view sourceName) {
    std::vector<EditorProblem> mapped;
    for (const std::string& text : problems) {
        EditorProblem problem;
        problem.text = text;
        problem.shortText = withoutLocation(text, sourceName);
        // Match in the message only: the file name could look like a key.
        const std::string_view message = problem.shortText;
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
