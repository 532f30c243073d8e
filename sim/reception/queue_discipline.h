#pragma once
// The orders of a waiting line (docs/model.md, section 10): each discipline is a key, the
// smallest served first, ties to the earlier place in the line (WaitingLine::next).

#include "sim/reception/batch.h"
#include "sim/reception/waiting_line.h"

namespace pujiang {

// [queue.fifo] First in line.
inline DisciplineKey fifoKey(const Batch& b) { return {static_cast<double>(b.serial), 0.0}; }

// [queue.appointments_first] Appointments whose slot has begun, by slot, then everyone else by arrival.
inline DisciplineKey appointmentsFirstKey(const Batch& b, double now) {
    const bool due = b.source == ArrivalSource::Appointment && b.appointmentTime <= now;
    return due ? DisciplineKey{b.appointmentTime - 1e9, static_cast<double>(b.serial)} : fifoKey(b);
}

// [queue.priority] Highest class first, within a class by arrival.
inline DisciplineKey priorityClassKey(const Batch& b) {
    return {static_cast<double>(b.priorityClass), static_cast<double>(b.serial)};
}

// [queue.sef] The shortest expected consultation first (`expectedMinutes` at this room, or the
// batch's complexity where no room is known yet), then by arrival.
inline DisciplineKey shortestExpectedKey(const Batch& b, double expectedMinutes) {
    return {expectedMinutes, static_cast<double>(b.serial)};
}

}  // namespace pujiang
