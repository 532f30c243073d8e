// Each of these mistakes gets one message, and the right one (issue 11, item 15): what is really
// wrong, where, and what is allowed — never a second message that only follows from the first,
// never the words of a different problem.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "sim/scenario/key_path.h"
#include "tests/scenario/scenario_test_support.h"
#include "tests/support/temp_folder.h"
#include "tests/support/thrown_diagnostics.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

// The one diagnostic of a scenario with one mistake, as the CLI prints it (English).
std::string onlyProblem(const std::vector<Diagnostic>& found) {
    std::string all;
    for (const Diagnostic& d : found) all += "\n  " + d.format();
    EXPECT_EQ(found.size(), 1u) << "expected exactly one message:" << all;
    return found.empty() ? std::string() : found.front().format();
}

std::string onlyProblem(std::string_view toml) { return onlyProblem(testing::problems(toml)); }

std::vector<Diagnostic> fileProblems(const fs::path& file) {
    return testing::thrownDiagnostics([&file] { loadScenarioFile(file); });
}

void writeFile(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

class OneMessageFiles : public ::testing::Test {
protected:
    fs::path dir() const { return m_folder.path(); }
    // A valid scenario in the folder, and one that takes it as its base.
    fs::path withBase(std::string_view base) const {
        writeFile(dir() / "ok.toml", testing::kMinimal);
        const fs::path top = dir() / "top.toml";
        writeFile(top, fmt::format("base = \"{}\"\n", base));
        return top;
    }
    testing::TempFolder m_folder{"one-message"};
};

TEST_F(OneMessageFiles, ASymlinkLoopIsNamedAsSuch) {
    fs::create_symlink("loop2.toml", dir() / "loop1.toml");
    fs::create_symlink("loop1.toml", dir() / "loop2.toml");
    const fs::path top = withBase("loop1.toml");
    EXPECT_EQ(onlyProblem(fileProblems(top)),
              fmt::format("{}:1:8: cannot open scenario file '{}': too many levels of symbolic links (a link loop?)",
                          top.string(), (dir() / "loop1.toml").string()));
    const std::vector<Diagnostic> direct = fileProblems(dir() / "loop1.toml");
    ASSERT_EQ(direct.size(), 1u);
    EXPECT_EQ(direct[0].message, fmt::format("cannot open scenario file '{}': too many levels of symbolic links (a link "
                                             "loop?)",
                                             (dir() / "loop1.toml").string()));
    EXPECT_EQ(direct[0].messageZh, fmt::format("无法打开场景文件 '{}'：符号链接层数过多（可能是循环链接）",
                                               (dir() / "loop1.toml").string()));
}

// A path through a regular file as if it were a folder is not a missing file either.
TEST_F(OneMessageFiles, APathThroughAFileIsNamedAsSuch) {
    const fs::path top = withBase("ok.toml/inner.toml");
    EXPECT_NE(onlyProblem(fileProblems(top)).find("': a part of the path is not a folder"), std::string::npos);
}

TEST_F(OneMessageFiles, AFolderThatMayNotBeSearchedIsPermissionDenied) {
    if (::geteuid() == 0) GTEST_SKIP() << "root searches any folder";
    fs::create_directories(dir() / "locked");
    writeFile(dir() / "locked" / "ok.toml", testing::kMinimal);
    fs::permissions(dir() / "locked", fs::perms::none);
    const fs::path top = withBase("locked/ok.toml");
    const std::string problem = onlyProblem(fileProblems(top));
    fs::permissions(dir() / "locked", fs::perms::owner_all);  // so the folder can be removed
    EXPECT_NE(problem.find("cannot open scenario file '" + (dir() / "locked" / "ok.toml").string() +
                           "': permission denied"),
              std::string::npos)
        << problem;
}

// The system would read the path only up to the NUL, and load ok.toml instead.
TEST_F(OneMessageFiles, ANulInBaseIsRefusedWithItsPlace) {
    const fs::path top = withBase("ok.toml\\u0000x");
    EXPECT_EQ(onlyProblem(fileProblems(top)),
              top.string() + ":1:8: base = \"ok.toml?x\" has a NUL (\\u0000) as character 8; allowed: a file path "
                             "without NUL");
}

// A horizon that cannot be read is reported as such; the checks that measure against the horizon
// (warm-up, stream) do not add a message about a horizon of 0 the file never wrote.
TEST(OneMessage, AMalformedHorizonIsOnlyItsOwnMessage) {
    EXPECT_EQ(onlyProblem(fmt::format("{}\n[run]\nhorizon = \"abc\"\nwarmup = \"1h\"\n", testing::kMinimal)),
              "test.toml:8:11: run.horizon = \"abc\" is not a duration; write a number and a unit without a space: "
              "\"90s\", \"15min\", \"1.5h\", \"60d\"");
    EXPECT_EQ(onlyProblem(fmt::format("{}\n[run]\nhorizon = 5\nwarmup = \"1h\"\n", testing::kMinimal)),
              "test.toml:8:11: run.horizon = 5 has no unit; write a number and a unit without a space: \"90s\", "
              "\"15min\", \"1.5h\", \"60d\"");
    EXPECT_NE(onlyProblem(fmt::format("{}\n[stream]\nenabled = true\n[run]\nhorizon = \"xyz\"\n", testing::kMinimal))
                  .find("run.horizon = \"xyz\" is not a duration"),
              std::string::npos);
    // A horizon that is read still gets its cross-checks.
    EXPECT_NE(onlyProblem(fmt::format("{}\n[run]\nwarmup = \"1h\"\n", testing::kMinimal))
                  .find("run.warmup = \"1h\" needs run.horizon > 0"),
              std::string::npos);
}

// A closing time that cannot be read is not compared with the opening time: what the draft holds
// for it is the default, which the file never wrote.
TEST(OneMessage, ABadClosingTimeIsNotComparedWithTheDefault) {
    EXPECT_EQ(onlyProblem(fmt::format("{}\n[day]\nopens = \"18:00\"\ncloses = \"bad\"\n", testing::kMinimal)),
              "test.toml:9:10: day.closes = \"bad\" is not a clock time; write \"HH:MM\", 00:00..47:59");
    EXPECT_EQ(onlyProblem(fmt::format("{}\n[lawyers]\nopens = \"18:00\"\ncloses = \"25:99\"\n", testing::kMinimal)),
              "test.toml:9:10: lawyers.closes = \"25:99\" is not a clock time; write \"HH:MM\", 00:00..47:59");
    EXPECT_NE(onlyProblem("appointments.count = 10\n[[rooms]]\nname = \"A\"\nopens = \"18:00\"\ncloses = \"x\"\n")
                  .find("rooms[1].closes = \"x\" is not a clock time"),
              std::string::npos);
    EXPECT_NE(onlyProblem("appointments.count = 10\n[day]\ncloses = \"7pm\"\n[[rooms]]\nname = \"A\"\nopens = "
                          "\"18:00\"\n")
                  .find("day.closes = \"7pm\" is not a clock time"),
              std::string::npos);
}

// A TOML time is shown as written, and the message says what is missing: the quotes.
TEST(OneMessage, ATimeOfDayWithoutQuotesSaysWhatWasFoundAndExpected) {
    const std::vector<Diagnostic> found =
        testing::problems(fmt::format("{}\n[day]\ncloses = 17:30:00\n", testing::kMinimal));
    EXPECT_EQ(onlyProblem(found), "test.toml:8:10: day.closes = 17:30:00 is a TOML time without quotes; expected a "
                                  "clock time string, e.g. \"17:30\" (00:00..47:59)");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].messageZh,
              "day.closes = 17:30:00 是不带引号的 TOML 时刻；应为时刻字符串，例如 \"17:30\"（00:00..47:59）");
    EXPECT_NE(onlyProblem(fmt::format("{}\n[day]\ncloses = 2024-01-01\n", testing::kMinimal))
                  .find("day.closes = 2024-01-01 is a date; expected a clock time string"),
              std::string::npos);
}

