#include "sim/reception/walk_in_profile.h"

#include <algorithm>

namespace pujiang {

double nextArrivalTime(const WalkInSpec& w, double from, double exp1) {
    double remaining = exp1;
    for (std::size_t i = 0; i < w.profile.size(); ++i) {
        const double segmentStart = std::max(from, w.profile[i].from);
        const double segmentEnd = std::min(i + 1 < w.profile.size() ? w.profile[i + 1].from : w.until, w.until);
        if (segmentEnd <= segmentStart) continue;
        const double rate = w.profile[i].perHour / 60.0;  // per minute
        const double mass = rate * (segmentEnd - segmentStart);
        if (rate > 0.0 && mass >= remaining) return segmentStart + remaining / rate;
        remaining -= mass;
    }
    return kNoLimit;
}

double expectedWalkIns(const WalkInSpec& w) {
    double total = 0.0;
    for (std::size_t i = 0; i < w.profile.size(); ++i) {
        const double end = std::min(i + 1 < w.profile.size() ? w.profile[i + 1].from : w.until, w.until);
        total += std::max(0.0, end - w.profile[i].from) * w.profile[i].perHour / 60.0;
    }
    return total;
}

}  // namespace pujiang
