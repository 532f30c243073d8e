#include "sim/reception/day_result.h"

#include <algorithm>
#include <cmath>

#include "sim/reception/metric_table.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang {

namespace {

template <class Enum, std::size_t N>
std::array<std::string_view, N> namesOf() {
    std::array<std::string_view, N> names;
    for (std::size_t m = 0; m < N; ++m) names[m] = metricInfo(static_cast<Enum>(m)).name;
    return names;
}

const std::array<std::string_view, kMetricCount> kMetricNames = namesOf<Metric, kMetricCount>();
const std::array<std::string_view, kCategoryMetricCount> kCategoryMetricNames =
    namesOf<CategoryMetric, kCategoryMetricCount>();
const std::array<std::string_view, kRoomMetricCount> kRoomMetricNames = namesOf<RoomMetric, kRoomMetricCount>();
const std::array<std::string_view, kClassMetricCount> kClassMetricNames = namesOf<ClassMetric, kClassMetricCount>();

}  // namespace

std::span<const std::string_view> metricNames() { return kMetricNames; }

std::optional<Metric> metricFromName(std::string_view name) {
    const auto found = std::find(kMetricNames.begin(), kMetricNames.end(), name);
    if (found == kMetricNames.end()) return std::nullopt;
    return static_cast<Metric>(found - kMetricNames.begin());
}

CurveLayout curveLayout(const ScenarioSpec& spec) {
    CurveLayout layout;
    if (spec.run.horizon > 0.0) {
        // Steady-state runs: 96 bins over the measured window.
        layout.timelineStart = spec.run.warmup;
        layout.timelineBins = 96;
        layout.timelineBin = (spec.run.horizon - spec.run.warmup) / 96.0;
    } else {
        // A day: from two hours before opening to four hours after closing, in quarter hours.
        layout.timelineBin = 15.0;
        layout.timelineStart = std::max(0.0, std::floor((spec.day.opens - 120.0) / 15.0) * 15.0);
        const double end = spec.day.closes + 240.0;
        layout.timelineBins = static_cast<std::size_t>(std::ceil((end - layout.timelineStart) / 15.0));
    }
    return layout;
}
std::span<const std::string_view> categoryMetricNames() { return kCategoryMetricNames; }
std::span<const std::string_view> roomMetricNames() { return kRoomMetricNames; }
std::span<const std::string_view> classMetricNames() { return kClassMetricNames; }

std::vector<std::string> priorityClassNames(const ScenarioSpec& spec) {
    std::vector<std::string> names = spec.priority.classes;
    names.push_back("unclassified");
    return names;
}

}  // namespace pujiang
