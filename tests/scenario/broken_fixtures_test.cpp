#include <gtest/gtest.h>

#include "scenario_test_support.h"
#include "tests/support/broken_fixtures.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

// Each file in tests/fixtures/broken/ starts with "# expect: <text>", a substring of the first
// diagnostic it must produce (usually "line:col: message").
class BrokenFixture : public ::testing::TestWithParam<fs::path> {};

TEST_P(BrokenFixture, FirstDiagnosticIsTheExpectedOne) {
    const fs::path& file = GetParam();
    const std::string expected = testing::fixtureExpectation(file);
    ASSERT_FALSE(expected.empty()) << file << " has no '# expect: ' first line";
    try {
        loadScenarioFile(file);
        FAIL() << file << " loaded without errors";
    } catch (const ScenarioError& error) {
        ASSERT_FALSE(error.diagnostics.empty());
        EXPECT_NE(error.diagnostics.front().format().find(expected), std::string::npos)
            << "expected: " << expected << "\nall diagnostics:\n"
            << error.what();
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenFixture,
                         ::testing::ValuesIn(testing::brokenFixtureFiles(testing::fixtureDir() / "broken")),
                         testing::fixtureTestName);

}  // namespace
}  // namespace pujiang
