#pragma once
// Everything a day measures, fed by the model as things happen and turned into a DayResult.
// Batches that arrived during the warm-up are ignored by the counters; levels (queue length,
// people on site, busy tables) are integrated over the measurement window.

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "sim/core/bounded_quantiles.h"
#include "sim/core/statistics.h"
#include "sim/reception/batch.h"
#include "sim/reception/day_result.h"

namespace pujiang {

class DayStatistics {
public:
    DayStatistics(const ScenarioSpec& spec, bool horizonMode);

    // Levels start (again) from here: the first arrival of a day, or the end of the warm-up.
    void startWindow(double time);

    void arrival(const Batch& b);
    void noShow();
    void consultationStarted(const Batch& b, std::uint32_t room);
    void consultationEnded(const Batch& b, std::uint32_t room, Outcome outcome, double time);
    void reneged(const Batch& b);
    void unserved(const Batch& b);
    void departed(const Batch& b, double time);
    void lawyerWaited(const Batch& b, double minutes);
    void roomStopped(std::uint32_t room, double time);

    void waitingChanged(double time, double delta);
    void presentChanged(double time, double batches, double people);
    void tablesBusyChanged(std::uint32_t room, double time, double delta);
    void lawyersBusyChanged(double time, double delta);
    // A lawyer called in by hand joins the pool from `time` (utilisation counts their hours).
    void lawyerCalled(double time) { m_lawyerCalls.push_back(time); }
    // A pool lawyer leaves for good at `time` (lawyer_absent): utilisation stops counting their hours.
    void lawyerLeft(double time) { m_lawyerLeaves.push_back(time); }
    // Table-minutes a room has been busy up to `time` (for live displays).
    double roomBusyMinutes(std::size_t room, double time) const { return m_rooms[room].busy.integral(time); }
    // Minutes up to `time` in which the room could be counted on: its scheduled hours (scenario
    // opening, breaks and closing) joined with every period in which one of its tables was busy
    // outside them (overtime, work into a break, a room opened by hand). Horizon mode: the window.
    double roomAvailableMinutes(std::size_t room, double time) const;
    // Busy table-minutes over available table-minutes up to `time`: never above 1. No value when
    // nothing was available yet.
    double roomUtilization(std::size_t room, double time) const;

    // `end` is the horizon, or the time the day emptied.
    DayResult result(double end, std::uint64_t events) const;

private:
    struct Interval {
        double from, to;
    };
    struct RoomStatistics {
        TimeWeighted busy;
        std::vector<Interval> scheduled;    // open hours by the scenario, breaks cut out, in order
        std::vector<Interval> busyPeriods;  // at least one table busy; the last may still be open
        double busySince = 0.0;
        double lastEnd = 0.0;
        bool everServed = false;
        Tally wait;
        std::array<double, kRoomMetricCount> counts{};
    };
    struct CategoryStatistics {
        std::array<double, kCategoryMetricCount> counts{};
        Tally wait;
    };
    struct ClassStatistics {
        std::array<double, kClassMetricCount> counts{};
        Tally wait, timeInSystem;
    };
    ClassStatistics& classOf(const Batch& b) { return m_classes[std::min<std::size_t>(b.priorityClass, m_classes.size() - 1)]; }

    void bump(Metric metric, double by = 1.0) { m_counts[static_cast<std::size_t>(metric)] += by; }

    const ScenarioSpec& m_spec;
    bool m_horizonMode;
    std::array<double, kMetricCount> m_counts{};
    std::vector<RoomStatistics> m_rooms;
    std::vector<CategoryStatistics> m_categories;
    std::vector<ClassStatistics> m_classes;
    Tally m_wait, m_timeInSystem, m_lawyerWait;
    BoundedQuantiles m_waitQuantiles;    // bounded: memory does not grow with the horizon
    std::vector<double> m_waitBinCounts;  // waits per bin of the wait histogram (m_layout)
    std::uint64_t m_waitedPositive = 0;
    TimeWeighted m_waiting, m_present, m_peopleOnSite, m_lawyersBusy;
    std::vector<double> m_lawyerCalls;
    std::vector<double> m_lawyerLeaves;
    CurveLayout m_layout;
    BinnedLevel m_waitingByTime;
    double m_windowStart = 0.0;
    LittleCheck m_little;
    double m_lastDeparture = 0.0;
};

}  // namespace pujiang
