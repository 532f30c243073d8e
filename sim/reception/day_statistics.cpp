#include "sim/reception/day_statistics.h"

#include <algorithm>
#include <cmath>

#include "sim/reception/metric_table.h"

namespace pujiang {

namespace {

constexpr Metric kOutcomeMetric[kOutcomeCount] = {Metric::ResolvedOnSpot, Metric::Assigned, Metric::Defined,
                                                  Metric::ReferredLegal};
constexpr CategoryMetric kCategoryOutcome[kOutcomeCount] = {CategoryMetric::ResolvedOnSpot, CategoryMetric::Assigned,
                                                            CategoryMetric::Defined, CategoryMetric::ReferredLegal};
constexpr RoomMetric kRoomOutcome[kOutcomeCount] = {RoomMetric::ResolvedOnSpot, RoomMetric::Assigned,
                                                    RoomMetric::Defined, RoomMetric::ReferredLegal};

template <class Array, class Enum>
double& at(Array& counts, Enum metric) {
    return counts[static_cast<std::size_t>(metric)];
}

// A mean or ratio over nothing has no value in this replication (not 0): see kNoValue.
double meanOf(const Tally& tally) { return tally.count() ? tally.mean() : kNoValue; }
double ratio(double part, double whole) { return whole > 0.0 ? part / whole : kNoValue; }

}  // namespace

DayStatistics::DayStatistics(const ScenarioSpec& spec, bool horizonMode)
    : m_spec(spec),
      m_horizonMode(horizonMode),
      m_rooms(spec.rooms.size()),
      m_categories(spec.categories.size()),
      m_classes(spec.priority.classes.size() + 1),
      m_layout(curveLayout(spec)),
      // A day's curve follows the day however long it runs; a horizon run's grid is its window.
      m_waitingByTime(m_layout.timelineStart, m_layout.timelineBin, m_layout.timelineBins,
                      spec.run.horizon > 0.0 ? BinGrowth::Fixed : BinGrowth::Grows) {
    m_waitBinCounts.assign(m_layout.waitBins, 0.0);
    if (horizonMode) return;
    for (std::size_t r = 0; r < spec.rooms.size(); ++r) {
        const RoomSpec& rs = spec.rooms[r];
        double from = rs.opens;
        for (const BreakSpec& b : rs.breaks) {
            if (b.from > from) m_rooms[r].scheduled.push_back({from, std::min(b.from, rs.closes)});
            from = std::max(from, b.to);
        }
        if (rs.closes > from) m_rooms[r].scheduled.push_back({from, rs.closes});
        std::erase_if(m_rooms[r].scheduled, [](const Interval& i) { return !(i.to > i.from); });
    }
}

namespace {

// Length of the union of two sorted lists of disjoint intervals, each cut at `until`.
template <class Interval>
double unionLength(const std::vector<Interval>& a, const std::vector<Interval>& b, double until) {
    auto length = [&](const std::vector<Interval>& list) {
        double total = 0.0;
        for (const Interval& i : list) total += std::max(0.0, std::min(i.to, until) - i.from);
        return total;
    };
    double overlap = 0.0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        const double from = std::max(a[i].from, b[j].from);
        const double to = std::min({a[i].to, b[j].to, until});
        if (to > from) overlap += to - from;
        if (a[i].to < b[j].to) ++i;
        else ++j;
    }
    return length(a) + length(b) - overlap;
}

}  // namespace

double DayStatistics::roomAvailableMinutes(std::size_t r, double time) const {
    if (m_horizonMode) return std::max(0.0, time - m_windowStart);
    const RoomStatistics& room = m_rooms[r];
    std::vector<Interval> busy = room.busyPeriods;
    if (room.busy.level() > 0.0) busy.push_back({room.busySince, time});
    return unionLength(room.scheduled, busy, time);
}

double DayStatistics::roomUtilization(std::size_t r, double time) const {
    return ratio(roomBusyMinutes(r, time), roomAvailableMinutes(r, time) * m_spec.rooms[r].tables);
}

void DayStatistics::startWindow(double t) {
    m_windowStart = t;
    m_waiting.restart(t);
    m_present.restart(t);
    m_peopleOnSite.restart(t);
    m_lawyersBusy.restart(t);
    for (RoomStatistics& room : m_rooms) room.busy.restart(t);
}

void DayStatistics::arrival(const Batch& b) {
    if (!b.measured) return;
    bump(Metric::BatchesArrived);
    bump(Metric::PersonsArrived, b.groupSize);
    bump(Metric::PeopleArrived, b.groupSize + b.companions);
    at(m_categories[b.category].counts, CategoryMetric::BatchesArrived) += 1.0;
    at(classOf(b).counts, ClassMetric::BatchesArrived) += 1.0;
    ++m_little.arrivals;
}

void DayStatistics::noShow() { bump(Metric::NoShows); }

