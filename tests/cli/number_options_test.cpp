// Number options are checked as text before any run: a seed is a whole number 0..2^64-1 (CLI11
// alone turned "-1" into 18446744073709551615), and a NaN or infinite number is out of every range.

#include <fmt/format.h>

#include "tests/cli/cli_support.h"

namespace pujiang::testing {
namespace {

class NumberOptions : public TempFolderTest {};

TEST_F(NumberOptions, ASeedIsAWholeNumberThatFits) {
    const std::string run = "run " + scenario("validation/mm1.toml") + " -r 2 -q --seed ";
    for (const char* bad : {"-1", "18446744073709551616", "1e3", "+5", "0x10", "''"}) {
        const Outcome o = runPujiang(run + bad);
        EXPECT_EQ(o.exitCode, 2) << bad << "\n" << o.output;
        EXPECT_NE(o.output.find("is not a seed: a whole number 0..18446744073709551615"), std::string::npos) << o.output;
    }
    const Outcome top = runPujiang(run + "18446744073709551615 --json " + path("r.json"));
    EXPECT_EQ(top.exitCode, 0) << top.output;
    EXPECT_NE(slurp(path("r.json")).find("18446744073709551615"), std::string::npos);
}

TEST_F(NumberOptions, NotANumberIsRefusedBeforeAnyRun) {
    for (const char* bad : {"nan", "inf", "-inf"}) {
        const Outcome plan = runPujiang(fmt::format("plan {} --confidence {} -r 2 --target 'wait_min.mean<=30'",
                                                    scenario("validation/mmc.toml"), bad));
        EXPECT_EQ(plan.exitCode, 2) << plan.output;
        EXPECT_NE(plan.output.find("is not a number 0.5..0.9999"), std::string::npos) << plan.output;
        const Outcome sweep = runPujiang(fmt::format("sweep {} --vary 'rooms[1].tables=5,6' -r auto --precision {} -q",
                                                     scenario("validation/mmc.toml"), bad));
        EXPECT_EQ(sweep.exitCode, 2) << sweep.output;
        EXPECT_NE(sweep.output.find("is not a number"), std::string::npos) << sweep.output;
    }
}

}  // namespace
}  // namespace pujiang::testing
