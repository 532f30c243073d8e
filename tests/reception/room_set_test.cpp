// The room indexes routing walks (room_set.h): members in ascending order across 64-room words,
// and a walk that sees rooms added or dropped ahead of it, as a walk over every room would.

#include <gtest/gtest.h>

#include <vector>

#include "sim/core/random_stream.h"
#include "sim/reception/room_set.h"

namespace pujiang {
namespace {

std::vector<std::uint32_t> members(const RoomSet& set) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t r = set.next(0); r != RoomSet::kNone; r = set.next(r + 1)) out.push_back(r);
    return out;
}

TEST(RoomSet, WalksItsMembersInAscendingOrderAcrossWords) {
    RoomSet set(200);
    EXPECT_TRUE(members(set).empty());
    EXPECT_TRUE(set.empty());
    for (std::uint32_t r : {199u, 0u, 63u, 64u, 127u, 128u, 5u}) set.assign(r, true);
    EXPECT_EQ(members(set), (std::vector<std::uint32_t>{0, 5, 63, 64, 127, 128, 199}));
    set.assign(64, false);
    set.assign(64, false);  // dropping twice is dropping once
    EXPECT_FALSE(set.contains(64));
    EXPECT_TRUE(set.contains(63));
    EXPECT_EQ(set.next(64), 127u);
    EXPECT_EQ(set.next(200), RoomSet::kNone);
    EXPECT_FALSE(set.empty());
    for (std::uint32_t r : {199u, 0u, 63u, 127u, 128u, 5u}) set.assign(r, false);
    EXPECT_TRUE(set.empty());
}

TEST(RoomSet, AgreesWithAPlainListUnderRandomChanges) {
    RandomStream rng(3, 0, "room-set");
    constexpr std::uint32_t kRooms = 150;
    RoomSet set(kRooms);
    std::vector<bool> plain(kRooms, false);
    for (int step = 0; step < 5000; ++step) {
        const auto r = static_cast<std::uint32_t>(rng.uniform() * kRooms);
        const bool member = rng.uniform() < 0.5;
        set.assign(r, member);
        plain[r] = member;
        const auto from = static_cast<std::uint32_t>(rng.uniform() * (kRooms + 1));
        std::uint32_t expected = RoomSet::kNone;
        for (std::uint32_t k = from; k < kRooms; ++k)
            if (plain[k]) {
                expected = k;
                break;
            }
        ASSERT_EQ(set.next(from), expected) << "step " << step;
    }
}

TEST(RoomSet, AWalkSeesChangesAheadOfIt) {
    RoomSet set(100);
    set.assign(10, true);
    set.assign(90, true);
    std::vector<std::uint32_t> seen;
    for (std::uint32_t r = set.next(0); r != RoomSet::kNone; r = set.next(r + 1)) {
        seen.push_back(r);
        if (r == 10) {
            set.assign(50, true);   // ahead: visited
            set.assign(90, false);  // ahead: not visited
            set.assign(5, true);    // behind: not visited
        }
    }
    EXPECT_EQ(seen, (std::vector<std::uint32_t>{10, 50}));
}

}  // namespace
}  // namespace pujiang