void DayStatistics::consultationStarted(const Batch& b, std::uint32_t room) {
    if (!b.measured) return;
    const double wait = b.waitedSoFar;
    m_wait.add(wait);
    m_waitQuantiles.add(wait);
    // Clamped before converting: a wait past the last bin (however long) counts in the last one.
    const double lastBin = static_cast<double>(m_layout.waitBins - 1);
    m_waitBinCounts[static_cast<std::size_t>(std::clamp(std::floor(wait / m_layout.waitBin), 0.0, lastBin))] += 1.0;
    if (wait > 0.0) ++m_waitedPositive;
    m_rooms[room].wait.add(wait);
    m_categories[b.category].wait.add(wait);
    classOf(b).wait.add(wait);
}

void DayStatistics::consultationEnded(const Batch& b, std::uint32_t room, Outcome outcome, double t) {
    RoomStatistics& rs = m_rooms[room];
    rs.lastEnd = t;
    rs.everServed = true;
    if (!b.measured) return;
    const auto o = static_cast<std::size_t>(outcome);
    bump(Metric::BatchesReceived);
    bump(Metric::PersonsReceived, b.groupSize);
    bump(kOutcomeMetric[o]);
    if (b.source == ArrivalSource::WalkIn) bump(Metric::WalkInsReceived);
    if (b.source == ArrivalSource::Appointment) bump(Metric::AppointmentsReceived);
    if (m_spec.rooms[room].topLeader) {
        bump(Metric::TopLeaderBatches);
        bump(Metric::TopLeaderPersons, b.groupSize);
    }
    auto& category = m_categories[b.category].counts;
    at(category, CategoryMetric::BatchesReceived) += 1.0;
    at(category, CategoryMetric::PersonsReceived) += b.groupSize;
    at(category, kCategoryOutcome[o]) += 1.0;
    at(classOf(b).counts, ClassMetric::BatchesReceived) += 1.0;
    at(rs.counts, RoomMetric::BatchesReceived) += 1.0;
    at(rs.counts, RoomMetric::PersonsReceived) += b.groupSize;
    at(rs.counts, kRoomOutcome[o]) += 1.0;
}

void DayStatistics::reneged(const Batch& b) {
    if (!b.measured) return;
    bump(Metric::Reneged);
    at(m_categories[b.category].counts, CategoryMetric::Reneged) += 1.0;
    at(classOf(b).counts, ClassMetric::Reneged) += 1.0;
}

void DayStatistics::unserved(const Batch& b) {
    if (!b.measured) return;
    bump(Metric::UnservedAtClose);
    at(m_categories[b.category].counts, CategoryMetric::UnservedAtClose) += 1.0;
    at(classOf(b).counts, ClassMetric::UnservedAtClose) += 1.0;
}

void DayStatistics::departed(const Batch& b, double t) {
    m_lastDeparture = std::max(m_lastDeparture, t);
    if (!b.measured) return;
    m_timeInSystem.add(t - b.arrivalTime);
    classOf(b).timeInSystem.add(t - b.arrivalTime);
    m_little.waitSum += b.waitedSoFar;
    m_little.sojournSum += t - b.arrivalTime;
}

void DayStatistics::lawyerWaited(const Batch& b, double minutes) {
    if (b.measured) m_lawyerWait.add(minutes);
}

void DayStatistics::roomStopped(std::uint32_t room, double t) { m_rooms[room].lastEnd = t; }

void DayStatistics::waitingChanged(double t, double delta) {
    m_waiting.add(t, delta);
    m_waitingByTime.add(t, delta);
}

void DayStatistics::presentChanged(double t, double batches, double people) {
    m_present.add(t, batches);
    m_peopleOnSite.add(t, people);
}

void DayStatistics::tablesBusyChanged(std::uint32_t room, double t, double delta) {
    RoomStatistics& rs = m_rooms[room];
    const double before = rs.busy.level();
    rs.busy.add(t, delta);
    if (m_horizonMode) return;  // the window is the available time: no periods needed
    if (before <= 0.0 && rs.busy.level() > 0.0) rs.busySince = t;
    if (before > 0.0 && rs.busy.level() <= 0.0 && t > rs.busySince) rs.busyPeriods.push_back({rs.busySince, t});
}

void DayStatistics::lawyersBusyChanged(double t, double delta) { m_lawyersBusy.add(t, delta); }

