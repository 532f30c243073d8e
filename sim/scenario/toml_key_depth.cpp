#include "sim/scenario/toml_key_depth.h"

#include <vector>

namespace pujiang {

std::optional<TextPlace> tooDeepKey(std::string_view text) {
    enum class State { Normal, Comment, Basic, Literal, MultiBasic, MultiLiteral };
    State state = State::Normal;
    std::vector<char> containers;  // '[' (array) or '{' (inline table) open around here
    bool inKey = true;             // reading a key or a table header (where dots nest)
    std::size_t dots = 0;
    TextPlace here, keyStart;
    bool keyStarted = false;
    const auto startsWith = [&](std::size_t i, std::string_view what) { return text.substr(i, what.size()) == what; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++here.line;
            here.column = 1;
            if (state == State::Comment || state == State::Basic || state == State::Literal) state = State::Normal;
            // A new line outside any array or inline table starts a new key (or header).
            if (state == State::Normal && containers.empty()) {
                inKey = true;
                dots = 0;
                keyStarted = false;
            }
            continue;
        }
        ++here.column;
        switch (state) {
        case State::Comment: continue;
        case State::Basic:
            if (c == '\\') {
                ++i;
                ++here.column;
            } else if (c == '"') {
                state = State::Normal;
            }
            continue;
        case State::Literal:
            if (c == '\'') state = State::Normal;
            continue;
        case State::MultiBasic:
            if (c == '\\') {
                ++i;
                ++here.column;
            } else if (startsWith(i, "\"\"\"")) {
                state = State::Normal;
                i += 2;
            }
            continue;
        case State::MultiLiteral:
            if (startsWith(i, "'''")) {
                state = State::Normal;
                i += 2;
            }
            continue;
        case State::Normal: break;
        }
        if (!keyStarted && inKey && c != ' ' && c != '\t' && c != '\r') {
            keyStarted = true;
            keyStart = here;
            --keyStart.column;
        }
        switch (c) {
        case '#': state = State::Comment; break;
        case '"':
            if (startsWith(i, "\"\"\"")) {
                state = State::MultiBasic;
                i += 2;
            } else {
                state = State::Basic;
            }
            break;
        case '\'':
            if (startsWith(i, "'''")) {
                state = State::MultiLiteral;
                i += 2;
            } else {
                state = State::Literal;
            }
            break;
        case '.':
            if (inKey && ++dots >= kMaxTomlKeyDepth) return keyStart;
            break;
        case '=': inKey = false; break;
        case '[':
            // A table header's brackets at the start of a line are part of the key.
            if (!inKey) containers.push_back('[');
            break;
        case ']':
            if (!inKey && !containers.empty()) containers.pop_back();
            break;
        case '{':
            containers.push_back('{');
            inKey = true;  // an inline table's first key
            dots = 0;
            keyStarted = false;
            break;
        case '}':
            if (!containers.empty()) containers.pop_back();
            inKey = false;
            break;
        case ',':
            // The next key of an inline table; in an array, the next value.
            if (!containers.empty() && containers.back() == '{') {
                inKey = true;
                dots = 0;
                keyStarted = false;
            }
            break;
        default: break;
        }
    }
    return std::nullopt;
}

}  // namespace pujiang
