#include "sim/scenario/document_path.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/scenario/key_walker.h"

namespace pujiang {

namespace {

[[noreturn]] void badKey(std::string_view key, std::string_view problem) {
    throw std::invalid_argument(fmt::format("scenario key '{}': {}", key, problem));
}

// Reads "rooms", "rooms[2]" or "rooms[*]" into `step` (without its row).
void parsePart(std::string_view key, std::string_view part, DocumentStep& step) {
    const std::size_t bracket = part.find('[');
    step.name = std::string(part.substr(0, bracket));
    if (step.name.empty()) badKey(key, "a part has no key name");
    if (bracket == std::string_view::npos) return;
    if (!part.ends_with(']')) badKey(key, "expected ']' at the end of a part with '['");
    const std::string_view index = part.substr(bracket + 1, part.size() - bracket - 2);
    if (index == "*") {
        step.everyElement = true;
        return;
    }
    std::size_t number = 0;
    const char* end = index.data() + index.size();
    const auto [stop, error] = std::from_chars(index.data(), end, number);
    if (index.empty() || error != std::errc() || stop != end || number == 0)
        badKey(key, "an index is written [N] with N from 1, or [*]");
    step.index = number - 1;
}

bool selectsElements(const DocumentStep& step) { return step.index || step.everyElement; }

void requireSingle(const DocumentStep& step) {
    if (step.everyElement) throw std::invalid_argument(fmt::format("{}[*] names several values, not one", step.name));
}

// Shared by the const and mutable findNode: Table is toml::table or const toml::table.
template <class Table>
auto* findIn(Table& table, std::span<const DocumentStep> steps) {
    Table* holder = &table;
    for (std::size_t i = 0;; ++i) {
        const DocumentStep& step = steps[i];
        requireSingle(step);
        auto* node = holder->get(step.name);
        if (node && step.index) {
            auto* array = node->as_array();
            node = array ? array->get(*step.index) : nullptr;
        }
        if (!node || i + 1 == steps.size()) return node;
        holder = node->as_table();
        if (!holder) return decltype(node){};
    }
}

}  // namespace

std::string childRowPath(std::string_view tablePath, std::string_view name) {
    return tablePath.empty() ? std::string(name) : fmt::format("{}.{}", tablePath, name);
}

std::vector<DocumentStep> resolveDocumentKey(std::string_view key) {
    if (key.empty()) badKey(key, "the key is empty");
    std::vector<DocumentStep> steps;
    std::string tablePath;  // key-table path of the table the next part is in: "", "day", "rooms[]"
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = key.find('.', start);
        const std::string_view part = key.substr(start, dot == std::string_view::npos ? dot : dot - start);
        DocumentStep step;
        parsePart(key, part, step);
        step.row = findKey(childRowPath(tablePath, step.name));
        if (!step.row) badKey(key, unknownKeyMessage(tablePath, step.name));
        const bool last = dot == std::string_view::npos;
        const KeyKind kind = step.row->kind;
        if (selectsElements(step) && kind != KeyKind::TableArray)
            badKey(key, fmt::format("{} is not an array of tables; it takes no [...]", step.name));
        if (!last && (kind == KeyKind::Value || (kind == KeyKind::TableArray && !selectsElements(step))))
            badKey(key, fmt::format("keys inside {} are reached through {}[N]", step.name, step.name));
        tablePath = kind == KeyKind::TableArray ? step.row->path + "[]" : step.row->path;
        steps.push_back(std::move(step));
        if (last) return steps;
        start = dot + 1;
    }
}

const toml::node* findNode(const toml::table& table, std::span<const DocumentStep> steps) {
    return findIn(table, steps);
}

toml::node* findNode(toml::table& table, std::span<const DocumentStep> steps) { return findIn(table, steps); }

bool eraseNode(toml::table& table, std::span<const DocumentStep> steps) {
    const DocumentStep& step = steps.front();
    if (steps.size() == 1) return table.erase(step.name) > 0;
    toml::node* node = table.get(step.name);
    if (!node) return false;
    if (selectsElements(step)) {
        toml::array* array = node->as_array();
        if (!array) return false;
        const std::size_t from = step.everyElement ? 0 : *step.index;
        const std::size_t to = step.everyElement ? array->size() : std::min(*step.index + 1, array->size());
        bool erased = false;
        for (std::size_t k = from; k < to; ++k)
            if (toml::table* element = array->get_as<toml::table>(k)) erased |= eraseNode(*element, steps.subspan(1));
        return erased;
    }
    toml::table* inner = node->as_table();
    if (!inner || !eraseNode(*inner, steps.subspan(1))) return false;
    if (inner->empty()) table.erase(step.name);
    return true;
}

toml::table& holderOf(toml::table& table, std::span<const DocumentStep> steps) {
    toml::table* holder = &table;
    for (const DocumentStep& step : steps.first(steps.size() - 1)) {
        requireSingle(step);
        if (!step.index) {
            if (!holder->contains(step.name)) holder->insert(step.name, toml::table{});
            holder = holder->get_as<toml::table>(step.name);
        } else {
            toml::array* array = holder->get_as<toml::array>(step.name);
            holder = array ? array->get_as<toml::table>(*step.index) : nullptr;
            if (!holder)
                throw std::out_of_range(fmt::format("the scenario has no table {}[{}]", step.name, *step.index + 1));
        }
        if (!holder) throw std::invalid_argument(fmt::format("{} is not a table in the scenario", step.name));
    }
    return *holder;
}

}  // namespace pujiang
