#pragma once
// Per-batch random draws. Each (batch, purpose) pair gets its own small Boost.Random engine seeded
// from a hash of the batch's identity, so a batch's attributes, consultation time and outcome draw
// do not depend on which room serves it or in what order: common random numbers across staffing
// and policy variants, and no stream shared between batches whose use depends on the schedule.

#include <cstdint>

#include "sim/core/random_stream.h"

namespace pujiang {

enum class BatchPurpose : std::uint32_t { Attributes = 1, Registration, Triage, Consultation, Outcome, Patience };

using BatchEngine = SmallEngine;

// Root of all batch identities of one replication (derived once per replication).
std::uint64_t batchRoot(std::uint64_t runSeed, std::uint64_t replication);
// Identity of the index-th batch of one arrival source.
std::uint64_t batchKey(std::uint64_t root, std::uint32_t source, std::uint64_t index);

BatchEngine batchEngine(std::uint64_t key, BatchPurpose purpose);

}  // namespace pujiang
