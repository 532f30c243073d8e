#include "sim/scenario/document_path.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>


namespace pujiang {

namespace {

[[noreturn]] void badKey(std::string_view key, std::string_view problem) {
    throw std::invalid_argument(fmt::format("scenario key '{}': {}", key, problem));
}

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

std::vector<DocumentStep> resolveDocumentKey(std::string_view key) {
    KeyPath path = parseKeyPath(key);
    if (!path.good()) badKey(key, path.problem.en);
    return std::move(path.steps);
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
    if (step.selectsElements()) {
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
