#pragma once
// Equality of result arrays where a cell may have no value (NaN): two cells are the same when
// both lack a value or both hold the same number. gtest's == would call two empty cells unequal.

#include <array>
#include <cmath>
#include <cstddef>
#include <string>

#include <gtest/gtest.h>

#include "sim/reception/day_result.h"

namespace pujiang::testing {

template <std::size_t N>
::testing::AssertionResult sameValues(const std::array<double, N>& a, const std::array<double, N>& b) {
    for (std::size_t i = 0; i < N; ++i) {
        const bool same = (std::isnan(a[i]) && std::isnan(b[i])) || a[i] == b[i];
        if (!same)
            return ::testing::AssertionFailure()
                   << "cell " << i << (N == kMetricCount ? " (" + std::string(metricNames()[i]) + ")" : std::string())
                   << " differs: " << a[i] << " vs " << b[i];
    }
    return ::testing::AssertionSuccess();
}

}  // namespace pujiang::testing
