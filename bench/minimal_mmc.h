#pragma once
// The yardstick: M/M/c written as the shortest correct event loop we could write by hand, a
// std::priority_queue of (time, kind) and a FIFO of arrival times. The engine benchmarks are
// quoted as ratios against this.

#include <cstdint>

namespace pujiang::bench {

struct MinimalResult {
    std::uint64_t served = 0;
    double meanWait = 0.0;
};

MinimalResult runMinimalMMc(int servers, double arrivalRate, double meanService, std::uint64_t customers,
                            std::uint64_t seed);

}  // namespace pujiang::bench
