#include "tests/differential/reference_arrivals.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <boost/random/uniform_01.hpp>

namespace pujiang::reference {

namespace {

double uniform01(RandomEngine& engine) { return boost::random::uniform_01<double>{}(engine); }

// Index picked by one uniform from relative weights ([batch.category]).
int pickByShare(const std::vector<double>& shares, double u) {
    double total = 0.0;
    for (double s : shares) total += s;
    double cumulative = 0.0;
    for (std::size_t i = 0; i + 1 < shares.size(); ++i) {
        cumulative += shares[i] / total;
        if (cumulative > u) return static_cast<int>(i);
    }
    return static_cast<int>(shares.size()) - 1;
}

bool matchesPriorityClass(const std::string& name, const BatchTraits& traits, bool isAppointment,
                          const ScenarioSpec& spec) {
    if (name == "urgent") return traits.urgent;
    if (name == "collective") return traits.collective;
    if (name == "appointment") return isAppointment;
    if (name == "long_standing") return traits.longStanding;
    if (name == "repeat") return traits.repeat;
    if (name == "law_related") return traits.lawRelated;
    if (name == "other") return true;
    // Without stream class shares every batch is in class 0 ([batch.stream_class]).
    if (name == "class0") return spec.stream.classShares.empty();
    if (name.starts_with("class")) return false;
    const std::string prefix = "category:";
    if (name.starts_with(prefix)) return spec.categories[traits.category].code == name.substr(prefix.size());
    return false;
}

}  // namespace

std::vector<double> appointmentSlotStarts(const AppointmentSpec& a) {
    std::vector<double> starts;
    for (double t = a.firstSlot; t + a.slotLength <= a.lastSlotEnd + 1e-9; t += a.slotLength) {
        const bool overlapsWindow = std::any_of(a.noSlots.begin(), a.noSlots.end(), [&](const BreakSpec& w) {
            return t < w.to && t + a.slotLength > w.from;
        });
        if (!overlapsWindow) starts.push_back(t);
    }
    if (starts.empty() && a.noSlots.empty()) starts.push_back(a.firstSlot);
    return starts;
}

std::vector<Booking> drawBookings(const AppointmentSpec& a, RandomEngine& engine, int& noShows) {
    noShows = 0;
    std::vector<Booking> bookings;
    const std::vector<double> slots = appointmentSlotStarts(a);
    if (slots.empty()) return bookings;
    const auto slotCount = static_cast<long long>(slots.size());
    for (long long i = 0; i < a.count; ++i) {
        const long long slot = a.perSlot > 0 ? std::min(slotCount - 1, i / a.perSlot) : i * slotCount / a.count;
        const bool noShow = uniform01(engine) < a.noShowProbability;
        const double offset = a.offset.sample(engine);
        if (noShow) {
            ++noShows;
            continue;
        }
        bookings.push_back({slots[slot], std::max(0.0, slots[slot] + offset)});
    }
    return bookings;
}

double walkInTimeAfter(const WalkInSpec& w, double from, double exposure) {
    const std::vector<RatePoint>& points = w.profile;
    double remaining = exposure;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double segmentEnd = std::min(i + 1 < points.size() ? points[i + 1].from : w.until, w.until);
        const double start = std::max(from, points[i].from);
        const double perMinute = points[i].perHour / 60.0;
        if (segmentEnd <= start || perMinute <= 0.0) continue;
        const double mass = perMinute * (segmentEnd - start);
        if (mass >= remaining) return std::min(segmentEnd, start + remaining / perMinute);
        remaining -= mass;
    }
    return kNever;
}

BatchTraits drawBatchTraits(const ScenarioSpec& spec, bool isAppointment, RandomEngine& engine) {
    const BatchSpec& b = spec.batches;
    BatchTraits t;
    std::vector<double> shares;
    for (const CategorySpec& c : spec.categories) shares.push_back(c.share);
    t.category = pickByShare(shares, uniform01(engine));
    const CategorySpec& category = spec.categories[t.category];
    t.collective = uniform01(engine) < category.collectiveProne;
    const double ordinarySize = b.groupSize.sample(engine);
    const double collectiveSize = b.collectiveGroupSize.sample(engine);
    const double extraCompanions = b.companions.sample(engine);
    const int onSite = std::max(1, static_cast<int>(std::round(t.collective ? collectiveSize : ordinarySize)));
    t.receivedPersons = std::clamp(std::min(onSite, b.maxReceived), 1, 65535);
    t.companions = std::clamp(onSite - t.receivedPersons + std::max(0, static_cast<int>(std::round(extraCompanions))),
                              0, 65535);
    t.lawRelated = uniform01(engine) < category.lawRelatedProbability;
    t.repeat = uniform01(engine) < b.repeatProbability;
    t.longStanding = uniform01(engine) < b.longStandingProbability;
    t.urgent = uniform01(engine) < b.urgentProbability;
    t.prepared = isAppointment && uniform01(engine) < spec.appointments.preparedProbability;
    t.complexity = b.complexity.sample(engine) * (t.longStanding ? b.longStandingComplexity : 1.0);

    const std::vector<std::string>& classes = spec.priority.classes;
    t.priorityRank = static_cast<int>(classes.size());
    for (std::size_t k = 0; k < classes.size(); ++k) {
        if (matchesPriorityClass(classes[k], t, isAppointment, spec)) {
            t.priorityRank = static_cast<int>(k);
            break;
        }
    }
    return t;
}

}  // namespace pujiang::reference
