#include "sim/experiment/staffing_cost.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pujiang {

const std::vector<std::string>& costNames() {
    static const std::vector<std::string> kNames = {"staff_hours", "tables"};
    return kNames;
}

double staffingCost(const ScenarioSpec& spec, const std::string& name) {
    const bool horizon = spec.run.horizon > 0.0;
    const double dayMinutes = horizon ? spec.run.horizon : std::max(0.0, spec.day.closes - spec.day.opens);
    if (name == "tables") {
        double tables = 0.0;
        for (const RoomSpec& r : spec.rooms) tables += r.tables;
        return tables;
    }
    if (name != "staff_hours") throw std::invalid_argument("unknown cost '" + name + "'");
    double minutes = 0.0;
    for (const RoomSpec& r : spec.rooms) {
        double open = horizon ? spec.run.horizon : std::max(0.0, std::min(r.closes, spec.day.closes + 24 * 60) - r.opens);
        if (!horizon)
            for (const BreakSpec& b : r.breaks) open -= std::max(0.0, std::min(b.to, r.closes) - std::max(b.from, r.opens));
        minutes += r.tables * open;
    }
    const double lawyerMinutes = horizon || !std::isfinite(spec.lawyers.closes)
                                     ? dayMinutes
                                     : std::max(0.0, spec.lawyers.closes - spec.lawyers.opens);
    minutes += spec.lawyers.count * lawyerMinutes + spec.registration.desks * dayMinutes;
    return minutes / 60.0;
}

}  // namespace pujiang
