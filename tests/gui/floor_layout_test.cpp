// Floor geometry: areas do not overlap, every batch on site has exactly one token, in the area of
// its stage, and a batch keeps its table while others come and go.

#include <cmath>

#include <gtest/gtest.h>

#include "gui/floor_layout.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::gui {
namespace {

bool inside(const Area& outer, ImVec2 p) {
    return p.x >= outer.min.x && p.x <= outer.max.x && p.y >= outer.min.y && p.y <= outer.max.y;
}

bool overlap(const Area& a, const Area& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

class FloorLayoutTest : public ::testing::TestWithParam<std::pair<int, int>> {};

TEST_P(FloorLayoutTest, EveryBatchOnSiteHasOneTokenInItsArea) {
    const ScenarioSpec spec = loadScenarioFile(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    const auto [width, height] = GetParam();
    const FloorLayout layout = layoutFloor(spec, ImVec2(10, 20), ImVec2(width, height), 18.0f);
    ASSERT_EQ(layout.rooms.size(), spec.rooms.size());
    ASSERT_EQ(layout.lanes.size(), spec.rooms.size());
    for (std::size_t a = 0; a < layout.rooms.size(); ++a) {
        EXPECT_FALSE(overlap(layout.rooms[a], layout.hall));
        EXPECT_FALSE(overlap(layout.rooms[a], layout.entrance));
        EXPECT_EQ(layout.seats[a].size(), static_cast<std::size_t>(spec.rooms[a].tables));
        for (const ImVec2& seat : layout.seats[a]) EXPECT_TRUE(inside(layout.rooms[a], seat)) << a;
        for (std::size_t b = a + 1; b < layout.rooms.size(); ++b) EXPECT_FALSE(overlap(layout.rooms[a], layout.rooms[b]));
    }
    EXPECT_FALSE(overlap(layout.entrance, layout.registration));
    EXPECT_FALSE(overlap(layout.hall, layout.registration));

    ReceptionDay day(spec, spec.run.seed, 0);
    SeatMemory seats;
    for (double t = 7 * 60; t <= 15 * 60; t += 37.0) {
        day.runUntil(t);
        std::size_t onSite = 0;
        for (const Batch& b : day.batches())
            if (b.state != BatchState::Free && b.state != BatchState::Expected) ++onSite;
        const std::vector<Token> tokens = placeTokens(day, layout, seats);
        std::size_t represented = 0;
        for (const Token& token : tokens) {
            represented += 1 + static_cast<std::size_t>(token.hidden);
            const Batch& b = day.batches()[token.id];
            EXPECT_EQ(token.serial, b.serial);
            switch (token.stage) {
            case Stage::Entrance:
                EXPECT_EQ(b.state, BatchState::WaitingRegistration);
                EXPECT_TRUE(inside(layout.entrance, token.pos));
                break;
            case Stage::Desk:
                EXPECT_EQ(b.state, BatchState::Registering);
                EXPECT_TRUE(inside(layout.registration, token.pos));
                break;
            case Stage::Hall:
                EXPECT_EQ(b.state, BatchState::WaitingRoom);
                EXPECT_TRUE(inside(layout.lanes[token.room], token.pos));
                EXPECT_EQ(token.room, b.targetRoom);
                break;
            case Stage::Table:
                EXPECT_TRUE(b.state == BatchState::InConsultation || b.state == BatchState::WaitingLawyer);
                EXPECT_TRUE(inside(layout.rooms[token.room], token.pos));
                break;
            }
        }
        EXPECT_EQ(represented, onSite) << "at " << t;
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, FloorLayoutTest,
                         ::testing::Values(std::make_pair(900, 520), std::make_pair(1500, 700),
                                           std::make_pair(320, 200)));

// Issue 9, point 2: a room given 4 (or 8) tables in the editor drew 3, the fourth batch hidden
// under the third. Every table gets a place of its own, apart from the others, inside its room.
TEST(FloorLayout, EveryTableOfARoomHasItsOwnPlace) {
    ScenarioSpec spec = loadScenarioFile(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    for (const int tables : {4, 6, 8}) {
        spec.rooms[3].tables = tables;
        for (const auto& [width, height] : {std::make_pair(720, 430), std::make_pair(1000, 520), std::make_pair(1500, 700)}) {
            const float lineHeight = 18.0f;
            const FloorLayout layout = layoutFloor(spec, ImVec2(0, 0), ImVec2(width, height), lineHeight);
            const std::vector<ImVec2>& seats = layout.seats[3];
            ASSERT_EQ(seats.size(), static_cast<std::size_t>(tables));
            // A table stays larger than the token that sits at it.
            EXPECT_GT(layout.tableHalf[3], layout.tokenRadius);
            for (std::size_t a = 0; a < seats.size(); ++a) {
                EXPECT_TRUE(inside(layout.rooms[3], seats[a])) << tables << " tables, seat " << a;
                for (std::size_t b = a + 1; b < seats.size(); ++b) {
                    const float dx = seats[a].x - seats[b].x, dy = seats[a].y - seats[b].y;
                    // Squares of half side tableHalf: centres closer than a side overlap.
                    EXPECT_GE(std::max(std::abs(dx), std::abs(dy)), 2.0f * layout.tableHalf[3])
                        << tables << " tables at " << width << "x" << height << ": seats " << a << " and " << b;
                }
            }
        }
    }
}

TEST(SeatMemory, ABatchKeepsItsTable) {
    SeatMemory memory;
    EXPECT_EQ(memory.assign(0, {10, 11, 12}, 3), (std::vector<int>{0, 1, 2}));
    // 10 leaves, 13 comes: 11 and 12 stay where they were, 13 takes the freed table.
    EXPECT_EQ(memory.assign(0, {11, 12, 13}, 3), (std::vector<int>{1, 2, 0}));
    // More batches than tables (e.g. a table waiting for a lawyer counted twice): share the last.
    EXPECT_EQ(memory.assign(1, {1, 2}, 1), (std::vector<int>{0, 0}));
}

TEST(TokenAt, FindsTheTopmostTokenUnderThePoint) {
    std::vector<Token> tokens(2);
    tokens[0].pos = ImVec2(10, 10);
    tokens[1].pos = ImVec2(12, 10);
    EXPECT_EQ(tokenAt(tokens, ImVec2(11, 10), 5), 1);
    EXPECT_EQ(tokenAt(tokens, ImVec2(5, 10), 5), 0);
    EXPECT_EQ(tokenAt(tokens, ImVec2(40, 40), 5), -1);
}

}  // namespace
}  // namespace pujiang::gui