DayResult DayStatistics::result(double end, std::uint64_t events) const {
    DayResult out;
    out.overall = m_counts;
    auto set = [&](Metric m, double v) { out.overall[static_cast<std::size_t>(m)] = v; };
    const double received = out[Metric::BatchesReceived];
    set(Metric::ShareOnSpot, ratio(out[Metric::ResolvedOnSpot], received));
    set(Metric::ShareAssigned, ratio(out[Metric::Assigned], received));
    set(Metric::ShareDefined, ratio(out[Metric::Defined], received));
    set(Metric::ShareReferredLegal, ratio(out[Metric::ReferredLegal], received));
    set(Metric::ShareReneged, ratio(out[Metric::Reneged], out[Metric::BatchesArrived]));
    out.queueTimeline = m_waitingByTime.averages(end);
    const double waits = static_cast<double>(m_waitQuantiles.count());
    out.waitHistogram = m_waitBinCounts;
    for (double& share : out.waitHistogram) share = waits == 0.0 ? kNoValue : share / waits;
    const bool anyWait = m_wait.count() > 0;
    const std::vector<double> quantiles = m_waitQuantiles.quantiles({0.5, 0.9});
    set(Metric::WaitMean, meanOf(m_wait));
    set(Metric::WaitP50, anyWait ? quantiles[0] : kNoValue);
    set(Metric::WaitP90, anyWait ? quantiles[1] : kNoValue);
    set(Metric::WaitMax, anyWait ? m_wait.max() : kNoValue);
    set(Metric::WaitedFraction, ratio(static_cast<double>(m_waitedPositive), static_cast<double>(m_wait.count())));
    set(Metric::LawyerWaitMean, meanOf(m_lawyerWait));
    set(Metric::TimeInSystemMean, meanOf(m_timeInSystem));
    set(Metric::QueueLengthAvg, m_waiting.mean(end));
    set(Metric::MaxQueueLength, m_waiting.max(end));
    set(Metric::PeopleOnSiteMax, m_peopleOnSite.max(end));
    set(Metric::LastDeparture, m_lastDeparture);
    set(Metric::OvertimeMin, m_horizonMode ? 0.0 : std::max(0.0, m_lastDeparture - m_spec.day.closes));

    double busy = 0.0, available = 0.0;
    out.byRoom.resize(m_rooms.size());
    for (std::size_t r = 0; r < m_rooms.size(); ++r) {
        const RoomStatistics& room = m_rooms[r];
        const RoomSpec& rs = m_spec.rooms[r];
        const double overtime =
            !m_horizonMode && room.everServed ? std::max(0.0, room.lastEnd - rs.closes) : 0.0;
        const double roomBusy = room.busy.integral(end);
        const double roomAvailable = roomAvailableMinutes(r, end) * rs.tables;
        busy += roomBusy;
        available += roomAvailable;
        auto& row = out.byRoom[r];
        row = room.counts;
        at(row, RoomMetric::WaitMean) = meanOf(room.wait);
        at(row, RoomMetric::Utilization) = ratio(roomBusy, roomAvailable);
        at(row, RoomMetric::OvertimeMin) = overtime;
    }
    set(Metric::RoomUtilization, ratio(busy, available));
    if (m_spec.lawyers.count > 0 || !m_lawyerCalls.empty()) {
        double lawyerMinutes = end - m_windowStart;
        double closes = end;
        double opens = m_windowStart;
        if (!m_horizonMode) {
            // Hours on duty within the day: from the later of lawyers.opens and the first arrival (a
            // pool "available from 00:00" is not on duty before anyone comes) to their closing, plus
            // any overtime the day runs to.
            closes = std::isfinite(m_spec.lawyers.closes) ? m_spec.lawyers.closes : m_spec.day.closes;
            opens = std::max(m_spec.lawyers.opens, m_windowStart);
            lawyerMinutes = std::max(0.0, closes - opens) + std::max(0.0, m_lastDeparture - closes);
            closes = std::max(closes, m_lastDeparture);
        }
        double denominator = lawyerMinutes * m_spec.lawyers.count;
        for (const double called : m_lawyerCalls) denominator += std::max(0.0, closes - std::max(called, m_windowStart));
        // A pool lawyer who left counts only the hours before leaving.
        for (const double left : m_lawyerLeaves) denominator -= lawyerMinutes - std::clamp(left - opens, 0.0, lawyerMinutes);
        set(Metric::LawyerUtilization, ratio(m_lawyersBusy.integral(end), denominator));
    } else {
        set(Metric::LawyerUtilization, kNoValue);  // no lawyer that day
    }
    out.byCategory.resize(m_categories.size());
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        out.byCategory[c] = m_categories[c].counts;
        at(out.byCategory[c], CategoryMetric::WaitMean) = meanOf(m_categories[c].wait);
    }
    out.byClass.resize(m_classes.size());
    for (std::size_t k = 0; k < m_classes.size(); ++k) {
        out.byClass[k] = m_classes[k].counts;
        at(out.byClass[k], ClassMetric::WaitMean) = meanOf(m_classes[k].wait);
        at(out.byClass[k], ClassMetric::TimeInSystemMean) = meanOf(m_classes[k].timeInSystem);
    }
    out.little = m_little;
    out.little.windowMinutes = end - m_windowStart;
    out.little.queueArea = m_waiting.integral(end);
    out.little.systemArea = m_present.integral(end);
    out.events = events;
    return out;
}

}  // namespace pujiang
