#pragma once
// One petition batch (批次): the representatives who are received together, plus companions on site.

#include <cstdint>

#include "sim/reception/scenario_spec.h"

namespace pujiang {

enum class ArrivalSource : std::uint8_t { Appointment, WalkIn, Stream };

enum class BatchState : std::uint8_t {
    Free,             // slot in the pool is unused
    Expected,         // appointment scheduled, not yet arrived
    WaitingRegistration,
    Registering,
    WaitingRoom,
    WaitingLawyer,    // holds a table, waits for a lawyer from the pool
    InConsultation,
};

inline constexpr std::uint32_t kNoRoom = 0xFFFFFFFFu;

struct Batch {
    std::uint64_t key = 0;        // identity for per-batch random draws: (source, index) hashed with the seed
    std::uint64_t serial = 0;     // arrival order, for FIFO ties
    std::uint32_t generation = 0; // bumped on every state change that obsoletes pending timers
    BatchState state = BatchState::Free;
    ArrivalSource source = ArrivalSource::WalkIn;
    std::uint16_t category = 0;
    std::uint8_t priorityClass = 0;  // rank in the scenario's priority order (0 = highest)
    std::uint8_t streamClass = 0;    // class index of a stream arrival (class_shares)
    std::uint16_t groupSize = 1;
    std::uint16_t companions = 0;
    bool lawRelated = false, repeat = false, longStanding = false, urgent = false, collective = false;
    bool prepared = false;
    bool unmatched = false;    // received by a team that does not cover its category
    bool anyRoom = false;      // no room covers its category: any ordinary room may take it
    bool topSelected = false;  // triage sent it to the top leader's room
    bool measured = true;      // arrived after the warm-up: counts in the statistics
    bool withLawyer = false;
    bool calledLawyer = false;  // the lawyer sitting in was called in by hand (not the planned pool)
    bool decided = false;       // a decision (training) fixed its outcome: decidedOutcome, not a draw
    bool injected = false;      // brought by an arrive intervention (counts as a walk-in)
    bool sent = false;          // the coordinator sent it to its bound room's leader: seated before the rest
                                // of that room's line
    Outcome decidedOutcome = Outcome::OnSpot;
    double complexity = 1.0;
    double appointmentTime = 0.0;    // slot start (appointments only)
    double arrivalTime = 0.0;
    double patienceEnd = kNoLimit;   // absolute time at which the batch gives up waiting
    double queueEntryTime = 0.0;     // when the current wait began
    double waitedSoFar = 0.0;        // queue time accumulated in earlier queues
    double serviceStart = 0.0;
    double consultationMinutes = 0.0;
    std::uint32_t boundRoom = kNoRoom;   // appointment slot's room
    std::uint32_t targetRoom = kNoRoom;  // room whose queue holds it, or which receives it
};

}  // namespace pujiang
