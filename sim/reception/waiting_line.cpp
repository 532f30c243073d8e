#include "sim/reception/waiting_line.h"

#include <algorithm>

namespace pujiang {

bool WaitingLine::remove(std::uint32_t id) {
    auto it = std::find(m_ids.begin(), m_ids.end(), id);
    if (it == m_ids.end()) return false;
    m_ids.erase(it);
    return true;
}

std::optional<std::size_t> WaitingLine::next(const std::function<DisciplineKey(std::uint32_t)>& key,
                                             const std::function<bool(std::uint32_t)>& eligible) const {
    std::optional<std::size_t> best;
    DisciplineKey bestKey;
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (eligible && !eligible(m_ids[i])) continue;
        if (m_discipline == QueueDiscipline::Fifo) return i;  // arrival order is the key
        DisciplineKey k = key(m_ids[i]);
        if (!best || k < bestKey) {
            best = i;
            bestKey = k;
        }
    }
    return best;
}

std::uint32_t WaitingLine::takeAt(std::size_t index) {
    const std::uint32_t id = m_ids[index];
    if (index == 0) m_ids.pop_front();
    else m_ids.erase(m_ids.begin() + static_cast<std::ptrdiff_t>(index));
    return id;
}

}  // namespace pujiang
