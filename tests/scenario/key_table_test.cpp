#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include <fmt/format.h>

#include "scenario_test_support.h"
#include "spec_dump.h"

namespace pujiang {
namespace {

using testing::dumpSpec;
using testing::load;

// A valid scenario with `line` written where the key's table is, or the scenario without it when
// `line` is empty. Section keys are written as dotted keys at the top; keys of array elements go
// into one [[categories]], [[rooms]] or [rooms.selection] table.
std::string scenarioWith(const KeyInfo& row, const std::string& line) {
    const std::string_view table = parentPath(row.path);
    std::string top, categories, room = "[[rooms]]\nname = \"A\"\n", selection;
    // appointments.count is the arrival source unless it is the key under test.
    top += row.path == "appointments.count" ? "walk_ins.profile = [{ from = \"08:00\", per_hour = 1.0 }]\n"
                                            : "appointments.count = 10\n";
    if (table == "categories[]")
        categories = "[[categories]]\ncode = \"X\"\n" + line;
    else if (table == "rooms[]")
        room += line;
    else if (table == "rooms[].selection")
        selection = "top_leader = true\n[rooms.selection]\n" + line;
    else
        top += line;
    return top + categories + room + selection;
}

// Lines of `actual` that differ from `expected`, as "- expected / + actual" pairs.
std::string changedLines(const std::string& expected, const std::string& actual) {
    std::istringstream a(expected), b(actual);
    std::string out;
    for (;;) {
        std::string left, right;
        const bool moreLeft = static_cast<bool>(std::getline(a, left));
        const bool moreRight = static_cast<bool>(std::getline(b, right));
        if (!moreLeft && !moreRight) return out;
        if (left != right) out += "- " + left + "\n+ " + right + "\n";
    }
}

TEST(KeyTable, DefaultTextMatchesTheStructDefaults) {
    int checked = 0;
    for (const KeyInfo& row : keyTable()) {
        if (row.kind != KeyKind::Value || !row.literalDefault) continue;
        const std::string key =
            parentPath(row.path).find("[]") != std::string_view::npos || parentPath(row.path).empty()
                ? std::string(keyName(row.path))
                : row.path;
        const std::string without = scenarioWith(row, "");
        const std::string with = scenarioWith(row, fmt::format("{} = {}\n", key, row.defaultText));
        ScenarioSpec expected, actual;
        ASSERT_NO_THROW(expected = load(without)) << row.path << "\n" << without;
        ASSERT_NO_THROW(actual = load(with)) << row.path << "\n" << with;
        const std::string changed = changedLines(dumpSpec(expected), dumpSpec(actual));
        EXPECT_TRUE(changed.empty()) << row.path << " = " << row.defaultText << " changes the spec:\n" << changed;
        ++checked;
    }
    EXPECT_GT(checked, 75);
}

TEST(KeyTable, RowsAreWellFormed) {
    std::set<std::string> paths;
    for (const KeyInfo& row : keyTable()) {
        EXPECT_TRUE(paths.insert(row.path).second) << "duplicate " << row.path;
        EXPECT_FALSE(row.type.empty()) << row.path;
        EXPECT_FALSE(row.description.empty()) << row.path;
        switch (row.kind) {
        case KeyKind::Value:
            EXPECT_TRUE(row.read) << row.path;
            EXPECT_FALSE(row.allowed.empty()) << row.path;
            EXPECT_FALSE(row.defaultText.empty()) << row.path;
            break;
        case KeyKind::TableArray:
            EXPECT_TRUE(row.clear && row.append) << row.path;
            EXPECT_GT(row.maxElements, 0u) << row.path;
            break;
        case KeyKind::Table: break;
        }
        // Each row's table is declared before it.
        const std::string_view table = parentPath(row.path);
        if (!table.empty()) {
            const std::string_view declared = table.ends_with("[]") ? table.substr(0, table.size() - 2) : table;
            EXPECT_TRUE(paths.count(std::string(declared))) << row.path;
        }
    }
}

TEST(KeyTable, LookupHelpers) {
    ASSERT_NE(findKey("rooms[].tables"), nullptr);
    EXPECT_EQ(findKey("rooms[].tables")->allowed, "integer 1..1000");
    EXPECT_EQ(findKey("rooms.tables"), nullptr);
    EXPECT_EQ(parentPath("rooms[].selection.categories"), "rooms[].selection");
    EXPECT_EQ(keyName("rooms[].selection.categories"), "categories");
    EXPECT_EQ(tableLabel(""), "the top level");
    EXPECT_EQ(tableLabel("day"), "[day]");
    EXPECT_EQ(tableLabel("rooms[]"), "[[rooms]]");
    EXPECT_EQ(tableLabel("rooms[].selection"), "[rooms.selection]");
    EXPECT_EQ(childKeys("day").size(), 3u);
}

}  // namespace
}  // namespace pujiang
