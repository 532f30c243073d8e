#include "sim/experiment/aggregate.h"

#include <algorithm>
#include <cmath>

namespace pujiang {

Aggregate::Aggregate(std::size_t categories, std::size_t rooms, CurveLayout layout, std::size_t classes)
    : m_overall(kMetricCount),
      m_categories(categories, std::vector<Tally>(kCategoryMetricCount)),
      m_rooms(rooms, std::vector<Tally>(kRoomMetricCount)),
      m_classes(classes, std::vector<Tally>(kClassMetricCount)),
      m_layout(layout),
      m_timeline(layout.timelineBins),
      m_histogram(layout.waitBins) {}

Aggregate::Aggregate(const ScenarioSpec& spec)
    : Aggregate(spec.categories.size(), spec.rooms.size(), curveLayout(spec), spec.priority.classes.size() + 1) {}

namespace {

void addValue(Tally& tally, double x) {
    if (hasValue(x)) tally.add(x);
}

}  // namespace

// A replication's curve ends with its day: past the end nobody waits, so a shorter curve counts
// as 0 in the later bins, and a longer one opens bins in which every earlier replication counts
// as 0. The values enter each bin in replication order, as they always do.
void Aggregate::addTimeline(const std::vector<double>& timeline) {
    const std::uint64_t earlier = m_replications - 1;
    while (m_timeline.size() < timeline.size()) {
        Tally bin;
        for (std::uint64_t k = 0; k < earlier; ++k) bin.add(0.0);
        m_timeline.push_back(bin);
    }
    for (std::size_t i = 0; i < m_timeline.size(); ++i) m_timeline[i].add(i < timeline.size() ? timeline[i] : 0.0);
}

void Aggregate::add(const DayResult& r) {
    ++m_replications;
    for (std::size_t m = 0; m < kMetricCount; ++m) addValue(m_overall[m], r.overall[m]);
    for (std::size_t c = 0; c < m_categories.size() && c < r.byCategory.size(); ++c)
        for (std::size_t m = 0; m < kCategoryMetricCount; ++m) addValue(m_categories[c][m], r.byCategory[c][m]);
    for (std::size_t k = 0; k < m_rooms.size() && k < r.byRoom.size(); ++k)
        for (std::size_t m = 0; m < kRoomMetricCount; ++m) addValue(m_rooms[k][m], r.byRoom[k][m]);
    for (std::size_t k = 0; k < m_classes.size() && k < r.byClass.size(); ++k)
        for (std::size_t m = 0; m < kClassMetricCount; ++m) addValue(m_classes[k][m], r.byClass[k][m]);
    addTimeline(r.queueTimeline);
    for (std::size_t i = 0; i < m_histogram.size() && i < r.waitHistogram.size(); ++i)
        addValue(m_histogram[i], r.waitHistogram[i]);
    m_little.windowMinutes += r.little.windowMinutes;
    m_little.queueArea += r.little.queueArea;
    m_little.waitSum += r.little.waitSum;
    m_little.arrivals += r.little.arrivals;
    m_little.systemArea += r.little.systemArea;
    m_little.sojournSum += r.little.sojournSum;
    m_events += r.events;
    if (m_keep) m_kept.push_back(Replication{r.overall, r.little, r.events});
}

Summary summarize(const Tally& tally) {
    Summary s;
    s.n = tally.count();
    if (s.n == 0) {
        s.mean = s.sd = s.ciLow = s.ciHigh = kNoValue;
        return s;
    }
    s.mean = tally.mean();
    s.sd = tally.sd();
    s.ciLow = s.ciHigh = s.mean;
    if (s.n >= 2) {
        const double half = studentT975(static_cast<double>(s.n - 1)) * s.sd / std::sqrt(static_cast<double>(s.n));
        s.ciLow = s.mean - half;
        s.ciHigh = s.mean + half;
    }
    return s;
}

Summary summarize(const Tally& tally, const MetricInfo& metric) {
    Summary s = summarize(tally);
    s.ciLow = metric.clamp(s.ciLow);
    s.ciHigh = metric.clamp(s.ciHigh);
    return s;
}

Summary summarizeDifference(const Tally& tally, const MetricInfo& metric) {
    Summary s = summarize(tally);
    if (s.n == 0) return s;  // no pair had both values: the difference has none either
    const double span = metric.high - metric.low;
    s.ciLow = std::max(-span, s.ciLow);
    s.ciHigh = std::min(span, s.ciHigh);
    return s;
}

Summary Aggregate::overall(Metric metric) const {
    return summarize(m_overall[static_cast<std::size_t>(metric)], metricInfo(metric));
}

Summary Aggregate::category(std::size_t c, CategoryMetric metric) const {
    return summarize(m_categories[c][static_cast<std::size_t>(metric)], metricInfo(metric));
}

Summary Aggregate::priorityClass(std::size_t k, ClassMetric metric) const {
    return summarize(m_classes[k][static_cast<std::size_t>(metric)], metricInfo(metric));
}

Summary Aggregate::room(std::size_t r, RoomMetric metric) const {
    return summarize(m_rooms[r][static_cast<std::size_t>(metric)], metricInfo(metric));
}

}  // namespace pujiang
