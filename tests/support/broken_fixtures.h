#pragma once
// Folders of broken input files for parameterised tests (tests/fixtures/broken/ for scenarios,
// tests/fixtures/cases-broken/ for case cards). Each file starts with "# expect: <text>", a
// substring of the diagnostic it must produce (usually "line:col: message").

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pujiang::testing {

// The *.toml files of `folder`, in name order.
inline std::vector<std::filesystem::path> brokenFixtureFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The text after "# expect: " on the first line; empty when the line is missing.
inline std::string fixtureExpectation(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    const std::string prefix = "# expect: ";
    return line.starts_with(prefix) ? line.substr(prefix.size()) : std::string();
}

// The test name of a fixture: "bad_unit.toml" -> "BadUnit", "land-bad-id.toml" -> "LandBadId".
inline std::string fixtureTestName(const ::testing::TestParamInfo<std::filesystem::path>& info) {
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

}  // namespace pujiang::testing
