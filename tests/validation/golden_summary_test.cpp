// Every scenario in scenarios/ obeys Little's law and has a golden summary in scenarios/golden/; a change in any result
// fails here until the summaries are regenerated on purpose:
//   PUJIANG_UPDATE_GOLDEN=1 build/tests/validation/validation_tests --gtest_filter='Golden*'
// (scripts/update-golden does exactly that) and the diff is reviewed in the commit.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "sim/report/golden_summary.h"
#include "tests/validation/validation_support.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> scenarioFiles() {
    const fs::path root = fs::path(PUJIANG_SOURCE_DIR) / "scenarios";
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.path().extension() == ".toml")
            files.push_back(fs::relative(entry.path(), root).generic_string());
    std::sort(files.begin(), files.end());
    return files;
}

fs::path goldenPath(const std::string& relative) {
    std::string name = relative.substr(0, relative.size() - 5);
    std::replace(name.begin(), name.end(), '/', '-');
    return fs::path(PUJIANG_SOURCE_DIR) / "scenarios" / "golden" / (name + ".golden");
}

class Golden : public ::testing::TestWithParam<std::string> {};

// Little's law on every scenario: the area under the number-waiting curve equals the total time
// spent waiting. Exact on a day (the window covers every batch from arrival to departure); within
// 1 % over a long horizon, where a few batches are cut off mid-wait at either end.
void expectLittlesLaw(const ScenarioSpec& spec, const Aggregate& aggregate) {
    const LittleCheck& l = aggregate.little();
    const double tolerance = spec.run.horizon > 0.0 ? 0.01 : 1e-9;
    EXPECT_NEAR(l.queueArea, l.waitSum, tolerance * l.waitSum + 1e-9);
    EXPECT_NEAR(l.systemArea, l.sojournSum, tolerance * l.sojournSum + 1e-9);
}

TEST_P(Golden, SummaryMatchesTheStoredOne) {
    ScenarioSpec spec = testing::loadScenario(GetParam());
    spec.run.replications = kGoldenReplications;
    const Aggregate aggregate = testing::runScenario(spec);
    expectLittlesLaw(spec, aggregate);
    std::ostringstream actual;
    writeGoldenSummary(actual, spec, aggregate);
    const fs::path path = goldenPath(GetParam());
    if (const char* update = std::getenv("PUJIANG_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << actual.str();
        GTEST_SKIP() << "rewrote " << path;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "no golden summary at " << path << " (run scripts/update-golden)";
    std::stringstream expected;
    expected << in.rdbuf();
    EXPECT_EQ(expected.str(), actual.str()) << "results of " << GetParam() << " changed";
}

INSTANTIATE_TEST_SUITE_P(AllScenarios, Golden, ::testing::ValuesIn(scenarioFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name;
                             for (char c : info.param.substr(0, info.param.size() - 5))
                                 name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return name;
                         });

}  // namespace
}  // namespace pujiang
