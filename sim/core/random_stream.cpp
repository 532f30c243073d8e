#include "sim/core/random_stream.h"

#include <boost/random/uniform_01.hpp>

namespace pujiang {

namespace {

std::uint64_t splitMix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

}  // namespace

std::uint64_t streamSeed(std::uint64_t runSeed, std::uint64_t replication, std::string_view name) {
    std::uint64_t h = splitMix64(runSeed);
    h = splitMix64(h ^ replication);
    return splitMix64(h ^ fnv1a(name));
}

std::uint64_t mixSeeds(std::uint64_t a, std::uint64_t b) { return splitMix64(splitMix64(a) ^ b); }

double RandomStream::uniform() {
    boost::random::uniform_01<double> u;
    return u(m_engine);
}

}  // namespace pujiang
