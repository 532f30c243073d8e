// The `pujiang` command as a user meets it: exit codes, messages, and files written whole or not
// at all. Runs the built binary.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_support.h"

namespace {

namespace fs = std::filesystem;
using namespace pujiang::testing;

using Cli = TempFolderTest;

TEST_F(Cli, RunPrintsTheChineseDayReportByDefault) {
    const Outcome o = runPujiang("run " + scenario("county-duty-day.toml") + " -r 5");
    EXPECT_EQ(o.exitCode, 0) << o.output;
    EXPECT_NE(o.output.find("接待日报告"), std::string::npos);
    EXPECT_NE(o.output.find("当场解决"), std::string::npos);
    const Outcome en = runPujiang("run " + scenario("county-duty-day.toml") + " -r 5 --lang en");
    EXPECT_NE(en.output.find("resolved on the spot"), std::string::npos);
}

// [agg.cell_n] A category seen on some days only: its mean wait is over those days, and the day
// report and the HTML report say how many there were.
TEST_F(Cli, ReportsGiveNWhereACellHasFewerValuesThanReplications) {
    const Outcome o = runPujiang("run " + scenario("county-duty-day.toml") + " -r 40 --lang en --json " + path("r.json"));
    ASSERT_EQ(o.exitCode, 0) << o.output;
    const auto doc = nlohmann::json::parse(slurp(path("r.json")));
    int sampled = -1;
    for (const auto& c : doc["by_category"])
        if (c["code"] == "SUGG") sampled = c["metrics"]["wait_min"]["mean"]["n"].get<int>();
    ASSERT_GT(sampled, 0);
    ASSERT_LT(sampled, 40);
    const std::size_t line = o.output.find("SUGG ");
    ASSERT_NE(line, std::string::npos) << o.output;
    const std::string row = o.output.substr(line, o.output.find('\n', line) - line);
    EXPECT_NE(row.find("(n=" + std::to_string(sampled) + ")"), std::string::npos) << row;
    EXPECT_NE(o.output.find("n=: the replications (days) in which the cell had a value"), std::string::npos);
    ASSERT_EQ(runPujiang("report " + path("r.json") + " -o " + path("r.html")).exitCode, 0);
    EXPECT_NE(slurp(path("r.html")).find("n = " + std::to_string(sampled) + "<"), std::string::npos);
}

TEST_F(Cli, JsonIsByteIdenticalWhateverTheNumberOfJobs) {
    const std::string base = "run " + scenario("pujiang-2003.toml") + " -r 24 -q --seed 5 ";
    ASSERT_EQ(runPujiang(base + "--jobs 1 --json " + path("one.json") + " --csv " + path("one.csv")).exitCode, 0);
    ASSERT_EQ(runPujiang(base + "--jobs 2 --json " + path("two.json") + " --csv " + path("two.csv")).exitCode, 0);
    ASSERT_EQ(runPujiang(base + "--jobs 7 --json " + path("seven.json")).exitCode, 0);
    const std::string one = slurp(path("one.json"));
    EXPECT_GT(one.size(), 1000u);
    EXPECT_EQ(one, slurp(path("two.json")));
    EXPECT_EQ(one, slurp(path("seven.json")));
    EXPECT_EQ(slurp(path("one.csv")), slurp(path("two.csv")));
}

TEST_F(Cli, TraceListsEveryEventOfReplicationZero) {
    ASSERT_EQ(runPujiang("run " + scenario("pujiang-2003.toml") + " -r 2 -q --trace " + path("trace.csv")).exitCode, 0);
    const std::string trace = slurp(path("trace.csv"));
    EXPECT_EQ(trace.rfind("time_min,clock,kind,batch,room,detail\n", 0), 0u);
    // Every received batch starts and ends a consultation: about 436 of each.
    std::size_t starts = 0, pos = 0;
    while ((pos = trace.find(",consultation_start,", pos)) != std::string::npos) ++starts, ++pos;
    EXPECT_GT(starts, 400u);
    EXPECT_LT(starts, 480u);
}

TEST_F(Cli, BadScenarioExitsTwoWithPositionsAndWritesNothing) {
    std::ofstream(path("bad.toml")) << "[day]\nopens = \"8:00\"\nclosing_rul = \"x\"\n";
    const Outcome o = runPujiang("run " + path("bad.toml") + " --json " + path("out.json"));
    EXPECT_EQ(o.exitCode, 2);
    EXPECT_NE(o.output.find("bad.toml:2:9:"), std::string::npos) << o.output;
    EXPECT_NE(o.output.find("did you mean 'closing_rule'"), std::string::npos) << o.output;
    EXPECT_FALSE(fs::exists(path("out.json")));
}

TEST_F(Cli, BadFlagsExitTwo) {
    EXPECT_EQ(runPujiang("run " + scenario("pujiang-2003.toml") + " --replications 0").exitCode, 2);
    EXPECT_EQ(runPujiang("run " + scenario("pujiang-2003.toml") + " --lang fr").exitCode, 2);
    EXPECT_EQ(runPujiang("run " + scenario("pujiang-2003.toml") + " --json /no/such/folder/x.json").exitCode, 2);
    EXPECT_EQ(runPujiang("run " + path("missing.toml")).exitCode, 2);
    EXPECT_EQ(runPujiang("frobnicate").exitCode, 2);
}

TEST_F(Cli, BadSetExitsTwoWithAMessageAndWritesNothing) {
    const std::string run = "run " + scenario("county-duty-day.toml") + " -q --json " + path("out.json") + " ";
    const struct {
        const char* set;
        const char* message;
    } cases[] = {
        {"--set lawyers", "expected KEY=VALUE"},
        {"--set foo.bar=1", "unknown key 'foo'"},
        {"--set 'rooms[9].tables=2'", "there are only 4 [[rooms]]"},
        {"--set 'rooms[1].tables=many'", "rooms[1].tables"},
        {"--set 'outcomes.assigned_deadline=\"30d\"'", "removed"},
    };
    for (const auto& c : cases) {
        const Outcome o = runPujiang(run + c.set);
        EXPECT_EQ(o.exitCode, 2) << c.set << "\n" << o.output;
        EXPECT_NE(o.output.find(c.message), std::string::npos) << c.set << "\n" << o.output;
        EXPECT_FALSE(fs::exists(path("out.json"))) << c.set;
    }
}

TEST_F(Cli, ValidateChecksEveryScenarioFile) {
    const Outcome o = runPujiang("validate " + scenario("pujiang-2003.toml") + " " + scenario("county-duty-day.toml") +
                              " " + scenario("provincial-visit-today.toml"));
    EXPECT_EQ(o.exitCode, 0) << o.output;
    std::ofstream(path("bad.toml")) << "[[rooms]]\nname = \"a\"\ntables = 0\n";
    EXPECT_EQ(runPujiang("validate " + path("bad.toml")).exitCode, 2);
}

TEST_F(Cli, ReportComparesResultFilesInOneHtmlPage) {
    ASSERT_EQ(runPujiang("run " + scenario("pujiang-2003.toml") + " -r 4 -q --json " + path("a.json")).exitCode, 0);
    ASSERT_EQ(runPujiang("run " + scenario("county-duty-day.toml") + " -r 4 -q --json " + path("b.json")).exitCode, 0);
    const Outcome o = runPujiang("report " + path("a.json") + " " + path("b.json") + " -o " + path("r.html") + " --lang en");
    EXPECT_EQ(o.exitCode, 0) << o.output;
    const std::string html = slurp(path("r.html"));
    EXPECT_NE(html.find("pujiang-2003"), std::string::npos);
    EXPECT_NE(html.find("county-duty-day"), std::string::npos);
    EXPECT_NE(html.find("resolved on the spot"), std::string::npos);
}

TEST_F(Cli, ReportRefusesBadInputsAndWritesNothing) {
    std::ofstream(path("bad.json")) << "{\"schema\": \"pujiang-run/1\",}";
    std::ofstream(path("other.json")) << "{\"schema\": \"something/2\"}";
    Outcome o = runPujiang("report " + path("bad.json") + " -o " + path("r.html"));
    EXPECT_EQ(o.exitCode, 2);
    EXPECT_NE(o.output.find("bad.json: not JSON (byte"), std::string::npos) << o.output;
    o = runPujiang("report " + path("other.json") + " -o " + path("r.html"));
    EXPECT_EQ(o.exitCode, 2);
    EXPECT_NE(o.output.find("other.json: schema is \"something/2\""), std::string::npos) << o.output;
    o = runPujiang("report " + path("missing.json") + " -o " + path("r.html"));
    EXPECT_EQ(o.exitCode, 2);
    EXPECT_NE(o.output.find("missing.json: no such file"), std::string::npos) << o.output;
    EXPECT_EQ(runPujiang("report " + path("other.json") + " -o /no/such/folder/r.html").exitCode, 2);
    EXPECT_EQ(runPujiang("report " + path("other.json")).exitCode, 2) << "-o is required";
    EXPECT_FALSE(fs::exists(path("r.html")));
}

TEST_F(Cli, KeysListsTheKeyTable) {
    const Outcome o = runPujiang("keys");
    EXPECT_EQ(o.exitCode, 0);
    EXPECT_NE(o.output.find("rooms[].tables"), std::string::npos);
    EXPECT_NE(o.output.find("batches.patience"), std::string::npos);
}

}  // namespace
