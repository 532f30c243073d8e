#include "bench/minimal_mmc.h"

#include <deque>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>

namespace pujiang::bench {

MinimalResult runMinimalMMc(int servers, double arrivalRate, double meanService, std::uint64_t customers,
                            std::uint64_t seed) {
    using Entry = std::pair<double, int>;  // (time, 0 = arrival / 1 = departure)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> events;
    std::deque<double> waiting;  // arrival times
    boost::random::mt19937_64 arrivals(seed), services(seed + 1);
    boost::random::exponential_distribution<double> gap(arrivalRate), service(1.0 / meanService);
    int free = servers;
    std::uint64_t arrived = 0;
    MinimalResult result;
    double waitSum = 0.0;
    events.push({gap(arrivals), 0});
    while (!events.empty()) {
        const auto [now, kind] = events.top();
        events.pop();
        if (kind == 0) {
            if (++arrived < customers) events.push({now + gap(arrivals), 0});
            if (free > 0) {
                --free;
                ++result.served;
                events.push({now + service(services), 1});
            } else {
                waiting.push_back(now);
            }
        } else if (!waiting.empty()) {
            waitSum += now - waiting.front();
            waiting.pop_front();
            ++result.served;
            events.push({now + service(services), 1});
        } else {
            ++free;
        }
    }
    result.meanWait = waitSum / static_cast<double>(result.served);
    return result;
}

}  // namespace pujiang::bench
