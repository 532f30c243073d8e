// Memory and work bounded as a whole (issue 11 item 12): --jobs is capped at the core count unless
// forced, an experiment's variants x replications are bounded before any run (saying the limit
// and how to raise it), and `report` refuses a file larger than any result.

#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "tests/cli/cli_support.h"

namespace pujiang::testing {
namespace {

class WorkBounds : public TempFolderTest {};

int cores() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

TEST_F(WorkBounds, JobsBeyondTheCoresAreCappedUnlessForced) {
    const std::string run = fmt::format("run {} -r 2 -q --timing -j {}", scenario("validation/mm1.toml"), cores() + 3);
    const Outcome capped = runPujiang(run);
    EXPECT_EQ(capped.exitCode, 0) << capped.output;
    EXPECT_NE(capped.output.find(fmt::format("--jobs {} is more than this machine's {} cores; using {}", cores() + 3,
                                             cores(), cores())),
              std::string::npos)
        << capped.output;
    const Outcome forced = runPujiang(run + " --force-jobs");
    EXPECT_EQ(forced.exitCode, 0) << forced.output;
    EXPECT_EQ(forced.output.find("more than this machine's"), std::string::npos) << forced.output;
    const Outcome compare = runPujiang(fmt::format("compare {0} {0} -r 2 -q -j {1}", scenario("validation/mm1.toml"),
                                                   cores() + 1));
    EXPECT_EQ(compare.exitCode, 0) << compare.output;
    EXPECT_NE(compare.output.find("add --force-jobs"), std::string::npos) << compare.output;
}

TEST_F(WorkBounds, RunsHeldInMemoryAreBoundedBeforeAnyRun) {
    // A shard holds every run it makes (as do --select and -r auto): the bound applies.
    const Outcome o = runPujiang(fmt::format("sweep {} --vary 'rooms[1].tables=1..4' -r 5 -q --max-runs 12 --shard 1/1 "
                                             "--runs {}",
                                             scenario("validation/mmc.toml"), path("runs.jsonl")));
    EXPECT_NE(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("4 variants x 5 replications = 20 runs, more than the 12 an experiment holds in memory"),
              std::string::npos)
        << o.output;
    EXPECT_NE(o.output.find("raise the limit with --max-runs"), std::string::npos) << o.output;
    EXPECT_FALSE(std::filesystem::exists(path("runs.jsonl")));
    const Outcome raised = runPujiang(fmt::format("sweep {} --vary 'rooms[1].tables=1..4' -r 5 -q --max-runs 20 "
                                                  "--shard 1/1 --runs {}",
                                                  scenario("validation/mmc.toml"), path("raised.jsonl")));
    EXPECT_EQ(raised.exitCode, 0) << raised.output;
}

TEST_F(WorkBounds, APlainSweepFoldsItsRunsAsTheyFinishSoTheBoundDoesNotApply) {
    const std::string sweep =
        fmt::format("sweep {} --vary 'rooms[1].tables=1..4' -r 5 -q", scenario("validation/mmc.toml"));
    const Outcome folded = runPujiang(sweep + " --max-runs 12 --json " + path("folded.json"));
    EXPECT_EQ(folded.exitCode, 0) << folded.output;
    // The same bytes as the sweep that holds every run (a single shard of one holds them all).
    ASSERT_EQ(runPujiang(sweep + " --shard 1/1 --runs " + path("all.jsonl")).exitCode, 0);
    ASSERT_EQ(runPujiang("merge " + path("all.jsonl") + " -q --json " + path("held.json")).exitCode, 0);
    EXPECT_EQ(slurp(path("folded.json")), slurp(path("held.json")));
}

TEST_F(WorkBounds, MergeBoundsTheRunsItHoldsAndTheBoundCanBeRaised) {
    // Automatic replications fold prefixes, so their merge holds every run: 2 variants x 10
    // replications (the first stage) are more than 12.
    ASSERT_EQ(runPujiang(fmt::format("sweep {} --vary 'rooms[1].tables=1,2' -r auto --precision 0.5 -q --runs {}",
                                     scenario("validation/mmc.toml"), path("auto.jsonl")))
                  .exitCode,
              0);
    const Outcome bounded = runPujiang("merge " + path("auto.jsonl") + " -q --max-runs 12 --json " + path("m.json"));
    EXPECT_NE(bounded.exitCode, 0) << bounded.output;
    EXPECT_NE(bounded.output.find("2 variants x 10 replications = 20 runs, more than the 12"), std::string::npos)
        << bounded.output;
    EXPECT_FALSE(std::filesystem::exists(path("m.json")));
    const Outcome raised = runPujiang("merge " + path("auto.jsonl") + " -q --max-runs 1000 --json " + path("m.json"));
    EXPECT_EQ(raised.exitCode, 0) << raised.output;
    EXPECT_TRUE(std::filesystem::exists(path("m.json")));
}

TEST_F(WorkBounds, AReportInputLargerThanAnyResultIsRefused) {
    const std::string big = path("big.json");
    { std::ofstream(big) << "{}"; }
    std::filesystem::resize_file(big, (64u << 20) + 1);
    const Outcome o = runPujiang(fmt::format("report {} -o {}", big, path("r.html")));
    EXPECT_NE(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("larger than a result file can be (at most 64 MiB)"), std::string::npos) << o.output;
    EXPECT_FALSE(std::filesystem::exists(path("r.html")));
}

}  // namespace
}  // namespace pujiang::testing