// "rooms has 1002 tables" read as 1002 consultation tables (a room's `tables`).
TEST(OneMessage, TooManyRoomsAreCountedAsEntries) {
    std::string toml = "appointments.count = 10\n";
    for (int i = 0; i < 1002; ++i) toml += fmt::format("[[rooms]]\nname = \"R{}\"\n", i);
    const std::vector<Diagnostic> found = testing::problems(toml);
    EXPECT_EQ(onlyProblem(found), "test.toml:2:1: rooms has 1002 entries ([[rooms]] tables); allowed: at most 1000");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].messageZh, "rooms 有 1002 项（[[rooms]] 表）；允许：最多 1000 项");
}

TEST(OneMessage, ANegativeIndexIsCalledNegative) {
    const OwnedPhrase problem = parseKeyPath("rooms[-1].tables").problem;
    EXPECT_EQ(problem.en, "'rooms[-1]': the index -1 is negative; rooms[1] is the first, and there is no counting "
                          "from the end; allowed: rooms[N] with N from 1, or rooms[*]");
    EXPECT_EQ(problem.zh, "'rooms[-1]'：序号 -1 是负数；rooms[1] 是第一个，不从末尾倒数；允许：rooms[N]（N 从 1 起）或 "
                          "rooms[*]");
    EXPECT_NE(parseKeyPath("rooms[x].tables").problem.en.find("is not a whole number"), std::string::npos);
}

}  // namespace
}  // namespace pujiang
