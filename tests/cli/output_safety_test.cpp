// Outputs never destroy anything: a command whose outputs would overwrite each other or one of its
// inputs, or name a folder, is refused before any run; an empty name is an error; a device is
// written to and stays a device; a run log must be a regular file. Each refusal exits 2 and leaves
// every file as it was.

#include <fstream>

#include <fmt/format.h>

#include "tests/cli/cli_support.h"

namespace pujiang::testing {
namespace {

class OutputSafety : public TempFolderTest {
protected:
    // A scenario copied into the test's folder, so that overwriting it would show.
    std::string scenarioCopy() const {
        const std::string copy = path("day.toml");
        fs::copy_file(scenario("county-duty-day.toml"), copy, fs::copy_options::overwrite_existing);
        return copy;
    }
    void expectRefused(const std::string& arguments, const std::string& message) const {
        const Outcome o = runPujiang(arguments);
        EXPECT_EQ(o.exitCode, 2) << arguments << "\n" << o.output;
        EXPECT_NE(o.output.find(message), std::string::npos) << arguments << "\n" << o.output;
    }
};

TEST_F(OutputSafety, AnOutputThatIsAnInputIsRefusedAndTheInputKept) {
    const std::string day = scenarioCopy();
    const std::string before = slurp(day);
    expectRefused(fmt::format("run {} -r 2 --json {}", day, day), "is the scenario file this command reads");
    expectRefused(fmt::format("compare {} {} -r 2 --csv {}", day, scenario("county-duty-two-leaders.toml"), day),
                  "is the scenario file this command reads");
    EXPECT_EQ(slurp(day), before);

    ASSERT_EQ(runPujiang(fmt::format("run {} -r 2 -q --json {}", day, path("r.json"))).exitCode, 0);
    const std::string result = slurp(path("r.json"));
    expectRefused(fmt::format("report {} -o {}", path("r.json"), path("r.json")), "is the result file this command reads");
    EXPECT_EQ(slurp(path("r.json")), result);
}

TEST_F(OutputSafety, TwoOutputsOnOneFileAreRefused) {
    const std::string day = scenarioCopy();
    expectRefused(fmt::format("run {} -r 2 --json {} --csv {}", day, path("x"), path("x")), "is also given to --csv");
    expectRefused(fmt::format("compare {} {} -r 2 --runs {} --json {}", day, scenario("county-duty-two-leaders.toml"),
                              path("f"), path("./f")),
                  "is also given to --runs");
    EXPECT_FALSE(fs::exists(path("x")));
    EXPECT_FALSE(fs::exists(path("f")));
}

TEST_F(OutputSafety, AnEmptyNameOrAFolderIsRefused) {
    const std::string day = scenarioCopy();
    expectRefused(fmt::format("run {} -r 2 --json ''", day), "an empty file name");
    fs::create_directories(path("results"));
    expectRefused(fmt::format("run {} -r 2 --json {}", day, path("results")), "is a folder; give a file name");
    EXPECT_TRUE(fs::is_directory(path("results")));
}

TEST_F(OutputSafety, ARunLogMustBeARegularFile) {
    const std::string day = scenarioCopy();
    fs::create_directories(path("logs"));
    const std::string pair = fmt::format("compare {} {} -r 2 -q", day, scenario("county-duty-two-leaders.toml"));
    expectRefused(pair + " --runs " + path("logs"), "is a folder");
    expectRefused(pair + " --runs /dev/null", "is not a regular file");
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST_F(OutputSafety, ADeviceIsWrittenToAndStaysADevice) {
    const Outcome o = runPujiang(fmt::format("run {} -r 2 -q --json /dev/null --csv /dev/stdout", scenarioCopy()));
    EXPECT_EQ(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("scope,group,metric"), std::string::npos) << "the CSV went to stdout";
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

// A scenario's name and title come from a file: printed, a control character becomes '?', so an
// ESC sequence cannot reach the terminal; in a CSV, a name that a spreadsheet would run as a
// formula is neutralised.
TEST_F(OutputSafety, TextFromAFileIsNeutralisedOnTheTerminalAndInCsv) {
    std::string text = slurp(scenario("county-duty-day.toml"));
    const std::size_t title = text.find("\ntitle = ");
    ASSERT_NE(title, std::string::npos);
    text.replace(title + 1, text.find('\n', title + 1) - title - 1, "title = \"day\\u001b[2J\\rX\"");
    const std::size_t room = text.find("name = ", text.find("[[rooms]]"));
    ASSERT_NE(room, std::string::npos);
    text.replace(room, text.find('\n', room) - room, "name = \"=HYPERLINK(1)\"");
    std::ofstream(path("odd.toml")) << text;
    const Outcome o = runPujiang(fmt::format("run {} -r 2 --lang en --csv {}", path("odd.toml"), path("day.csv")));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    EXPECT_EQ(o.output.find('\x1b'), std::string::npos) << "ESC reached the terminal";
    EXPECT_NE(o.output.find("day?[2J?X"), std::string::npos) << o.output;
    const std::string csv = slurp(path("day.csv"));
    EXPECT_NE(csv.find("room,'=HYPERLINK(1),"), std::string::npos) << csv.substr(0, 2000);
    EXPECT_EQ(csv.find(",=HYPERLINK"), std::string::npos);
}

}  // namespace
}  // namespace pujiang::testing
