#include "gui/event_log.h"

namespace pujiang::gui {

bool EventFilter::accepts(const LoggedEvent& event) const {
    if (!kinds[static_cast<std::size_t>(event.kind)]) return false;
    if (batch >= 0 && event.batch != batch) return false;
    if (room >= 0 && event.room != room) return false;
    return text.empty() || event.detail.find(text) != std::string::npos;
}

void EventLog::record(const TraceRecord& record) {
    if (m_events.size() == m_capacity) {
        m_events.pop_front();
        ++m_dropped;
    }
    m_events.push_back(LoggedEvent{record.time, record.kind, record.batch, record.room, std::string(record.detail)});
}

void EventLog::clear() {
    m_events.clear();
    m_dropped = 0;
}

std::vector<std::size_t> EventLog::select(const EventFilter& filter) const {
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (filter.accepts(m_events[i])) shown.push_back(i);
    return shown;
}

}  // namespace pujiang::gui
