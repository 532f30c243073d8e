#include "sim/experiment/capacity_plan.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace pujiang {

PlanSearchResult searchCheapestFeasible(const std::vector<std::size_t>& sizes,
                                        const std::function<PlanEvaluation(const std::vector<std::size_t>&)>& evaluate) {
    if (sizes.empty()) throw std::invalid_argument("nothing to search");
    PlanSearchResult result;
    result.gridSize = 1;
    for (std::size_t s : sizes) {
        if (s == 0) throw std::invalid_argument("a dimension without values");
        result.gridSize *= s;
    }
    std::map<std::vector<std::size_t>, std::size_t> seen;
    auto run = [&](const std::vector<std::size_t>& index) -> const PlanEvaluation& {
        auto it = seen.find(index);
        if (it == seen.end()) {
            PlanEvaluation e = evaluate(index);
            e.index = index;
            result.evaluated.push_back(std::move(e));
            it = seen.emplace(index, result.evaluated.size() - 1).first;
        }
        return result.evaluated[it->second];
    };

    // Enumerate the other dimensions (odometer order, last fastest); binary search the first.
    std::vector<std::size_t> index(sizes.size(), 0);
    for (;;) {
        std::size_t low = 0, high = sizes[0] - 1;
        index[0] = high;
        if (run(index).feasible) {
            while (low < high) {  // smallest feasible in [low, high]; high is feasible
                const std::size_t mid = low + (high - low) / 2;
                index[0] = mid;
                if (run(index).feasible) high = mid;
                else low = mid + 1;
            }
        }
        std::size_t d = sizes.size() - 1;
        while (d >= 1 && ++index[d] == sizes[d]) index[d--] = 0;
        if (d == 0) break;
    }
    for (std::size_t i = 0; i < result.evaluated.size(); ++i)
        if (result.evaluated[i].feasible) result.feasibleByCost.push_back(i);
    std::stable_sort(result.feasibleByCost.begin(), result.feasibleByCost.end(),
                     [&](std::size_t a, std::size_t b) { return result.evaluated[a].cost < result.evaluated[b].cost; });
    return result;
}

}  // namespace pujiang
