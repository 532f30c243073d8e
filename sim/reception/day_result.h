#pragma once
// What one replication of a day measures. Metric names are the public schema (JSON, CSV, golden
// summaries, tests): a dot separates a metric from its statistic ("wait_min.p90").

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pujiang {

enum class Metric {
    BatchesArrived, PersonsArrived, PeopleArrived, BatchesReceived, PersonsReceived,
    ResolvedOnSpot, Assigned, Defined, ReferredLegal,
    ShareOnSpot, ShareAssigned, ShareDefined, ShareReferredLegal,
    Reneged, ShareReneged, UnservedAtClose, NoShows, WalkInsReceived, AppointmentsReceived,
    WaitMean, WaitP50, WaitP90, WaitMax, WaitedFraction, LawyerWaitMean,
    TimeInSystemMean, QueueLengthAvg, MaxQueueLength, PeopleOnSiteMax,
    RoomUtilization, LawyerUtilization, OvertimeMin, LastDeparture,
    TopLeaderBatches, TopLeaderPersons,
    Count
};

enum class CategoryMetric {
    BatchesArrived, BatchesReceived, PersonsReceived,
    ResolvedOnSpot, Assigned, Defined, ReferredLegal,
    Reneged, UnservedAtClose, WaitMean,
    Count
};

// Per priority class (triage.priority_classes, highest first, then "unclassified").
enum class ClassMetric {
    BatchesArrived, BatchesReceived, Reneged, UnservedAtClose, WaitMean, TimeInSystemMean,
    Count
};

enum class RoomMetric {
    BatchesReceived, PersonsReceived,
    ResolvedOnSpot, Assigned, Defined, ReferredLegal,
    WaitMean, Utilization, OvertimeMin,
    Count
};

inline constexpr std::size_t kMetricCount = static_cast<std::size_t>(Metric::Count);
inline constexpr std::size_t kCategoryMetricCount = static_cast<std::size_t>(CategoryMetric::Count);
inline constexpr std::size_t kRoomMetricCount = static_cast<std::size_t>(RoomMetric::Count);
inline constexpr std::size_t kClassMetricCount = static_cast<std::size_t>(ClassMetric::Count);

std::span<const std::string_view> metricNames();
std::span<const std::string_view> categoryMetricNames();
std::span<const std::string_view> roomMetricNames();
std::span<const std::string_view> classMetricNames();
// The overall metric of that name, if any.
std::optional<Metric> metricFromName(std::string_view name);

// Exact bookkeeping behind Little's law over the measurement window: the area under the
// number-waiting curve equals the total time all batches spent waiting.
struct LittleCheck {
    double windowMinutes = 0.0;
    double queueArea = 0.0;        // integral of the number waiting
    double waitSum = 0.0;          // sum of queue time of every batch, including those who gave up
    std::uint64_t arrivals = 0;    // batches that entered within the window
    double systemArea = 0.0;       // integral of the number present (waiting or being served)
    double sojournSum = 0.0;       // sum of time in system of every batch
};

// Grids for the curves of a day: the number waiting averaged over time bins, and the distribution
// of waits. Both depend only on the scenario, so every replication (and every shard of a sweep)
// uses the same bins; the one exception is a day that runs past its timeline, whose curve gets
// more bins of the same width (DayResult::queueTimeline).
struct CurveLayout {
    double timelineStart = 0.0;    // minutes (clock time on a day)
    double timelineBin = 15.0;     // minutes
    std::size_t timelineBins = 0;  // at least this many; on a day, as many as reach its end
    double waitBin = 5.0;          // minutes; the last bin holds every longer wait
    std::size_t waitBins = 61;
};

struct ScenarioSpec;
CurveLayout curveLayout(const ScenarioSpec& spec);
// Names of the rows of DayResult::byClass: the scenario's priority classes, then "unclassified".
std::vector<std::string> priorityClassNames(const ScenarioSpec& spec);

struct DayResult {
    std::array<double, kMetricCount> overall{};
    // Mean number waiting in each timeline bin: timelineBins of them, or on a day that ended after
    // the last of those, enough to reach its end.
    std::vector<double> queueTimeline;
    std::vector<double> waitHistogram;  // share of waits in each wait bin
    std::vector<std::array<double, kCategoryMetricCount>> byCategory;
    std::vector<std::array<double, kRoomMetricCount>> byRoom;
    // One row per priority class: triage.priority_classes in order, then "unclassified".
    std::vector<std::array<double, kClassMetricCount>> byClass;
    LittleCheck little;
    std::uint64_t events = 0;

    double operator[](Metric m) const { return overall[static_cast<std::size_t>(m)]; }
};

}  // namespace pujiang
