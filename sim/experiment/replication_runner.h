#pragma once
// Runs independent replications of one scenario on a pool of threads. Replication i always draws
// from the streams of (seed, i), and results are folded into the aggregate strictly in replication
// order through a small reorder window, so the output does not depend on the thread count and
// memory does not grow with the number of replications.

#include <cstdint>
#include <functional>
#include <span>

#include "sim/experiment/aggregate.h"
#include "sim/reception/intervention.h"
#include "sim/reception/scenario_spec.h"
#include "sim/reception/trace.h"

namespace pujiang {

struct ReplicationOptions {
    std::uint64_t seed = 1;
    int replications = 1;
    int jobs = 1;  // 0: one per hardware thread
    bool keepReplications = false;  // keep each replication's overall values (Aggregate::perReplication)
    // Called in replication order after each replication has been folded in (e.g. progress).
    std::function<void(int done, int total)> progress;
};

Aggregate runReplications(const ScenarioSpec& spec, const ReplicationOptions& options);

// One replication on the calling thread (with an optional trace).
DayResult runReplication(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication,
                         TraceSink* trace = nullptr);

// One replication with a plan of interventions, each applied once the day's clock reaches its
// `time` (after every event at or before that time), in time order. Only the time, kind, room and
// minutes of an entry count: its event count belongs to the one day it was recorded on, and
// another replication handles a different number of events by then. An entry that cannot apply in
// this replication (the room is already open, the day is over) is skipped, as the GUI would grey
// out its button. With an empty plan this is runReplication, bit for bit.
DayResult runPlannedReplication(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication,
                                std::span<const Intervention> plan, TraceSink* trace = nullptr);

int effectiveJobs(int requested);

}  // namespace pujiang
