#include "sim/reception/waiting_line.h"

#include <algorithm>

namespace pujiang {

bool WaitingLine::remove(std::uint32_t id) {
    auto it = std::find(m_ids.begin(), m_ids.end(), id);
    if (it == m_ids.end()) return false;
    m_ids.erase(it);
    return true;
}

std::uint32_t WaitingLine::takeAt(std::size_t index) {
    const std::uint32_t id = m_ids[index];
    if (index == 0) m_ids.pop_front();
    else m_ids.erase(m_ids.begin() + static_cast<std::ptrdiff_t>(index));
    return id;
}

}  // namespace pujiang
