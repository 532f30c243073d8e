#pragma once
// The GUI's event log: every trace record of the running day, kept in memory and filtered for
// display. No ImGui here: filtering is tested without a display.

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "sim/reception/trace.h"

namespace pujiang::gui {

inline constexpr std::size_t kTraceKindCount = static_cast<std::size_t>(TraceKind::Intervention) + 1;

struct LoggedEvent {
    double time = 0.0;
    TraceKind kind = TraceKind::Arrive;
    std::int64_t batch = -1;
    std::int64_t room = -1;
    std::string detail;
};

struct EventFilter {
    std::array<bool, kTraceKindCount> kinds;  // which kinds to show
    std::int64_t batch = -1;                  // only this batch serial (-1: any)
    std::int64_t room = -1;                   // only this room (-1: any)
    std::string text;                         // detail must contain it (empty: any)
    EventFilter() { kinds.fill(true); }
    bool accepts(const LoggedEvent& event) const;
};

class EventLog : public TraceSink {
public:
    // A day over a long horizon can trace millions of records; the log keeps the newest.
    explicit EventLog(std::size_t capacity = 200000) : m_capacity(capacity) {}

    void record(const TraceRecord& record) override;
    void clear();

    const std::deque<LoggedEvent>& events() const { return m_events; }
    std::uint64_t dropped() const { return m_dropped; }
    // Indices into events() that pass the filter, oldest first.
    std::vector<std::size_t> select(const EventFilter& filter) const;

private:
    std::size_t m_capacity;
    std::deque<LoggedEvent> m_events;
    std::uint64_t m_dropped = 0;
};

}  // namespace pujiang::gui
