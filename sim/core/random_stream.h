#pragma once
// Named random streams. Every stream's seed is derived from (run seed, replication, stream name),
// so adding a stream, a room or a policy never shifts the numbers another stream draws
// (common random numbers across variants of a scenario).

#include <cstdint>
#include <string_view>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/taus88.hpp>

namespace pujiang {

using RandomEngine = boost::random::mt19937_64;
// Cheap to seed (three words): for the many short-lived per-entity draws where seeding a
// Mersenne Twister would cost more than the draws themselves.
using SmallEngine = boost::random::taus88;

// 64-bit mix of the three inputs; stable across platforms and releases (it is part of the
// results' reproducibility contract: change it and every golden summary changes).
std::uint64_t streamSeed(std::uint64_t runSeed, std::uint64_t replication, std::string_view name);
// SplitMix64's step: add the golden-ratio increment, then mix (docs/model.md [rng.seed_mix]).
inline std::uint64_t splitMix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
// Cheap, well-mixed combination of two 64-bit values (for seeds derived per entity). Inline: it
// runs for every per-batch engine.
inline std::uint64_t mixSeeds(std::uint64_t a, std::uint64_t b) { return splitMix64(splitMix64(a) ^ b); }

class RandomStream {
public:
    RandomStream(std::uint64_t runSeed, std::uint64_t replication, std::string_view name)
        : m_engine(streamSeed(runSeed, replication, name)) {}

    RandomEngine& engine() { return m_engine; }
    // Uniform on [0, 1).
    double uniform();
    bool bernoulli(double p) { return uniform() < p; }

private:
    RandomEngine m_engine;
};

}  // namespace pujiang
