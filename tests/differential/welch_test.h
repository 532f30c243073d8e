#pragma once
// Welch's two-sample t test on the means of two samples with possibly unequal variances, as used
// by the differential test. Missing observations (NaN, a metric with no value in a replication)
// are left out of either sample.

#include <cstddef>
#include <vector>

namespace pujiang {

struct WelchResult {
    std::size_t countA = 0, countB = 0;  // observations with a value
    double meanA = 0.0, meanB = 0.0;
    double sdA = 0.0, sdB = 0.0;
    double t = 0.0;
    double degreesOfFreedom = 0.0;
    double pValue = 1.0;      // two-sided
    bool comparable = false;  // false when a sample has fewer than two observations
};

WelchResult welchTest(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace pujiang
