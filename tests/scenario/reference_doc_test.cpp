#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "scenario_test_support.h"
#include "tests/support/generated_doc.h"

namespace pujiang {
namespace {

// docs/scenario-reference.md is generated: this test fails when it is stale and rewrites it when
// PUJIANG_UPDATE_REFERENCE=1 is set.
TEST(ScenarioReference, DocIsUpToDate) {
    testing::expectGeneratedFileIsCurrent(testing::sourceDir() / "docs" / "scenario-reference.md",
                                          scenarioReferenceMarkdown(),
                                          "PUJIANG_UPDATE_REFERENCE=1 scenario_tests --gtest_filter='ScenarioReference.*'");
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
