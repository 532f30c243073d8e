#include "sim/core/random_stream.h"

#include <boost/random/uniform_01.hpp>

namespace pujiang {

namespace {

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

double RandomStream::uniform() {
    boost::random::uniform_01<double> u;
    return u(m_engine);
}

}  // namespace pujiang
