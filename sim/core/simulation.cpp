#include "sim/core/simulation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pujiang {

void Simulation::throwScheduledInThePast() { throw std::logic_error("event scheduled before the current time"); }

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
