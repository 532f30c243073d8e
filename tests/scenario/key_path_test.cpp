// One reader of key paths for overrides and the scenario document (sim/scenario/key_path.h).

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "sim/scenario/document_path.h"
#include "sim/scenario/key_path.h"

namespace pujiang {
namespace {

TEST(KeyPath, ReadsIndicesAndEveryElement) {
    const KeyPath one = parseKeyPath("rooms[2].selection.max_batches");
    ASSERT_TRUE(one.good()) << one.problem.en;
    ASSERT_EQ(one.steps.size(), 3u);
    EXPECT_EQ(one.steps[0].name, "rooms");
    EXPECT_EQ(one.steps[0].index, 1u);
    EXPECT_EQ(one.steps[2].row->path, "rooms[].selection.max_batches");
    const KeyPath all = parseKeyPath("rooms[*].tables");
    ASSERT_TRUE(all.good()) << all.problem.en;
    EXPECT_TRUE(all.steps[0].everyElement);
    EXPECT_FALSE(all.steps[0].index);
}

TEST(KeyPath, SaysWhatIsAllowed) {
    EXPECT_NE(
        parseKeyPath("rooms.tables").problem.en.find("allowed: rooms[N].tables with N from 1, or rooms[*].tables"),
        std::string::npos);
    EXPECT_NE(parseKeyPath("lawyers[1].count").problem.en.find("not an array of tables"), std::string::npos);
    EXPECT_NE(parseKeyPath("rooms[0].tables").problem.en.find("counted from 1"), std::string::npos);
    EXPECT_NE(parseKeyPath("day.opens.x").problem.en.find("single setting"), std::string::npos);
    EXPECT_NE(parseKeyPath("day.open").problem.en.find("opens"), std::string::npos);  // a suggestion
}

// The document reads keys with the same reader, so a key is good or bad in both the same way.
TEST(KeyPath, TheDocumentRefusesWhatTheReaderRefuses) {
    for (const char* key : {"rooms.tables", "lawyers[1].count", "rooms[0].tables", "day.opens.x", "day."}) {
        const std::string problem = parseKeyPath(key).problem.en;
        ASSERT_FALSE(problem.empty()) << key;
        try {
            resolveDocumentKey(key);
            ADD_FAILURE() << key << " was accepted by the document";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(problem), std::string::npos) << e.what();
        }
    }
    EXPECT_EQ(resolveDocumentKey("rooms[3].tables").size(), 2u);
}

}  // namespace
}  // namespace pujiang
