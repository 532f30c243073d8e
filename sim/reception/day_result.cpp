#include "sim/reception/day_result.h"

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
std::span<const std::string_view> categoryMetricNames() { return kCategoryMetricNames; }
std::span<const std::string_view> roomMetricNames() { return kRoomMetricNames; }

}  // namespace pujiang
