#include "sim/experiment/precision_stages.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace pujiang {

PrecisionStage nextPrecisionStage(const std::vector<VariantResult>& results, const std::vector<std::string>& labels,
                                  int r, double precision) {
    PrecisionStage stage;
    double needed = r;
    for (std::size_t v = 0; v < results.size(); ++v) {
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const Summary s = results[v].aggregate.overall(static_cast<Metric>(m));
            if (s.n < 2) continue;
            const double target = precision * std::abs(s.mean);
            if (s.halfWidth() <= target || (s.ciLow <= 0.0 && s.ciHigh >= 0.0)) continue;
            needed = std::max(needed, r * (s.halfWidth() / target) * (s.halfWidth() / target));
            stage.open.push_back(fmt::format("{} ({})", metricNames()[m], labels[v]));
        }
    }
    stage.replications =
        stage.open.empty() ? r : static_cast<int>(std::min<double>(2.0 * r, std::max<double>(r + 1, std::ceil(needed))));
    return stage;
}

}  // namespace pujiang
