#include "sim/core/event_queue.h"

#include <utility>

namespace pujiang {

// Hand-written sift loops: they move a hole instead of swapping, which is measurably cheaper
// than std::push_heap/pop_heap with a comparator object on this 40-byte element.
void EventQueue::push(Event event) {
    std::size_t hole = m_heap.size();
    m_heap.emplace_back();
    while (hole > 0) {
        std::size_t parent = (hole - 1) / 2;
        if (!runsBefore(event, m_heap[parent])) break;
        m_heap[hole] = m_heap[parent];
        hole = parent;
    }
    m_heap[hole] = event;
}

Event EventQueue::pop() {
    Event result = m_heap.front();
    Event last = m_heap.back();
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

}  // namespace pujiang
