#include "sim/report/golden_summary.h"

#include <fmt/format.h>

namespace pujiang {

void writeGoldenSummary(std::ostream& out, const ScenarioSpec& spec, const Aggregate& aggregate) {
    out << fmt::format("# golden summary of {}: seed {}, {} replications\n", spec.name, spec.run.seed,
                       aggregate.replications());
    out << "# metric mean sd (7 significant digits)\n";
    for (std::size_t m = 0; m < kMetricCount; ++m) {
        const Summary s = aggregate.overall(static_cast<Metric>(m));
        out << fmt::format("{} {:.7g} {:.7g}\n", metricNames()[m], s.mean, s.sd);
    }
    for (std::size_t r = 0; r < aggregate.roomCount(); ++r)
        out << fmt::format("room[{}].batches_received {:.7g}\n", r,
                           aggregate.room(r, RoomMetric::BatchesReceived).mean);
}

}  // namespace pujiang
