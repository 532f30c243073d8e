#include "sim/core/simulation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pujiang {

void Simulation::schedule(double time, std::uint32_t kind, std::uint32_t subject, std::uint32_t token,
                          std::int32_t priority) {
    // Scheduling into the past would silently reorder causality; it is always a model bug.
    if (!(time >= m_now) || std::isnan(time)) throw std::logic_error("event scheduled before the current time");
    m_events.push(Event{time, priority, m_nextSequence++, kind, subject, token});
}

bool Simulation::step(EventHandler& handler) {
    discardStale(handler);
    if (m_events.empty()) return false;
    Event event = m_events.pop();
    m_now = event.time;
    ++m_handled;
    handler.handle(event);
    discardStale(handler);
    return true;
}

void Simulation::discardStale(const EventHandler& handler) {
    while (!m_events.empty() && handler.stale(m_events.top())) m_events.pop();
}

void Simulation::runUntil(double until, EventHandler& handler) {
    discardStale(handler);
    while (!m_events.empty() && m_events.top().time <= until) step(handler);
    if (std::isfinite(until) && until > m_now) m_now = until;
}

void Simulation::advanceTo(double time) {
    if (time > m_now) m_now = std::min(time, peek());
}

void Simulation::reset() {
    m_events.clear();
    m_now = 0.0;
    m_nextSequence = 0;
    m_handled = 0;
}

}  // namespace pujiang
