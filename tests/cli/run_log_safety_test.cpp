// Run logs never lie: a record cut by a kill is dropped before the resumed run appends after it;
// a full disk stops the experiment with the reason and a valid log; a second program on the same
// log is refused; a crafted record is refused naming its line, never read out of bounds.

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_support.h"

namespace pujiang::testing {
namespace {

const std::string kShortMMc = " --set run.horizon=\\\"60h\\\" --set run.warmup=\\\"2h\\\" ";

class RunLogSafety : public TempFolderTest {
protected:
    static std::string sweep(int replications) {
        return fmt::format("sweep {}{}--vary 'rooms[1].tables=5,6' -r {} -q ", scenario("validation/mmc.toml"), kShortMMc,
                           replications);
    }
    // Every line of the log is a whole JSON object; returns how many there are.
    static int wholeLines(const std::string& file) {
        std::ifstream in(file);
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            EXPECT_TRUE(nlohmann::json::accept(line)) << file << " line " << n + 1 << ": " << line.substr(0, 80);
            ++n;
        }
        const std::string text = slurp(file);
        EXPECT_TRUE(text.empty() || text.back() == '\n') << file << " ends inside a record";
        return n;
    }
    // The log's lines 1..n (header first), with line n + 1 cut in half.
    void writeCutLog(const std::string& from, const std::string& to, int n) const {
        std::ifstream in(from);
        std::ofstream out(to);
        std::string line;
        for (int i = 0; i < n && std::getline(in, line); ++i) out << line << '\n';
        std::getline(in, line);
        out << line.substr(0, line.size() / 2);
    }
};

TEST_F(RunLogSafety, AResumedLogDropsTheCutRecordAndStaysReadable) {
    ASSERT_EQ(runPujiang(sweep(8) + "--runs " + path("full.jsonl")).exitCode, 0);
    writeCutLog(path("full.jsonl"), path("cut.jsonl"), 5);
    const Outcome resumed = runPujiang(sweep(8) + "--runs " + path("cut.jsonl") + " --resume");
    ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
    EXPECT_EQ(wholeLines(path("cut.jsonl")), wholeLines(path("full.jsonl")));
    const Outcome merged = runPujiang("merge " + path("cut.jsonl") + " --json " + path("m.json"));
    EXPECT_EQ(merged.exitCode, 0) << merged.output;
}

// A full disk (here a file-size limit, with its signal ignored so the write fails with EFBIG).
TEST_F(RunLogSafety, AFailedWriteStopsTheExperimentWithTheReasonAndAValidLog) {
    const Outcome full = runShell(fmt::format("cd {} && ulimit -f 16 && trap '' XFSZ && {} {} --runs {}", m_dir.string(),
                                              pujiangBinary(), sweep(40), path("log.jsonl")));
    EXPECT_NE(full.exitCode, 0) << full.output;
    EXPECT_NE(full.output.find("cannot write to the run log: File too large"), std::string::npos) << full.output;
    EXPECT_EQ(full.output.find("done"), std::string::npos) << full.output;
    EXPECT_GE(wholeLines(path("log.jsonl")), 1);
}

TEST_F(RunLogSafety, ASecondProgramOnTheSameLogIsRefused) {
    // The first program holds the log while it runs; the second tries while it does.
    const Outcome both = runShell(fmt::format(
        "cd {0} && {{ {1} {2} --runs {3} & first=$!; sleep 0.5; {1} {2} --runs {3} --resume; echo second=$?; "
        "kill $first; wait $first; }}",
        m_dir.string(), pujiangBinary(), sweep(4000), path("log.jsonl")));
    EXPECT_NE(both.output.find("another program is writing this run log"), std::string::npos) << both.output;
    EXPECT_NE(both.output.find("second=1"), std::string::npos) << both.output;
    wholeLines(path("log.jsonl"));
}

TEST_F(RunLogSafety, ACraftedRecordIsRefusedNamingItsLine) {
    ASSERT_EQ(runPujiang(sweep(2) + "--runs " + path("log.jsonl")).exitCode, 0);
    std::ifstream in(path("log.jsonl"));
    std::string header, record;
    std::getline(in, header);
    std::getline(in, record);
    const auto crafted = [&](const std::string& key, const nlohmann::json& value) {
        nlohmann::json j = nlohmann::json::parse(record);
        j[key] = value;
        std::ofstream(path("bad.jsonl")) << header << '\n' << j.dump() << '\n';
        return runPujiang("merge " + path("bad.jsonl") + " --json " + path("m.json"));
    };
    const Outcome variant = crafted("variant", 2147483647);
    EXPECT_NE(variant.exitCode, 0);
    EXPECT_NE(variant.output.find("bad.jsonl:2: variant 2147483647 is outside 0..1"), std::string::npos) << variant.output;
    const Outcome replication = crafted("replication", -5);
    EXPECT_NE(replication.output.find("bad.jsonl:2: replication -5 is outside"), std::string::npos) << replication.output;
    const Outcome little = crafted("little", nlohmann::json::array({1, 1, 1, -1e30, 1, 1}));
    EXPECT_NE(little.output.find("little: a number is negative or not finite"), std::string::npos) << little.output;
    const Outcome rooms = crafted("by_room", nlohmann::json::array());
    EXPECT_NE(rooms.output.find("bad.jsonl:2: the record has 0 rooms"), std::string::npos) << rooms.output;
    EXPECT_FALSE(fs::exists(path("m.json")));
}

}  // namespace
}  // namespace pujiang::testing
