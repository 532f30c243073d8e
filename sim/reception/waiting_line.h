#pragma once
// A waiting line whose discipline is a swappable ordering key. The line keeps arrival order;
// choosing the next batch scans for the smallest key, which for FIFO is always the front.
// Lines at a reception day are short (tens), so a scan beats maintaining heaps that would have
// to support removal of batches who give up.

#include <cstdint>
#include <deque>
#include <optional>

#include "sim/reception/batch.h"

namespace pujiang {

// Smaller runs first. Ties fall back to arrival in this line.
struct DisciplineKey {
    double primary = 0.0;
    double secondary = 0.0;
    bool operator<(const DisciplineKey& other) const {
        if (primary != other.primary) return primary < other.primary;
        return secondary < other.secondary;
    }
};

class WaitingLine {
public:
    explicit WaitingLine(QueueDiscipline discipline = QueueDiscipline::Fifo) : m_discipline(discipline) {}

    QueueDiscipline discipline() const { return m_discipline; }
    bool empty() const { return m_ids.empty(); }
    std::size_t size() const { return m_ids.size(); }
    const std::deque<std::uint32_t>& ids() const { return m_ids; }

    void push(std::uint32_t id) { m_ids.push_back(id); }
    // Puts `id` at place `index` (0 = the head), ahead of those from there on.
    void insertAt(std::size_t index, std::uint32_t id) { m_ids.insert(m_ids.begin() + static_cast<std::ptrdiff_t>(index), id); }
    bool remove(std::uint32_t id);
    void clear() { m_ids.clear(); }

    // Index of the next batch under the discipline among those accepted by `eligible`; nullopt
    // when none qualifies. `key(id)` gives each batch's DisciplineKey. Templates, not
    // std::function: this runs at every seat and a type-erased call per batch showed in profiles.
    template <class Key, class Eligible>
    std::optional<std::size_t> next(const Key& key, const Eligible& eligible) const {
        std::optional<std::size_t> best;
        DisciplineKey bestKey;
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            if (!eligible(m_ids[i])) continue;
            if (m_discipline == QueueDiscipline::Fifo) return i;  // arrival order is the key
            const DisciplineKey k = key(m_ids[i]);
            if (!best || k < bestKey) {
                best = i;
                bestKey = k;
            }
        }
        return best;
    }
    template <class Key>
    std::optional<std::size_t> next(const Key& key) const {
        return next(key, [](std::uint32_t) { return true; });
    }
    std::uint32_t takeAt(std::size_t index);

private:
    QueueDiscipline m_discipline;
    std::deque<std::uint32_t> m_ids;
};

}  // namespace pujiang
