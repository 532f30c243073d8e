#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

// docs/scenario-reference.md is generated: this test fails when it is stale and rewrites it when
// PUJIANG_UPDATE_REFERENCE=1 is set.
TEST(ScenarioReference, DocIsUpToDate) {
    const std::filesystem::path file = testing::sourceDir() / "docs" / "scenario-reference.md";
    const std::string expected = scenarioReferenceMarkdown();
    const char* update = std::getenv("PUJIANG_UPDATE_REFERENCE");
    if (update && std::string_view(update) == "1") {
        std::ofstream out(file, std::ios::binary);
        out << expected;
        ASSERT_TRUE(out.good()) << "cannot write " << file;
        return;
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream actual;
    actual << in.rdbuf();
    EXPECT_TRUE(actual.str() == expected)
        << file << " is out of date; regenerate it with PUJIANG_UPDATE_REFERENCE=1 scenario_tests "
        << "--gtest_filter='ScenarioReference.*'";
}

TEST(ScenarioReference, NamesEveryKey) {
    const std::string markdown = scenarioReferenceMarkdown();
    const std::string text = keyTableText();
    for (const KeyInfo& row : keyTable()) {
        if (row.kind == KeyKind::Value) {
            EXPECT_NE(markdown.find("| `" + std::string(keyName(row.path)) + "` |"), std::string::npos) << row.path;
        }
        EXPECT_NE(text.find(row.kind == KeyKind::Table ? tableLabel(row.path) : row.path), std::string::npos)
            << row.path;
    }
    for (std::string_view kind : distributionNames())
        EXPECT_NE(markdown.find("| `" + std::string(kind) + "` |"), std::string::npos) << kind;
}

}  // namespace
}  // namespace pujiang
