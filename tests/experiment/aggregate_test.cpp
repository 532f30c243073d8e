#include <gtest/gtest.h>

#include "sim/experiment/aggregate.h"

namespace pujiang {
namespace {

DayResult dayWithCurve(std::vector<double> curve) {
    DayResult r;
    r.queueTimeline = std::move(curve);
    return r;
}

// [curve.queue] Replications of a day end at different times; past its end nobody waits, so a
// shorter curve counts as 0 in the later bins, whichever replication is longer.
TEST(Aggregate, CurvesOfDaysOfDifferentLengthsAverageWithZerosAfterEachEnd) {
    CurveLayout layout;
    layout.timelineBins = 2;
    Aggregate aggregate(1, 1, layout, 1);
    aggregate.add(dayWithCurve({2.0, 4.0}));
    aggregate.add(dayWithCurve({4.0, 2.0, 6.0, 3.0}));
    aggregate.add(dayWithCurve({0.0, 6.0, 3.0}));
    const std::vector<Tally>& curve = aggregate.queueTimeline();
    ASSERT_EQ(curve.size(), 4u);
    for (const Tally& bin : curve) EXPECT_EQ(bin.count(), 3u);
    EXPECT_DOUBLE_EQ(curve[0].mean(), 2.0);
    EXPECT_DOUBLE_EQ(curve[1].mean(), 4.0);
    EXPECT_DOUBLE_EQ(curve[2].mean(), 3.0);
    EXPECT_DOUBLE_EQ(curve[3].mean(), 1.0);
    EXPECT_DOUBLE_EQ(curve[3].min(), 0.0);
}

}  // namespace
}  // namespace pujiang
