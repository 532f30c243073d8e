#pragma once
// The future event set: a binary min-heap ordered by (time, priority, insertion sequence).
// Ties in time are broken by priority (lower runs first) and then by the order in which events
// were scheduled, so a run never depends on heap internals.

#include <cstdint>
#include <vector>

namespace pujiang {

struct Event {
    double time = 0.0;        // simulated minutes
    std::int32_t priority = 0;
    std::uint64_t sequence = 0;
    std::uint32_t kind = 0;    // model-defined event kind
    std::uint32_t subject = 0; // model-defined: a batch, a room, ...
    std::uint32_t token = 0;   // model-defined: lets handlers drop stale events without cancelling
};

inline bool runsBefore(const Event& a, const Event& b) {
    if (a.time != b.time) return a.time < b.time;
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.sequence < b.sequence;
}

class EventQueue {
public:
    void push(Event event);
    Event pop();
    const Event& top() const { return m_heap.front(); }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    void clear() { m_heap.clear(); }
    void reserve(std::size_t n) { m_heap.reserve(n); }

private:
    std::vector<Event> m_heap;
};

}  // namespace pujiang
