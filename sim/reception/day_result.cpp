#include "sim/reception/day_result.h"

#include <algorithm>
#include <cmath>

#include "sim/reception/scenario_spec.h"

namespace pujiang {

namespace {

constexpr std::array<std::string_view, kMetricCount> kMetricNames = {
    "batches_arrived", "persons_arrived", "batches_received", "persons_received",
    "resolved_on_spot", "assigned", "defined", "referred_legal",
    "share_on_spot", "share_assigned", "share_defined", "share_referred_legal",
    "reneged", "share_reneged", "unserved_at_close", "no_shows", "walk_ins_received", "appointments_received",
    "wait_min.mean", "wait_min.p50", "wait_min.p90", "wait_min.max", "waited_fraction", "lawyer_wait_min",
    "time_in_system_min", "queue_length_avg", "max_queue_length", "people_on_site_max",
    "room_utilization", "lawyer_utilization", "overtime_min", "last_departure_min",
    "top_leader_batches", "top_leader_persons",
};

constexpr std::array<std::string_view, kCategoryMetricCount> kCategoryMetricNames = {
    "batches_arrived", "batches_received", "persons_received",
    "resolved_on_spot", "assigned", "defined", "referred_legal",
    "reneged", "unserved_at_close", "wait_min.mean",
};

constexpr std::array<std::string_view, kRoomMetricCount> kRoomMetricNames = {
    "batches_received", "persons_received",
    "resolved_on_spot", "assigned", "defined", "referred_legal",
    "wait_min.mean", "room_utilization", "overtime_min",
};

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

}  // namespace pujiang
