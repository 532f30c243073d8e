#pragma once
// The future event set: a binary min-heap ordered by (time, priority, insertion sequence).
// Ties in time are broken by priority (lower runs first) and then by the order in which events
// were scheduled, so a run never depends on heap internals.
//
// push and pop are defined here, not in a .cpp: they run a few times per batch, and inlined into
// the model's event loop they cost measurably less (bench/engine_bench).

#include <cstdint>
#include <vector>

namespace pujiang {

// 32 bytes, no padding: the heap moves events on every push and pop.
struct Event {
    double time = 0.0;           // simulated minutes
    std::uint64_t sequence = 0;  // order of scheduling
    std::uint32_t kind = 0;      // model-defined event kind
    std::uint32_t subject = 0;   // model-defined: a batch, a room, ...
    std::uint32_t token = 0;     // model-defined: lets handlers drop stale events without cancelling
    std::int32_t priority = 0;
};
static_assert(sizeof(Event) == 32);

inline bool runsBefore(const Event& a, const Event& b) {
    if (a.time != b.time) return a.time < b.time;
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.sequence < b.sequence;
}

class EventQueue {
public:
    // Hand-written sift loops: they move a hole instead of swapping, which is measurably cheaper
    // than std::push_heap/pop_heap with a comparator object.
    void push(const Event& event) {
        std::size_t hole = m_heap.size();
        m_heap.emplace_back();
        while (hole > 0) {
            const std::size_t parent = (hole - 1) / 2;
            if (!runsBefore(event, m_heap[parent])) break;
            m_heap[hole] = m_heap[parent];
            hole = parent;
        }
        m_heap[hole] = event;
    }
    Event pop() {
        const Event result = m_heap.front();
        const Event last = m_heap.back();
        m_heap.pop_back();
        const std::size_t n = m_heap.size();
        if (n == 0) return result;
        std::size_t hole = 0;
        for (;;) {
            std::size_t child = 2 * hole + 1;
            if (child >= n) break;
            if (child + 1 < n && runsBefore(m_heap[child + 1], m_heap[child])) ++child;
            if (!runsBefore(m_heap[child], last)) break;
            m_heap[hole] = m_heap[child];
            hole = child;
        }
        m_heap[hole] = last;
        return result;
    }
    const Event& top() const { return m_heap.front(); }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    void clear() { m_heap.clear(); }
    void reserve(std::size_t n) { m_heap.reserve(n); }

private:
    std::vector<Event> m_heap;
};

}  // namespace pujiang
