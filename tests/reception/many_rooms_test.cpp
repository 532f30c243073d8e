// Days of 130 rooms (three 64-room words of the routing indexes, room_set.h) under each routing
// policy, with and without rebalancing: the trace of each day is pinned to the hash it had when
// routing walked every room at every arrival and freed table (before the indexes). The indexes
// must pick the same rooms in the same order, so these days must not change by a single event.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "sim/reception/reception_day.h"
#include "sim/reception/spec_builders.h"
#include "tests/reception/trace_hash.h"

namespace pujiang {
namespace {

// busyDaySpec's day with 130 ordinary rooms: 1-3 tables, two categories each (some none, some
// general), staggered breaks and closing times, every queue discipline, bound appointments.
ScenarioSpec manyRooms(bool rebalance, RoutingPolicy routing) {
    constexpr int kRooms = 130;
    ScenarioSpec spec = busyDaySpec();
    spec.rebalance = rebalance;
    spec.routing = routing;
    spec.walkIns.profile = {{7.5 * 60, 12.0 * kRooms / 14}, {10 * 60, 4.0 * kRooms / 14}, {14 * 60, 2.0 * kRooms / 14}};
    spec.appointments.count = 6 * kRooms;
    spec.registration.desks = 2 + kRooms / 3;
    spec.appointments.bindRoom = true;
    const RoomSpec model = spec.rooms[1];
    spec.rooms.resize(1);  // the top leader's room stays
    const std::size_t categories = spec.categories.size();
    for (int r = 0; r < kRooms; ++r) {
        RoomSpec room = model;
        room.name = "room " + std::to_string(r);
        room.tables = 1 + r % 3;
        room.departments = {spec.categories[static_cast<std::size_t>(r) % categories].code,
                            spec.categories[static_cast<std::size_t>(r * 7 + 3) % categories].code};
        if (r % 17 == 5) room.general = true;
        if (r % 11 == 0) room.departments.clear();
        room.breaks = {{(11.5 + 0.25 * (r % 5)) * 60, (12.5 + 0.25 * (r % 5)) * 60}};
        room.closes = (15.5 + 0.5 * (r % 4)) * 60;
        room.discipline = static_cast<QueueDiscipline>(r % 4);
        spec.rooms.push_back(room);
    }
    return spec;
}

struct PinnedDay {
    bool rebalance;
    RoutingPolicy routing;
    std::uint64_t replication;
    std::uint64_t hash;
    std::uint64_t records;
};

TEST(ManyRooms, DaysAreTheSameAsWhenRoutingWalkedEveryRoom) {
    const PinnedDay pinned[] = {
        {false, RoutingPolicy::WaitForMatch, 0, 0xd33b231c9c60233cULL, 7840},
        {false, RoutingPolicy::WaitForMatch, 1, 0x0749f3fb1eaa53daULL, 8010},
        {false, RoutingPolicy::AnyFreeRoom, 0, 0x1a46b73bb471ba8dULL, 7841},
        {false, RoutingPolicy::GeneralRoom, 1, 0x6174fc2a27cafbe6ULL, 8013},
        {true, RoutingPolicy::WaitForMatch, 0, 0xff17d2aa445d646dULL, 7839},
        {true, RoutingPolicy::WaitForMatch, 1, 0x323ac6cde76d12aaULL, 8013},
        {true, RoutingPolicy::AnyFreeRoom, 1, 0x33ee31e86ff74014ULL, 8013},
        {true, RoutingPolicy::GeneralRoom, 0, 0xae884e94c4c12e4eULL, 7841},
    };
    for (const PinnedDay& p : pinned) {
        const ScenarioSpec spec = manyRooms(p.rebalance, p.routing);
        testing::TraceHash trace;
        ReceptionDay day(spec, 7, p.replication, &trace);
        day.runToEnd();
        EXPECT_EQ(trace.count, p.records) << p.rebalance << " " << static_cast<int>(p.routing) << " " << p.replication;
        EXPECT_EQ(trace.hash, p.hash) << p.rebalance << " " << static_cast<int>(p.routing) << " " << p.replication;
    }
}

}  // namespace
}  // namespace pujiang
