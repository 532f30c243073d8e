#pragma once
// What the command-line tests share: running the built `pujiang` (or a shell script) and
// collecting its output and exit code, paths of shipped scenarios, and a fresh folder per test.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/temp_folder.h"

namespace pujiang::testing {

namespace fs = std::filesystem;

struct Outcome {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

// Runs a shell command line and collects what it prints.
inline Outcome runShell(const std::string& command) {
    Outcome outcome;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return outcome;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) outcome.output.append(buffer, n);
    const int status = ::pclose(pipe);
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}

inline std::string pujiangBinary() { return std::string(PUJIANG_BINARY_DIR) + "/pujiang"; }

inline Outcome runPujiang(const std::string& arguments) { return runShell(pujiangBinary() + " " + arguments); }

inline std::string scenario(const std::string& name) { return std::string(PUJIANG_SOURCE_DIR) + "/scenarios/" + name; }

inline std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A test with a fresh folder of its own, removed afterwards.
class TempFolderTest : public ::testing::Test {
protected:
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    TempFolder m_folder{"cli"};
    const fs::path m_dir = m_folder.path();
};

}  // namespace pujiang::testing
