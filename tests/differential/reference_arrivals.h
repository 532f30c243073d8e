#pragma once
// Arrivals and batch attributes for the reference day model, written from docs/model.md §5–§6
// only (not from sim/reception), so that the differential test compares two independent readings
// of the specification. The reference draws from its own random engines: it must reproduce the
// model's distributions, not its numbers.

#include <limits>
#include <vector>

#include "sim/core/random_stream.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang::reference {

inline constexpr double kNever = std::numeric_limits<double>::infinity();

// What a batch is like, fixed when it is created (§5).
struct BatchTraits {
    int category = 0;
    bool collective = false;
    bool lawRelated = false;
    bool repeat = false;
    bool longStanding = false;
    bool urgent = false;
    bool prepared = false;        // only appointment batches can be prepared
    int receivedPersons = 1;      // the batch's group size
    int companions = 0;
    double complexity = 1.0;      // long-standing factor included
    int priorityRank = 0;         // [batch.priority_class]
};

// One booking that will come: its slot start and arrival time ([arrive.appt.*]).
struct Booking {
    double slotStart = 0.0;
    double arrival = 0.0;
};

// Slot starts after leaving out the no-slot windows ([arrive.appt.slots]).
std::vector<double> appointmentSlotStarts(const AppointmentSpec& appointments);

// The bookings that show up, in booking order; `noShows` receives the number that did not.
std::vector<Booking> drawBookings(const AppointmentSpec& appointments, RandomEngine& engine, int& noShows);

// First time t >= from at which the walk-in rate integrated over [from, t] reaches `exposure`
// (an Exp(1) draw); kNever when the rate runs out first ([arrive.walkin.poisson], [.until]).
double walkInTimeAfter(const WalkInSpec& walkIns, double from, double exposure);

BatchTraits drawBatchTraits(const ScenarioSpec& spec, bool isAppointment, RandomEngine& engine);

}  // namespace pujiang::reference
