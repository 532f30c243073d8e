#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

// Each file in tests/fixtures/broken/ starts with "# expect: <text>", a substring of the first
// diagnostic it must produce (usually "line:col: message").
std::vector<fs::path> brokenFixtures() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(testing::fixtureDir() / "broken"))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string expectation(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    const std::string prefix = "# expect: ";
    return line.starts_with(prefix) ? line.substr(prefix.size()) : std::string();
}

class BrokenFixture : public ::testing::TestWithParam<fs::path> {};

TEST_P(BrokenFixture, FirstDiagnosticIsTheExpectedOne) {
    const fs::path& file = GetParam();
    const std::string expected = expectation(file);
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

// "bad_unit.toml" -> "BadUnit"
std::string testName(const ::testing::TestParamInfo<fs::path>& info) {
    std::string name;
    bool upper = true;
    for (char c : info.param.stem().string()) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenFixture, ::testing::ValuesIn(brokenFixtures()), testName);

}  // namespace
}  // namespace pujiang
