#pragma once
// A second, deliberately plain implementation of one reception day in day mode, written from
// docs/model.md alone. The differential test runs it next to the real model (ReceptionDay through
// runReplication) and compares the distributions of the headline metrics; two readings of the
// specification that agree on many random scenarios make it likely that both follow it.
//
// Left out on purpose (the generated scenarios never use them): the top leader's room, rooms bound
// at booking, interventions, horizon mode (stream, warm-up), curves and per-category/per-room cells.

#include <cstdint>

#include "sim/reception/day_result.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang {

// Each switch breaks exactly one rule of docs/model.md. They exist only to show that the
// differential test notices when an implementation gets that rule wrong.
struct ReferenceRules {
    // Breaks [route.fallback]: general rooms are as good as covering rooms at triage, so a batch
    // takes the free table of a general room even when a covering room has one.
    bool generalRoomsFirst = false;
    // Breaks [lawyer.max_wait]: a law-related batch waits at its table until a lawyer is free.
    bool ignoreLawyerMaxWait = false;
    // Breaks [patience.scope]: the patience clock restarts when registration ends.
    bool patienceFromRegistrationEnd = false;
    // Breaks [queue.priority]: the priority discipline serves first come, first served.
    bool priorityAsFifo = false;
    // Breaks [room.break]: rooms keep seating batches during their breaks.
    bool seatDuringBreaks = false;
    // Breaks [rebalance.take]: an idle room never takes batches from other rooms' lines.
    bool neverRebalance = false;
};

// One replication of the day; fills the overall metrics the differential test compares (see
// referenceMetrics() in the test) and leaves every other cell as no value.
DayResult referenceDay(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication,
                       const ReferenceRules& rules = {});

}  // namespace pujiang
