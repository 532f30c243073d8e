#include "sim/reception/batch_random.h"

#include "sim/core/random_stream.h"

namespace pujiang {

std::uint64_t batchKey(std::uint64_t runSeed, std::uint64_t replication, std::uint32_t source, std::uint64_t index) {
    const std::uint64_t base = streamSeed(runSeed, replication, "batch");
    return streamSeed(base, (static_cast<std::uint64_t>(source) << 56) ^ index, "batch.identity");
}

BatchEngine batchEngine(std::uint64_t key, BatchPurpose purpose) {
    const std::uint64_t mixed = streamSeed(key, static_cast<std::uint64_t>(purpose), "batch.purpose");
    // taus88 takes a 32-bit seed; fold both halves so no bits of the hash are wasted.
    return BatchEngine(static_cast<std::uint32_t>(mixed ^ (mixed >> 32)));
}

}  // namespace pujiang
