#pragma once
// Across-replication statistics of every metric, accumulated in replication order so that the
// result is the same bytes whatever the number of threads that produced the replications.

#include <array>
#include <cstdint>
#include <vector>

#include "sim/core/statistics.h"
#include "sim/reception/day_result.h"
#include "sim/reception/metric_table.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang {

class Aggregate {
public:
    Aggregate(std::size_t categories, std::size_t rooms, CurveLayout layout = {}, std::size_t classes = 0);
    explicit Aggregate(const ScenarioSpec& spec);

    // Cells without a value (kNoValue) are left out: their n is smaller.
    void add(const DayResult& result);
    // Keep each added replication's overall values, Little's-law bookkeeping and event count too
    // (for checks from outside: `run --per-replication`).
    void keepReplications(bool keep) { m_keep = keep; }
    struct Replication {
        std::array<double, kMetricCount> overall;
        LittleCheck little;
        std::uint64_t events;
    };
    const std::vector<Replication>& perReplication() const { return m_kept; }

    std::uint64_t replications() const { return m_replications; }
    Summary overall(Metric metric) const;
    const Tally& overallTally(Metric metric) const { return m_overall[static_cast<std::size_t>(metric)]; }
    Summary category(std::size_t category, CategoryMetric metric) const;
    Summary room(std::size_t room, RoomMetric metric) const;
    Summary priorityClass(std::size_t k, ClassMetric metric) const;
    std::size_t classCount() const { return m_classes.size(); }
    std::size_t categoryCount() const { return m_categories.size(); }
    std::size_t roomCount() const { return m_rooms.size(); }
    const CurveLayout& layout() const { return m_layout; }
    // Per bin, over replications.
    const std::vector<Tally>& queueTimeline() const { return m_timeline; }
    const std::vector<Tally>& waitHistogram() const { return m_histogram; }
    // Sums over replications of Little's-law bookkeeping.
    const LittleCheck& little() const { return m_little; }
    std::uint64_t events() const { return m_events; }

private:
    void addTimeline(const std::vector<double>& timeline);

    std::uint64_t m_replications = 0;
    std::vector<Tally> m_overall;
    std::vector<std::vector<Tally>> m_categories, m_rooms, m_classes;
    CurveLayout m_layout;
    std::vector<Tally> m_timeline, m_histogram;
    LittleCheck m_little;
    std::uint64_t m_events = 0;
    bool m_keep = false;
    std::vector<Replication> m_kept;
};

// Student-t 95% interval from a tally of independent replications. With n = 0 every figure is
// kNoValue; with n = 1 the interval is the value itself.
Summary summarize(const Tally& tally);
// The same, with the interval clipped to what the metric can be (a count is never below 0, a
// share never above 1): the t interval is symmetric and can reach past a bound that every
// observation respects.
Summary summarize(const Tally& tally, const MetricInfo& metric);
// A paired difference of the metric between two variants: clipped to +-(high - low).
Summary summarizeDifference(const Tally& tally, const MetricInfo& metric);

}  // namespace pujiang
