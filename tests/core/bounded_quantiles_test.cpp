// Quantiles in bounded memory (bounded_quantiles.h): exact up to kExactValues values (the same
// figures as quantileInPlace), within kRelativeError of the exact figure beyond, with zeros and
// the extremes handled, and no value kept once binned.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <boost/random/exponential_distribution.hpp>

#include "sim/core/bounded_quantiles.h"
#include "sim/core/random_stream.h"
#include "sim/core/statistics.h"

namespace pujiang {
namespace {

// Waits as a queue gives them: a third zero, the rest exponential with mean 10.
std::vector<double> waits(std::size_t n, std::uint64_t seed) {
    RandomStream rng(seed, 0, "waits");
    std::vector<double> out;
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(rng.uniform() < 1.0 / 3.0 ? 0.0 : boost::random::exponential_distribution<double>(0.1)(rng.engine()));
    return out;
}

TEST(BoundedQuantiles, UpToTheLimitTheFiguresAreExactlyThoseOfTheWholeSample) {
    for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{1000}, BoundedQuantiles::kExactValues}) {
        const std::vector<double> sample = waits(n, n);
        BoundedQuantiles q;
        for (double x : sample) q.add(x);
        ASSERT_TRUE(q.exact()) << n;
        const std::vector<double> got = q.quantiles({0.5, 0.9, 0.0, 1.0});
        for (std::size_t i = 0; i < 4; ++i) {
            std::vector<double> copy = sample;
            EXPECT_EQ(got[i], quantileInPlace(copy, std::vector<double>{0.5, 0.9, 0.0, 1.0}[i])) << n << " " << i;
        }
    }
}

TEST(BoundedQuantiles, BeyondTheLimitTheFiguresAreWithinTheStatedError) {
    const std::vector<double> sample = waits(3 * BoundedQuantiles::kExactValues + 17, 5);
    BoundedQuantiles q;
    for (double x : sample) q.add(x);
    ASSERT_FALSE(q.exact());
    EXPECT_EQ(q.count(), sample.size());
    const std::vector<double> ps = {0.2, 0.5, 0.9, 0.99, 1.0};
    const std::vector<double> got = q.quantiles({0.2, 0.5, 0.9, 0.99, 1.0});
    for (std::size_t i = 0; i < ps.size(); ++i) {
        std::vector<double> copy = sample;
        const double exact = quantileInPlace(copy, ps[i]);
        EXPECT_LE(std::fabs(got[i] - exact), BoundedQuantiles::kRelativeError * exact) << ps[i];
        // Not exact by chance: the bins are coarse enough to show (the test measures the bound).
        if (ps[i] >= 0.5) {
            EXPECT_NE(got[i], exact) << ps[i];
        }
    }
    // The 20 % quantile falls among the zeros, which are kept exactly.
    EXPECT_EQ(got[0], 0.0);
}

TEST(BoundedQuantiles, ExtremesFallInTheEndBins) {
    BoundedQuantiles q;
    for (std::size_t i = 0; i <= BoundedQuantiles::kExactValues; ++i) q.add(i % 2 == 0 ? 1e-12 : 1e15);
    ASSERT_FALSE(q.exact());
    q.add(std::numeric_limits<double>::infinity());  // counts in the last bin (no undefined conversion)
    const std::vector<double> got = q.quantiles({0.0, 1.0});
    EXPECT_LT(got[0], 1e-6);
    EXPECT_GT(got[0], 0.0);
    EXPECT_GT(got[1], 1e11);  // the last bin: 2^38.5 or so, far below 1e15 (documented)
    BoundedQuantiles none;
    EXPECT_TRUE(none.quantiles({0.5}).empty());
}

}  // namespace
}  // namespace pujiang
