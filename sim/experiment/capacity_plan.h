#pragma once
// The search behind `pujiang plan`: the cheapest configuration that meets every target.
// Assumption, stated to the user: more of a resource never makes a target harder to meet
// (monotone). Then, for every combination of the other keys, a binary search on the first key
// finds its smallest feasible value: Π(other sizes) × ⌈log2(first size)⌉ evaluations instead of the
// full grid. Among the feasible configurations evaluated, the cheapest wins; the next ones are
// the runner-ups.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pujiang {

struct PlanEvaluation {
    std::vector<std::size_t> index;  // value index per dimension
    bool feasible = false;
    double cost = 0.0;
};

struct PlanSearchResult {
    std::vector<PlanEvaluation> evaluated;  // in evaluation order, each configuration once
    std::vector<std::size_t> feasibleByCost; // indices into `evaluated`, cheapest first (ties: evaluation order)
    std::size_t gridSize = 0;
    std::optional<std::size_t> best() const {
        return feasibleByCost.empty() ? std::nullopt : std::optional<std::size_t>(feasibleByCost.front());
    }
};

// `sizes[d]` is the number of values of dimension d (values ascending in the resource);
// `evaluate` runs one configuration.
PlanSearchResult searchCheapestFeasible(const std::vector<std::size_t>& sizes,
                                        const std::function<PlanEvaluation(const std::vector<std::size_t>&)>& evaluate);

}  // namespace pujiang
