// Mistakes on the command line get one message, and the right one (issue 11, item 15): a link loop
// is not "File does not exist", a key varied twice is named, a file name that is not UTF-8 is
// refused before any run, not after it when the results are written, and a full disk is named.

#include <fmt/format.h>

#include "tests/cli/cli_support.h"

namespace pujiang::testing {
namespace {

class OneMessageCli : public TempFolderTest {
protected:
    void expectRefused(const std::string& arguments, const std::string& message) const {
        const Outcome o = runPujiang(arguments);
        EXPECT_EQ(o.exitCode, 2) << arguments << "\n" << o.output;
        EXPECT_NE(o.output.find(message), std::string::npos) << arguments << "\n" << o.output;
    }
};

TEST_F(OneMessageCli, ASymlinkLoopIsNamedAsSuch) {
    fs::create_symlink("loop2.toml", path("loop1.toml"));
    fs::create_symlink("loop1.toml", path("loop2.toml"));
    for (const char* command : {"run", "sweep"}) {
        const std::string vary = command == std::string("sweep") ? " --vary 'registration.desks=1,2'" : "";
        expectRefused(fmt::format("{} {}{} -r 2", command, path("loop1.toml"), vary),
                      fmt::format("cannot open '{}': too many levels of symbolic links", path("loop1.toml")));
    }
    expectRefused(fmt::format("run {} -r 2", path("missing.toml")),
                  fmt::format("cannot open '{}': no such file", path("missing.toml")));
}

TEST_F(OneMessageCli, AKeyVariedTwiceIsRefused) {
    const std::string twice = "--vary 'registration.desks=1,2' --vary 'registration.desks=2,3'";
    const std::string message = "--vary: the key 'registration.desks' is given twice ('registration.desks=1,2' and "
                                "'registration.desks=2,3'); vary each key once, with all its values in one list";
    expectRefused(fmt::format("sweep {} {} -r 2 -q", scenario("county-duty-day.toml"), twice), message);
    expectRefused(fmt::format("plan {} {} --target 'wait_min.mean<=30' -r 2 -q", scenario("county-duty-day.toml"), twice),
                  message);
}

// The JSON of the results records the scenario's file name and needs UTF-8: such a name made the
// writer fail after the whole run. Now nothing runs and nothing is written.
TEST_F(OneMessageCli, ANameThatIsNotUtf8IsRefusedBeforeAnyRun) {
    const std::string latin1 = path("caf\xe9.toml");
    fs::copy_file(scenario("county-duty-day.toml"), latin1);
    expectRefused(fmt::format("run '{}' -r 2 -q --json {}", latin1, path("r.json")),
                  fmt::format("scenario file: the name '{}' is not UTF-8 text (byte {} is 0xE9)",
                              path("caf\\xE9.toml"), path("caf").size() + 1));
    EXPECT_FALSE(fs::exists(path("r.json")));
    expectRefused(fmt::format("sweep '{}' --vary 'registration.desks=1,2' -r 2 -q --json {}", latin1, path("s.json")),
                  "is not UTF-8 text");
    expectRefused(fmt::format("run {} -r 2 -q --json '{}'", scenario("county-duty-day.toml"), path("结果\xff.json")),
                  fmt::format("--json: the name '{}' is not UTF-8 text", path("结果\\xFF.json")));
    EXPECT_EQ(runPujiang(fmt::format("run {} -r 2 -q --json '{}'", scenario("county-duty-day.toml"), path("结果.json")))
                  .exitCode,
              0);
}

// A report sent to a full disk is not a report written: the exit status says so, and the message
// gives the reason (a saved run log on a full disk: ExperimentDefinition.ASavedLogOnAFullDiskSaysSo).
TEST_F(OneMessageCli, AFullDiskOnStandardOutputIsNamed) {
    const Outcome o = runShell(fmt::format("( {} run {} -r 2 --lang en > /dev/full )", pujiangBinary(),
                                           scenario("county-duty-day.toml")));
    EXPECT_EQ(o.exitCode, 1) << o.output;
    EXPECT_EQ(o.output, "pujiang: standard output: write failed: no space left on device\n");
}

}  // namespace
}  // namespace pujiang::testing
