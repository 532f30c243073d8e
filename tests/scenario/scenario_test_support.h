#pragma once
// Helpers shared by the scenario tests: load TOML text and get the spec or the diagnostics.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "sim/scenario/scenario_loader.h"

namespace pujiang::testing {

inline std::filesystem::path sourceDir() { return PUJIANG_SOURCE_DIR; }
inline std::filesystem::path fixtureDir() { return sourceDir() / "tests" / "fixtures"; }

// Enough for a valid scenario: one arrival source and one room.
inline constexpr std::string_view kMinimal = R"(
appointments.count = 10

[[rooms]]
name = "A"
)";

inline ScenarioSpec load(std::string_view toml) { return loadScenarioString(toml, "test.toml", fixtureDir()); }

// The diagnostics of a scenario that must fail; an empty list (and a test failure) if it loads.
inline std::vector<Diagnostic> problems(std::string_view toml, const std::string& sourceName = "test.toml") {
    try {
        loadScenarioString(toml, sourceName, fixtureDir());
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    ADD_FAILURE() << "expected a ScenarioError for:\n" << toml;
    return {};
}

// The first diagnostic's format(), or "" when the scenario loads.
inline std::string firstProblem(std::string_view toml) {
    const std::vector<Diagnostic> found = problems(toml);
    return found.empty() ? std::string() : found.front().format();
}

// All diagnostics joined by '\n'.
inline std::string allProblems(std::string_view toml) {
    std::string text;
    for (const Diagnostic& d : problems(toml)) text += d.format() + "\n";
    return text;
}

// A file of tests/fixtures/scenario.
inline std::filesystem::path fixture(const char* name) { return fixtureDir() / "scenario" / name; }

// derived_from_error.toml takes its [[rooms]] (with tables = 0) from base_with_error.toml and adds
// an unknown key of its own: each problem must point into the file that writes it.
inline void expectProblemsOfDerivedFromError(const std::vector<Diagnostic>& found) {
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].format(), fmt::format("{}:4:10: rooms[1].tables = 0 is out of range; allowed: integer 1..1000",
                                             fixture("base_with_error.toml").string()));
    EXPECT_EQ(found[1].format(), fmt::format("{}:5:1: unknown key 'lunch' in [day]; valid keys: opens, closes, "
                                             "closing_rule",
                                             fixture("derived_from_error.toml").string()));
}

}  // namespace pujiang::testing
