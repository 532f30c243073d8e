#include <gtest/gtest.h>

#include <fstream>

#include <fmt/format.h>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

using testing::fixture;

std::vector<Diagnostic> fileProblems(const fs::path& file) {
    try {
        loadScenarioFile(file);
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    ADD_FAILURE() << "expected a ScenarioError for " << file;
    return {};
}

TEST(ScenarioBase, DerivedFileOverridesKeyByKey) {
    const ScenarioSpec spec = loadScenarioFile(fixture("derived_day.toml"));
    EXPECT_EQ(spec.name, "derived_day");  // name and title are not inherited
    EXPECT_EQ(spec.title, "");
    EXPECT_DOUBLE_EQ(spec.day.opens, 8 * 60.0);    // from the base
    EXPECT_DOUBLE_EQ(spec.day.closes, 12 * 60.0);  // overridden
    EXPECT_EQ(spec.appointments.count, 100);
    EXPECT_DOUBLE_EQ(spec.appointments.firstSlot, 8 * 60.0 + 30.0);
    EXPECT_DOUBLE_EQ(spec.batches.urgentProbability, 0.1);
    // A distribution replaces the base's whole.
    EXPECT_EQ(spec.batches.complexity.describe(), "constant(1.5)");
    // Arrays replace the base's whole.
    ASSERT_EQ(spec.rooms.size(), 1u);
    EXPECT_EQ(spec.rooms[0].name, "Derived room");
    EXPECT_EQ(spec.rooms[0].tables, 1);
    EXPECT_DOUBLE_EQ(spec.rooms[0].closes, 12 * 60.0);  // the day's hours after merging
}

TEST(ScenarioBase, BaseIsRelativeToTheFileThatNamesIt) {
    const ScenarioSpec spec = loadScenarioFile(fixture("nested/from_parent.toml"));
    EXPECT_EQ(spec.name, "from_parent");
    EXPECT_EQ(spec.title, "Two levels down");
    EXPECT_EQ(spec.appointments.count, 7);
    EXPECT_DOUBLE_EQ(spec.day.closes, 12 * 60.0);
    EXPECT_EQ(spec.rooms.at(0).name, "Derived room");

    const ScenarioSpec fromString =
        loadScenarioString("base = \"derived_day.toml\"\n", "inline.toml", testing::fixtureDir() / "scenario");
    EXPECT_EQ(fromString.name, "inline");
    EXPECT_EQ(fromString.rooms.at(0).name, "Derived room");
}

TEST(ScenarioBase, CycleIsReportedWithTheChain) {
    const std::vector<Diagnostic> found = fileProblems(fixture("cycle_a.toml"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].file, fixture("cycle_b.toml").string());
    EXPECT_EQ(found[0].line, 2);
    EXPECT_EQ(found[0].message,
              fmt::format("base = \"cycle_a.toml\" makes a cycle: {} -> {} -> {}; allowed: a chain of bases without "
                          "cycles",
                          fixture("cycle_a.toml").string(), fixture("cycle_b.toml").string(),
                          fixture("cycle_a.toml").string()));
    EXPECT_NE(fileProblems(fixture("self_base.toml")).at(0).message.find("makes a cycle"), std::string::npos);
}

TEST(ScenarioBase, MissingBaseIsReportedAtTheBaseKey) {
    const std::vector<Diagnostic> found = fileProblems(fixture("missing_base.toml"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].format(), fmt::format("{}:2:8: cannot open scenario file '{}': no such file",
                                             fixture("missing_base.toml").string(), fixture("nowhere.toml").string()));
}

TEST(ScenarioBase, ErrorsPointAtTheFileThatWritesTheKey) {
    testing::expectProblemsOfDerivedFromError(fileProblems(fixture("derived_from_error.toml")));
}

TEST(ScenarioBase, ChainDepthIsCapped) {
    const fs::path dir = fs::temp_directory_path() / "pujiang-scenario-chain-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    constexpr int kFiles = 18;  // 17 base links: one more than allowed
    for (int i = 0; i < kFiles; ++i) {
        std::ofstream out(dir / fmt::format("chain_{}.toml", i));
        if (i + 1 < kFiles)
            out << fmt::format("base = \"chain_{}.toml\"\n", i + 1);
        else
            out << "appointments.count = 1\n[[rooms]]\nname = \"A\"\n";
    }
    EXPECT_NO_THROW(loadScenarioFile(dir / "chain_1.toml"));  // 16 links
    const std::vector<Diagnostic> found = fileProblems(dir / "chain_0.toml");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].format(), fmt::format("{}:1:8: base = \"chain_17.toml\" goes deeper than 16 bases; allowed: "
                                             "a chain of at most 16 bases",
                                             (dir / "chain_16.toml").string()));
    fs::remove_all(dir);
}

}  // namespace
}  // namespace pujiang
