#include "sim/experiment/erlang_check.h"

#include <algorithm>
#include <cmath>

#include "sim/experiment/queueing_theory.h"

namespace pujiang {

std::vector<RoomQueueEstimate> erlangEstimates(const ScenarioSpec& spec, const Aggregate& aggregate) {
    std::vector<RoomQueueEstimate> out;
    const bool horizon = spec.run.horizon > 0.0;
    const bool exponentialPatience = spec.batches.patience.kind() == DistributionKind::Exponential;
    for (std::size_t r = 0; r < spec.rooms.size(); ++r) {
        const RoomSpec& room = spec.rooms[r];
        RoomQueueEstimate e;
        e.room = room.name;
        e.tables = room.tables;
        e.meanServiceMin = room.consultation.mean() * spec.batches.complexity.mean();
        e.simulatedWaitMin = aggregate.room(r, RoomMetric::WaitMean).mean;
        e.simulatedUtilization = aggregate.room(r, RoomMetric::Utilization).mean;
        // A single room fed by the stream: the input rate. Otherwise: the simulated throughput.
        double perMinute = 0.0;
        if (horizon && spec.rooms.size() == 1 && spec.stream.enabled) {
            perMinute = 1.0 / spec.stream.interarrival.mean();
        } else {
            double minutes = horizon ? spec.run.horizon - spec.run.warmup : std::max(0.0, room.closes - room.opens);
            if (!horizon)
                for (const BreakSpec& b : room.breaks) minutes -= std::max(0.0, std::min(b.to, room.closes) - std::max(b.from, room.opens));
            perMinute = minutes > 0.0 ? aggregate.room(r, RoomMetric::BatchesReceived).mean / minutes : 0.0;
        }
        e.arrivalsPerHour = 60.0 * perMinute;
        const double load = perMinute * e.meanServiceMin;
        e.utilization = load / room.tables;
        if (perMinute <= 0.0 || e.meanServiceMin <= 0.0) {
            e.model = "Erlang C";
            out.push_back(e);
            continue;
        }
        if (exponentialPatience) {
            e.model = "Erlang A";
            const auto a = theory::erlangA(room.tables, perMinute, e.meanServiceMin, spec.batches.patience.mean());
            e.probWait = a.probWait;
            e.meanWaitMin = a.meanWaitServed;
        } else {
            e.model = "Erlang C";
            e.stable = e.utilization < 1.0;
            if (e.stable) {
                const auto c = theory::mmc(room.tables, perMinute, e.meanServiceMin);
                e.probWait = c.probWait;
                e.meanWaitMin = c.meanWait;
            }
        }
        out.push_back(e);
    }
    return out;
}

}  // namespace pujiang
