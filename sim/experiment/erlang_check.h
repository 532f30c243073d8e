#pragma once
// The analytic cross-check `pujiang plan` prints beside each simulated room: the room as a
// stationary M/M/c queue (Erlang C), or M/M/c+M (Erlang A) when visitors' patience is exponential.
// On a day the arrival rate is the room's simulated throughput over its open hours, so the
// estimate shows what steady-state theory would say at that load, not a prediction of the day.

#include <string>
#include <vector>

#include "sim/experiment/aggregate.h"

namespace pujiang {

struct RoomQueueEstimate {
    std::string room;
    std::string model;           // "Erlang C" or "Erlang A"
    int tables = 0;
    double arrivalsPerHour = 0.0;
    double meanServiceMin = 0.0;
    double utilization = 0.0;    // offered load / tables
    bool stable = true;          // Erlang C needs utilisation < 1
    double probWait = 0.0;
    double meanWaitMin = 0.0;    // of those served (Erlang A) or of all (Erlang C)
    double simulatedWaitMin = 0.0;
    double simulatedUtilization = 0.0;
};

std::vector<RoomQueueEstimate> erlangEstimates(const ScenarioSpec& spec, const Aggregate& aggregate);

}  // namespace pujiang
