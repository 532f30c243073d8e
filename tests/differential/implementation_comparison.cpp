#include "tests/differential/implementation_comparison.h"

#include <array>

#include <fmt/format.h>

#include "sim/experiment/replication_runner.h"
#include "sim/reception/metric_table.h"

namespace pujiang {

std::span<const Metric> comparedMetrics() {
    static constexpr std::array kMetrics = {
        Metric::BatchesArrived,  Metric::PersonsArrived,   Metric::PeopleArrived,  Metric::BatchesReceived,      Metric::PersonsReceived,
        Metric::ResolvedOnSpot,  Metric::Assigned,         Metric::Defined,              Metric::ReferredLegal,
        Metric::Reneged,         Metric::UnservedAtClose,  Metric::NoShows,              Metric::WalkInsReceived,
        Metric::AppointmentsReceived, Metric::ShareReneged, Metric::WaitMean,      Metric::WaitP50,
        Metric::WaitP90,         Metric::WaitMax,          Metric::WaitedFraction,       Metric::LawyerWaitMean,
        Metric::TimeInSystemMean, Metric::QueueLengthAvg,  Metric::MaxQueueLength,       Metric::PeopleOnSiteMax,
        Metric::RoomUtilization, Metric::LawyerUtilization, Metric::OvertimeMin,         Metric::LastDeparture,
    };
    return kMetrics;
}

std::vector<MetricComparison> ImplementationComparison::disagreements(double level) const {
    std::vector<MetricComparison> found;
    for (const MetricComparison& m : metrics)
        if (m.test.comparable && m.test.pValue < level) found.push_back(m);
    return found;
}

std::vector<MetricComparison> ImplementationComparison::notComparable() const {
    std::vector<MetricComparison> found;
    for (const MetricComparison& m : metrics)
        if (!m.test.comparable) found.push_back(m);
    return found;
}

ImplementationComparison compareWithReference(const ScenarioSpec& spec, std::uint64_t seed, int replications,
                                              const ReferenceRules& rules) {
    const std::span<const Metric> metrics = comparedMetrics();
    std::vector<std::vector<double>> model(metrics.size()), reference(metrics.size());
    for (int rep = 0; rep < replications; ++rep) {
        const auto r = static_cast<std::uint64_t>(rep);
        const DayResult a = runReplication(spec, seed, r);
        const DayResult b = referenceDay(spec, seed, r, rules);
        for (std::size_t i = 0; i < metrics.size(); ++i) {
            model[i].push_back(a[metrics[i]]);
            reference[i].push_back(b[metrics[i]]);
        }
    }
    ImplementationComparison comparison;
    for (std::size_t i = 0; i < metrics.size(); ++i)
        comparison.metrics.push_back({metrics[i], welchTest(model[i], reference[i])});
    return comparison;
}

std::string describeComparison(const MetricComparison& c) {
    const WelchResult& w = c.test;
    return fmt::format("{}: model {:.4g} (sd {:.3g}, n {}) vs reference {:.4g} (sd {:.3g}, n {}), t = {:.2f}, p = {:.2g}",
                       metricInfo(c.metric).name, w.meanA, w.sdA, w.countA, w.meanB, w.sdB, w.countB, w.t,
                       w.pValue);
}

}  // namespace pujiang
