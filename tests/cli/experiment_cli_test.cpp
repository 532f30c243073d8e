// `pujiang compare`, `sweep` and `merge` as a user runs them: common random numbers, shards,
// resumed run logs, and bad input.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_support.h"

namespace {

namespace fs = std::filesystem;
using namespace pujiang::testing;

class ExperimentCli : public TempFolderTest {
protected:
    // The county duty day with a second leader's table (a shipped example scenario).
    static std::string largerStaff() { return scenario("county-duty-two-leaders.toml"); }

    // Runs `pujiang ARGS` in the background, sends it Ctrl-C after a second, and returns what the
    // shell saw ("exit=130" when it stopped cleanly). Background jobs of a non-interactive shell
    // start with SIGINT ignored; pujiang installs its own handler, so the signal still reaches it.
    static Outcome interruptAfterASecond(const std::string& arguments, const std::string& folder = ".") {
        return runShell("cd " + folder + " && { " + pujiangBinary() + " " + arguments +
                        " & pid=$!; sleep 1; kill -INT $pid; wait $pid; echo exit=$?; }");
    }
};

// A shortened M/M/c scenario keeps these tests quick.
const std::string kShortMMc = " --set run.horizon=\\\"60h\\\" --set run.warmup=\\\"2h\\\" ";

TEST_F(ExperimentCli, IdenticalVariantsDifferByExactlyZero) {
    const std::string file = scenario("county-duty-day.toml");
    const Outcome o = runPujiang("compare " + file + " " + file + " -r 30 -q --json " + path("c.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("c.json")));
    ASSERT_EQ(doc["differences"].size(), 1u);
    for (const auto& [name, d] : doc["differences"][0]["metrics"].items()) {
        EXPECT_EQ(d["mean"].get<double>(), 0.0) << name;
        EXPECT_EQ(d["sd"].get<double>(), 0.0) << name;
        EXPECT_FALSE(d["significant"].get<bool>()) << name;
    }
}

TEST_F(ExperimentCli, CompareFindsTheEffectOfALargerStaff) {
    const Outcome o = runPujiang("compare " + scenario("county-duty-day.toml") + " " + largerStaff() +
                              " -r 60 --lang en --csv " + path("c.csv") + " --html " + path("c.html"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("mean wait"), std::string::npos);
    EXPECT_NE(o.output.find(" *"), std::string::npos) << "some difference should be significant:\n" << o.output;
    EXPECT_EQ(slurp(path("c.csv")).rfind("variant,metric,n,mean,sd,ci_low,ci_high,diff_n,diff_mean", 0), 0u);
    const std::string html = slurp(path("c.html"));
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("county-duty-two-leaders"), std::string::npos);
}

TEST_F(ExperimentCli, SelectPicksTheLargerStaff) {
    const Outcome o = runPujiang("compare " + scenario("county-duty-day.toml") + " " + largerStaff() +
                              " --select wait_min.mean --indifference 1 --lang en --json " + path("s.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("Best variant"), std::string::npos) << o.output;
    EXPECT_NE(o.output.find("selected: B = county-duty-two-leaders"), std::string::npos) << o.output;
    EXPECT_NE(o.output.find("(KN procedure, common random numbers)"), std::string::npos) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("s.json")));
    const auto& selection = doc["selection"];
    EXPECT_EQ(selection["metric"], "wait_min.mean");
    EXPECT_EQ(selection["goal"], "min");
    EXPECT_EQ(selection["procedure"], "KN");
    EXPECT_EQ(selection["pcs"].get<double>(), 0.95);
    EXPECT_EQ(selection["indifference"].get<double>(), 1.0);
    EXPECT_EQ(selection["first_stage"].get<int>(), 10);
    EXPECT_GE(selection["replications"].get<int>(), 10);
    EXPECT_LE(selection["replications"].get<int>(), doc["replications"].get<int>());
    EXPECT_EQ(selection["selected"], "county-duty-two-leaders");
    EXPECT_EQ(selection["survivors"], nlohmann::json::array({"county-duty-two-leaders"}));
}

TEST_F(ExperimentCli, SelectionLogMergesAndResumesToTheSameResult) {
    const std::string select = "compare " + scenario("county-duty-day.toml") + " " + largerStaff() +
                               " --select wait_min.mean --indifference 0.5 -q ";
    ASSERT_EQ(runPujiang(select + "--runs " + path("full.jsonl") + " --json " + path("full.json")).exitCode, 0);
    // `merge` replays the stages over the log; a resumed log that stopped after the first runs
    // finishes the same stages.
    const Outcome merged = runPujiang("merge " + path("full.jsonl") + " -q --json " + path("merged.json"));
    ASSERT_EQ(merged.exitCode, 0) << merged.output;
    EXPECT_EQ(slurp(path("full.json")), slurp(path("merged.json")));
    std::ifstream in(path("full.jsonl"));
    std::ofstream cut(path("cut.jsonl"));
    std::string line;
    for (int i = 0; i < 10 && std::getline(in, line); ++i) cut << line << '\n';
    cut.close();
    EXPECT_NE(runPujiang("merge " + path("cut.jsonl") + " -q --json " + path("partial.json")).exitCode, 0);
    const Outcome resumed = runPujiang(select + "--runs " + path("cut.jsonl") + " --resume --json " + path("resumed.json"));
    ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
    EXPECT_EQ(slurp(path("full.json")), slurp(path("resumed.json")));
}

TEST_F(ExperimentCli, BadSelectExitsTwoAndListsTheMetrics) {
    const std::string files = scenario("county-duty-day.toml") + " " + scenario("county-duty-day.toml");
    const Outcome bad = runPujiang("compare " + files + " --select wait_mean --indifference 1 -q");
    EXPECT_EQ(bad.exitCode, 2) << bad.output;
    EXPECT_NE(bad.output.find("'wait_mean' is not a metric"), std::string::npos) << bad.output;
    EXPECT_NE(bad.output.find("wait_min.mean, wait_min.p50"), std::string::npos) << bad.output;
    for (const char* other : {"--select wait_min.mean", "--indifference 1", "--select wait_min.mean --indifference 0",
                              "--select wait_min.mean --indifference 1 --pcs 0.5",
                              "--select wait_min.mean --indifference 1 --goal best",
                              "--select wait_min.mean --indifference 1 -r 20 --max-replications 15"}) {
        const Outcome o = runPujiang("compare " + files + " " + other + " -q");
        EXPECT_EQ(o.exitCode, 2) << other << "\n" << o.output;
        EXPECT_FALSE(o.output.empty()) << other;
    }
}

TEST_F(ExperimentCli, MoreTablesNeverRaiseTheMeanWait) {
    const Outcome o = runPujiang("sweep " + scenario("validation/mmc.toml") + kShortMMc +
                              "--vary 'rooms[1].tables=5..8' -r 20 -q --json " + path("s.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("s.json")));
    ASSERT_EQ(doc["variants"].size(), 4u);
    double previous = 1e300;
    for (const auto& v : doc["variants"]) {
        const double wait = v["results"]["metrics"]["wait_min"]["mean"]["mean"].get<double>();
        EXPECT_LE(wait, previous) << v["label"];
        previous = wait;
    }
}

TEST_F(ExperimentCli, ShardsMergeIntoExactlyTheSingleRun) {
    const std::string sweep = "sweep " + scenario("validation/mm1.toml") + kShortMMc +
                              "--vary 'rooms[1].consultation=\"0.9min\",\"1min\"' --vary 'run.warmup=\"1h\",\"3h\"' -r 6 -q ";
    ASSERT_EQ(runPujiang(sweep + "--json " + path("one.json") + " --csv " + path("one.csv")).exitCode, 0);
    for (int i = 1; i <= 3; ++i) {
        // (formatted, not concatenated: GCC 12 warns falsely on "s" + std::to_string(i))
        const std::string log = path(fmt::format("s{}.jsonl", i));
        const Outcome shard = runPujiang(sweep + fmt::format("--shard {}/3 --runs {}", i, log));
        ASSERT_EQ(shard.exitCode, 0) << shard.output;
    }
    const Outcome merged = runPujiang("merge " + path("s1.jsonl") + " " + path("s2.jsonl") + " " + path("s3.jsonl") +
                                   " -q --json " + path("merged.json") + " --csv " + path("merged.csv"));
    ASSERT_EQ(merged.exitCode, 0) << merged.output;
    EXPECT_EQ(slurp(path("one.json")), slurp(path("merged.json")));
    EXPECT_EQ(slurp(path("one.csv")), slurp(path("merged.csv")));
    // A missing shard is reported, not silently merged.
    const Outcome partial = runPujiang("merge " + path("s1.jsonl") + " " + path("s2.jsonl") + " -q --json " + path("p.json"));
    EXPECT_NE(partial.exitCode, 0);
    EXPECT_FALSE(fs::exists(path("p.json")));
}

TEST_F(ExperimentCli, ResumedSweepEqualsTheUninterruptedOne) {
    const std::string sweep = "sweep " + scenario("validation/mmc.toml") + kShortMMc + "--vary 'rooms[1].tables=5,6' -r 8 -q ";
    ASSERT_EQ(runPujiang(sweep + "--runs " + path("full.jsonl") + " --json " + path("full.json")).exitCode, 0);
    // An interruption leaves the header and the runs finished so far (the last one maybe cut off).
    std::ifstream in(path("full.jsonl"));
    std::ofstream cut(path("cut.jsonl"));
    std::string line;
    for (int i = 0; i < 7 && std::getline(in, line); ++i) cut << line << '\n';
    std::getline(in, line);
    cut << line.substr(0, line.size() / 2);  // a half-written record
    cut.close();
    const Outcome resumed = runPujiang(sweep + "--runs " + path("cut.jsonl") + " --resume --json " + path("resumed.json"));
    ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
    EXPECT_EQ(slurp(path("full.json")), slurp(path("resumed.json")));
    // Without --resume an existing log is not overwritten.
    EXPECT_EQ(runPujiang(sweep + "--runs " + path("full.jsonl")).exitCode, 2);
}

TEST_F(ExperimentCli, ASelectionOfSeveralStagesKeepsOneRunLogOpen) {
    // Two equal variants never separate: the procedure runs stage after stage up to the cap, and
    // each stage appends to the same (locked) log instead of opening it again.
    const std::string mm1 = scenario("validation/mm1.toml");
    const Outcome o = runPujiang("compare " + mm1 + " " + mm1 +
                                 " -r 10 --select wait_min.mean --indifference 0.001 --max-replications 14 -q --runs " +
                                 path("select.jsonl") + " --json " + path("select.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    std::size_t lines = 0;
    {
        std::ifstream log(path("select.jsonl"));
        for (std::string line; std::getline(log, line);) ++lines;
    }
    EXPECT_EQ(lines, 1u + 2u * 14u) << "the header and every run of every stage";
    const auto doc = nlohmann::json::parse(slurp(path("select.json")));
    EXPECT_EQ(doc["selection"]["replications"].get<int>(), 14);
}

TEST_F(ExperimentCli, AutomaticReplicationsReachThePrecision) {
    const Outcome o = runPujiang("sweep " + scenario("validation/mm1.toml") + kShortMMc +
                              "--vary 'rooms[1].tables=1,2' -r auto --precision 0.1 -q --json " + path("a.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("a.json")));
    EXPECT_GE(doc["replications"].get<int>(), 10);
    for (const auto& v : doc["variants"]) {
        const auto& wait = v["results"]["metrics"]["wait_min"]["mean"];
        const double half = 0.5 * (wait["ci95"][1].get<double>() - wait["ci95"][0].get<double>());
        EXPECT_LE(half, 0.1 * wait["mean"].get<double>()) << v["label"];
    }
}

// A metric with no value on any day (nobody waits for a lawyer when lawyers.max_wait = 0) stays
// without one in every file: an empty CSV field, null in JSON, and its difference has n = 0 too.
TEST_F(ExperimentCli, NoValueStaysNoValueInCompareAndSweepFiles) {
    std::ofstream(path("no-wait.toml")) << "base = \"" << scenario("county-duty-day.toml")
                                         << "\"\nname = \"no-wait\"\n[lawyers]\nmax_wait = 0\n";
    const Outcome o = runPujiang("compare " + path("no-wait.toml") + " " + path("no-wait.toml") + " -r 12 -q --json " +
                                 path("c.json") + " --csv " + path("c.csv"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("c.json")));
    const auto& lawyerWait = doc["differences"][0]["metrics"]["lawyer_wait_min"];
    EXPECT_EQ(lawyerWait["n"].get<int>(), 0);
    EXPECT_TRUE(lawyerWait["mean"].is_null());
    EXPECT_TRUE(lawyerWait["ci95"][0].is_null());
    EXPECT_TRUE(lawyerWait["ci95"][1].is_null());
    EXPECT_FALSE(lawyerWait["significant"].get<bool>());
    EXPECT_EQ(doc["differences"][0]["metrics"]["batches_received"]["n"].get<int>(), 12);
    const std::string csv = slurp(path("c.csv"));
    EXPECT_EQ(csv.find("nan"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",lawyer_wait_min,0,,,,,0,,,,0\n"), std::string::npos) << csv;

    ASSERT_EQ(runPujiang("sweep " + path("no-wait.toml") + " --vary registration.desks=1,2 -r 4 -q --csv " +
                         path("s.csv")).exitCode, 0);
    const std::string sweep = slurp(path("s.csv"));
    EXPECT_EQ(sweep.find("nan"), std::string::npos) << sweep;
    EXPECT_NE(sweep.find(",lawyer_wait_min,0,,,,\n"), std::string::npos) << sweep;
}

// --replications auto stops when the metrics that have values are precise: a metric with no value
// (M/M/1 has no lawyers) does not keep it running to the cap.
TEST_F(ExperimentCli, AutomaticReplicationsIgnoreMetricsWithoutValues) {
    const Outcome o = runPujiang("sweep " + scenario("validation/mm1.toml") + kShortMMc +
                                 "--vary 'rooms[1].tables=1,2' -r auto --precision 0.25 --max-replications 400 "
                                 "--json " + path("a.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    EXPECT_EQ(o.output.find("not reached"), std::string::npos) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("a.json")));
    EXPECT_LT(doc["replications"].get<int>(), 400) << o.output;
    EXPECT_EQ(doc["variants"][0]["results"]["metrics"]["lawyer_wait_min"]["n"].get<int>(), 0);
}

// The sweep table's columns are the brief metrics of the metric table, and its last row gives each
// column's widest 95 % half-width.
TEST_F(ExperimentCli, SweepTableShowsTheBriefMetricsAndTheirPrecision) {
    const Outcome o = runPujiang("sweep " + scenario("county-duty-day.toml") +
                                 " --vary registration.desks=1,2 -r 20 --lang en");
    ASSERT_EQ(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("  #  received  unserved  mean wait  p90 wait"), std::string::npos) << o.output;
    EXPECT_NE(o.output.find("largest 95% CI half-width in each column"), std::string::npos) << o.output;
    const Outcome zh = runPujiang("sweep " + scenario("county-duty-day.toml") + " --vary registration.desks=1,2 -r 20");
    EXPECT_NE(zh.output.find("接待批次  未接待  平均等候  等候P90  利用率"), std::string::npos) << zh.output;
}

TEST_F(ExperimentCli, BadVaryAndSetExitTwo) {
    const std::string file = scenario("validation/mm1.toml");
    for (const char* bad : {"--vary 'rooms[1].tables'", "--vary 'rooms[1].tables=5..1'", "--vary 'rooms[1].tables=1..5:0'",
                                   "--vary 'room[1].tables=1,2'", "--vary 'rooms[9].tables=1,2'", "--vary 'rooms[1].tables=0,1'",
                                   "--vary 'rooms[1].tables=1,2' --set 'run.seed'", "--vary 'rooms[1].tables=1,2' -r many"}) {
        const Outcome o = runPujiang("sweep " + file + " " + std::string(bad) + " -q");
        EXPECT_EQ(o.exitCode, 2) << bad << "\n" << o.output;
        EXPECT_FALSE(o.output.empty()) << bad;
    }
}

}  // namespace

namespace {

// `plan` on M/M/c gives the number of servers Erlang C staffing gives for the same target
// probability of waiting (C(6, 4.25) = 0.35 and C(7, 4.25) = 0.17: target 0.25 is not borderline).
TEST_F(ExperimentCli, PlanStaffsMMcLikeErlangC) {
    const Outcome o = runPujiang("plan " + scenario("validation/mmc.toml") + kShortMMc +
                              "--vary 'rooms[1].tables=4..12' --target 'waited_fraction <= 0.25' -r 20 -q --json " + path("p.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("p.json")));
    int erlangServers = 4;
    auto erlangC = [](int c, double a) {
        double b = 1.0;
        for (int k = 1; k <= c; ++k) b = a * b / (k + a * b);
        return b / (1.0 - a / c * (1.0 - b));
    };
    while (erlangC(erlangServers, 4.25) > 0.25) ++erlangServers;
    EXPECT_EQ(doc["best"].get<std::string>(), "rooms[1].tables=" + std::to_string(erlangServers));
    EXPECT_LT(doc["search"]["evaluations"].get<int>(), doc["search"]["grid"].get<int>());
    ASSERT_FALSE(doc["erlang"].empty());
    EXPECT_EQ(doc["erlang"][0]["model"], "Erlang C");
}

TEST_F(ExperimentCli, PlanRejectsBadTargets) {
    for (const char* bad : {"'wait <= 60'", "'wait_min.p90 60'", "'wait_min.p90 <= soon'"}) {
        const Outcome o = runPujiang("plan " + scenario("validation/mmc.toml") + " --vary 'rooms[1].tables=5,6' --target " + bad);
        EXPECT_EQ(o.exitCode, 2) << bad << "\n" << o.output;
    }
}

}  // namespace

namespace {

TEST_F(ExperimentCli, SweepFilesAreByteIdenticalWhateverTheNumberOfJobs) {
    const std::string sweep = "sweep " + scenario("county-duty-day.toml") + " --vary 'lawyers.count=0,1,2' -r 12 -q ";
    ASSERT_EQ(runPujiang(sweep + "--jobs 1 --csv " + path("one.csv") + " --json " + path("one.json")).exitCode, 0);
    ASSERT_EQ(runPujiang(sweep + "--jobs 3 --csv " + path("three.csv") + " --json " + path("three.json")).exitCode, 0);
    EXPECT_EQ(slurp(path("one.csv")), slurp(path("three.csv")));
    EXPECT_EQ(slurp(path("one.json")), slurp(path("three.json")));
}

// A real Ctrl-C: the runs in hand finish, the log keeps them and the exit code is 130. (That a
// cut-off log resumes to the uninterrupted result is ResumedSweepEqualsTheUninterruptedOne.)
TEST_F(ExperimentCli, CtrlCKeepsFinishedRunsForResume) {
    const Outcome o = interruptAfterASecond("sweep " + scenario("pujiang-2003.toml") +
                                            " --vary 'rooms[*].tables=2,3' -r 20000 --jobs 2 -q --runs " +
                                            path("log.jsonl") + " --json " + path("never.json"));
    EXPECT_NE(o.output.find("exit=130"), std::string::npos) << o.output;
    EXPECT_FALSE(fs::exists(path("never.json")));
    std::size_t lines = 0;
    {
        std::ifstream log(path("log.jsonl"));
        std::string line;
        while (std::getline(log, line)) ++lines;
    }
    EXPECT_GT(lines, 1u) << "the log keeps the header and the finished runs";
    EXPECT_LT(lines, 40001u) << "it was interrupted before the end";
}

TEST_F(ExperimentCli, CtrlCWithoutARunLogStillKeepsTheFinishedRuns) {
    const Outcome o = interruptAfterASecond(
        "sweep " + scenario("pujiang-2003.toml") + " --vary 'rooms[*].tables=2,3' -r 20000 --jobs 2 -q", m_dir.string());
    EXPECT_NE(o.output.find("exit=130"), std::string::npos) << o.output;
    EXPECT_TRUE(fs::exists(path("pujiang-interrupted.jsonl")));
}

}  // namespace
