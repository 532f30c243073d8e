#include "sim/reception/batch_random.h"

#include "sim/core/random_stream.h"

namespace pujiang {

std::uint64_t batchRoot(std::uint64_t runSeed, std::uint64_t replication) {
    return streamSeed(runSeed, replication, "batch");
}

std::uint64_t batchKey(std::uint64_t root, std::uint32_t source, std::uint64_t index) {
    return mixSeeds(root, (static_cast<std::uint64_t>(source) << 56) ^ index);
}

BatchEngine batchEngine(std::uint64_t key, BatchPurpose purpose) {
    const std::uint64_t mixed = mixSeeds(key, static_cast<std::uint64_t>(purpose));
    // taus88 takes a 32-bit seed; fold both halves so no bits of the hash are wasted.
    return BatchEngine(static_cast<std::uint32_t>(mixed ^ (mixed >> 32)));
}

}  // namespace pujiang
