#include <gtest/gtest.h>

#include "sim/reception/walk_in_profile.h"

namespace pujiang {
namespace {

WalkInSpec profile() {
    WalkInSpec w;
    w.profile = {{480.0, 6.0}, {600.0, 0.0}, {720.0, 3.0}};  // 6/h 08-10, none 10-12, 3/h 12-16
    w.until = 960.0;
    return w;
}

// [arrive.walkin.until]
TEST(WalkInProfile, InvertsTheCumulativeRate) {
    const WalkInSpec w = profile();
    // 6/h = 0.1/min: one unit of hazard takes 10 minutes.
    EXPECT_DOUBLE_EQ(nextArrivalTime(w, 480.0, 1.0), 490.0);
    // From 09:55, 0.5 units remain before 10:00; the rest (0.5) at 0.05/min after 12:00 = 10 min.
    EXPECT_DOUBLE_EQ(nextArrivalTime(w, 595.0, 1.0), 730.0);
    // Before the profile starts, time waits for it.
    EXPECT_DOUBLE_EQ(nextArrivalTime(w, 0.0, 1.0), 490.0);
    // Total hazard left after 15:00 is 3; asking for more never arrives.
    EXPECT_EQ(nextArrivalTime(w, 900.0, 3.5), kNoLimit);
}

TEST(WalkInProfile, ExpectedCountIsTheIntegratedRate) {
    EXPECT_DOUBLE_EQ(expectedWalkIns(profile()), 12.0 + 0.0 + 12.0);
}

}  // namespace
}  // namespace pujiang
