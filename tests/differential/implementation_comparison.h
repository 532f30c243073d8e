#pragma once
// Runs the real model (runReplication) and the reference model (referenceDay) on one scenario for
// the same replications and compares, metric by metric, the means of the two samples with Welch's
// t test. Each implementation draws from its own streams, so the samples are independent.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sim/reception/day_result.h"
#include "sim/reception/scenario_spec.h"
#include "tests/differential/reference_day.h"
#include "tests/differential/welch_test.h"

namespace pujiang {

// The overall metrics both implementations are compared on.
std::span<const Metric> comparedMetrics();

struct MetricComparison {
    Metric metric{};
    WelchResult test;  // A: the real model, B: the reference
};

struct ImplementationComparison {
    std::vector<MetricComparison> metrics;  // in comparedMetrics() order

    // Comparable metrics whose p-value is below `level`.
    std::vector<MetricComparison> disagreements(double level) const;
    // Metrics that could not be compared (fewer than two values on a side).
    std::vector<MetricComparison> notComparable() const;
};

ImplementationComparison compareWithReference(const ScenarioSpec& spec, std::uint64_t seed, int replications,
                                              const ReferenceRules& rules = {});

// "wait_min.mean: model 12.3 (sd 4.5, n 200) vs reference 10.1 (sd 4.0, n 200), t = 5.2, p = 3e-07"
std::string describeComparison(const MetricComparison& comparison);

}  // namespace pujiang
