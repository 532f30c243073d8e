// `pujiang exercise` and `pujiang class` as a trainer uses them: list, run and record an attempt,
// debrief it, make a class, record attempts into it, and write its report and CSV; and bad input
// refused with a message and a non-zero exit, leaving no file behind.

#include <algorithm>
#include <regex>

#include <fmt/format.h>

#include "tests/cli/cli_support.h"

namespace pujiang::testing {
namespace {

std::string exercise(const std::string& id) { return std::string(PUJIANG_SOURCE_DIR) + "/exercises/" + id + ".toml"; }

class TrainingCli : public TempFolderTest {
protected:
    // A roster of two trainees.
    std::string writeRoster() const {
        const std::string roster = path("roster.csv");
        std::ofstream(roster) << "trainee_id,name\nzhang01,张伟\nli02,\"李, 娜\"\n";
        return roster;
    }
    // Plays the exercise's reference or baseline plan on `seed` and keeps its decision log.
    std::string recordPlan(const std::string& id, const std::string& plan, std::uint64_t seed) const {
        const std::string log = path(id + "-" + plan + ".log");
        const Outcome run = runPujiang(fmt::format("exercise run {} --plan {} --seed {} --record {} --lang en",
                                                   exercise(id), plan, seed, log));
        EXPECT_EQ(run.exitCode, 0) << run.output;
        return log;
    }
};

// The one number after "class " in `class new`'s output.
std::string classIdOf(const std::string& output) {
    std::smatch match;
    EXPECT_TRUE(std::regex_search(output, match, std::regex("class (\\d+):"))) << output;
    return match.size() > 1 ? match[1].str() : "";
}

TEST_F(TrainingCli, ListsEveryShippedExerciseWithTitleAndLevel) {
    const Outcome list = runPujiang("exercise list --lang en");
    ASSERT_EQ(list.exitCode, 0) << list.output;
    for (const char* id : {"calm-duty-day", "collective-visit", "litigation-few-lawyers", "morning-rush-2003",
                           "provincial-visit-overrun", "whole-day-2003-budget"})
        EXPECT_NE(list.output.find(id), std::string::npos) << id << "\n" << list.output;
}

TEST_F(TrainingCli, ARecordedAttemptScoresTheSameWhenReplayed) {
    const std::string log = recordPlan("calm-duty-day", "reference", 11);
    const Outcome played = runPujiang(fmt::format("exercise run {} --plan reference --seed 11 --json {} --lang en",
                                                  exercise("calm-duty-day"), path("played.json")));
    const Outcome replayed = runPujiang(
        fmt::format("exercise run {} --decisions {} --json {} --lang en", exercise("calm-duty-day"), log, path("replayed.json")));
    ASSERT_EQ(replayed.exitCode, 0) << replayed.output;
    EXPECT_EQ(slurp(path("played.json")), slurp(path("replayed.json")));
}

// A trainee's session typed as a script: an action before the day, two cases decided, the rest
// passed at the end; its record replays to the same score.
TEST_F(TrainingCli, AScriptedSessionRecordsAnAttemptThatReplaysToTheSameScore) {
    const std::string script = path("session.txt");
    std::ofstream(script) << "# at the table\nact call_head room=3\nnext\ndecide legal_channel\nnext\ndecide define\n"
                             "status\nfinish\nthis line is never read\n";
    const Outcome played = runPujiang(fmt::format("exercise play {} --script {} --record {} --json {} --lang en",
                                                  exercise("collective-visit"), script, path("session.log"), path("played.json")));
    ASSERT_EQ(played.exitCode, 0) << played.output;
    EXPECT_NE(played.output.find("→ call_head · 300 · 300"), std::string::npos) << played.output;
    EXPECT_NE(played.output.find("case DEMOL-02"), std::string::npos) << played.output;
    EXPECT_NE(played.output.find("cases decided 2"), std::string::npos) << played.output;
    const std::string log = slurp(path("session.log"));
    EXPECT_NE(log.find("disposition=legal_channel"), std::string::npos) << log;
    EXPECT_NE(log.find("disposition=define"), std::string::npos) << log;
    const Outcome replayed = runPujiang(fmt::format("exercise run {} --decisions {} --json {}", exercise("collective-visit"),
                                                    path("session.log"), path("replayed.json")));
    ASSERT_EQ(replayed.exitCode, 0) << replayed.output;
    EXPECT_EQ(slurp(path("played.json")), slurp(path("replayed.json")));
}

TEST_F(TrainingCli, AScriptStopsAtItsFirstBadLineNamingItAndWritesNothing) {
    const std::string script = path("bad.txt");
    for (const auto& [line, expected] : std::vector<std::pair<std::string, std::string>>{
             {"decide on_spot", "bad.txt:2: no case waits for a decision"},
             {"act call_hed room=3", "bad.txt:2: 'call_hed' is not an action (did you mean 'call_head'?)"},
             {"act open_room room=99", "bad.txt:2: room=99 is not a room; allowed: 1..4"},
             {"until 25:99", "bad.txt:2: '25:99' is not a clock time"},
             {"decid on_spot", "bad.txt:2: 'decid' is not a command (did you mean 'decide'?)"}}) {
        std::ofstream(script) << "status\n" << line << "\nfinish\n";
        const Outcome played = runPujiang(fmt::format("exercise play {} --script {} --record {} --lang en",
                                                      exercise("collective-visit"), script, path("never.log")));
        EXPECT_EQ(played.exitCode, 2) << line;
        EXPECT_NE(played.output.find(expected), std::string::npos) << played.output;
        EXPECT_FALSE(fs::exists(path("never.log"))) << line;
    }
}

TEST_F(TrainingCli, DebriefWritesTheAfterActionReport) {
    const std::string log = recordPlan("calm-duty-day", "baseline", 5);
    const Outcome debrief = runPujiang(fmt::format("exercise debrief {} --decisions {} --days 4 --lang en -o {}",
                                                   exercise("calm-duty-day"), log, path("aar.html")));
    ASSERT_EQ(debrief.exitCode, 0) << debrief.output;
    const std::string html = slurp(path("aar.html"));
    EXPECT_NE(html.find("<html"), std::string::npos);
    EXPECT_NE(html.find("</html>"), std::string::npos);
    EXPECT_NE(debrief.output.find("days like it 4"), std::string::npos) << debrief.output;
}

TEST_F(TrainingCli, AClassRecordsAttemptsAndReportsThem) {
    const std::string db = path("class.sqlite");
    const Outcome made = runPujiang(fmt::format("class new --exercise calm-duty-day --seed 7 --roster {} --db {} --note 第一期",
                                                writeRoster(), db));
    ASSERT_EQ(made.exitCode, 0) << made.output;
    const std::string id = classIdOf(made.output);
    const std::string reference = recordPlan("calm-duty-day", "reference", 7);
    const std::string baseline = recordPlan("calm-duty-day", "baseline", 7);
    const Outcome first = runPujiang(fmt::format("class record --db {} --trainee zhang01 --decisions {}", db, reference));
    ASSERT_EQ(first.exitCode, 0) << first.output;
    const Outcome second = runPujiang(fmt::format("class record --db {} --class {} --trainee li02 --decisions {}", db, id, baseline));
    ASSERT_EQ(second.exitCode, 0) << second.output;

    const Outcome listed = runPujiang(fmt::format("class list --db {}", db));
    EXPECT_NE(listed.output.find("calm-duty-day"), std::string::npos) << listed.output;

    ASSERT_EQ(runPujiang(fmt::format("class export --db {} -o {}", db, path("attempts.csv"))).exitCode, 0);
    const std::string csv = slurp(path("attempts.csv"));
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;  // header and two attempts
    EXPECT_NE(csv.find("zhang01"), std::string::npos);
    EXPECT_NE(csv.find("\"李, 娜\""), std::string::npos) << csv;

    ASSERT_EQ(runPujiang(fmt::format("class report --db {} --lang en -o {}", db, path("class.html"))).exitCode, 0);
    const std::string html = slurp(path("class.html"));
    // The reference plan ranks above the baseline on the class's own day.
    const std::size_t ranking = html.find("Ranking");
    ASSERT_NE(ranking, std::string::npos);
    EXPECT_LT(html.find("zhang01", ranking), html.find("li02", ranking)) << html;
}

TEST_F(TrainingCli, RefusesALogOfAnotherSeedOrATraineeNotOnTheRoster) {
    const std::string db = path("class.sqlite");
    ASSERT_EQ(runPujiang(fmt::format("class new --exercise calm-duty-day --seed 7 --roster {} --db {}", writeRoster(), db)).exitCode, 0);
    const Outcome otherSeed = runPujiang(
        fmt::format("class record --db {} --trainee zhang01 --decisions {}", db, recordPlan("calm-duty-day", "baseline", 8)));
    EXPECT_NE(otherSeed.exitCode, 0);
    EXPECT_NE(otherSeed.output.find("on seed 8; class 1 plays 'calm-duty-day' on seed 7"), std::string::npos) << otherSeed.output;
    const Outcome stranger = runPujiang(
        fmt::format("class record --db {} --trainee wang09 --decisions {}", db, recordPlan("calm-duty-day", "baseline", 7)));
    EXPECT_NE(stranger.exitCode, 0);
    EXPECT_NE(stranger.output.find("not on the roster"), std::string::npos) << stranger.output;
    ASSERT_EQ(runPujiang(fmt::format("class export --db {} -o {}", db, path("attempts.csv"))).exitCode, 0);
    const std::string csv = slurp(path("attempts.csv"));
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1) << "a refused attempt was written:\n" << csv;
}

TEST_F(TrainingCli, ABadRosterCreatesNoDatabase) {
    const std::string roster = path("roster.csv");
    std::ofstream(roster) << "trainee_id,name\nzhang01,张伟\nzhang01,张三\n";
    const Outcome made = runPujiang(fmt::format("class new --exercise calm-duty-day --roster {} --db {}", roster, path("c.sqlite")));
    EXPECT_NE(made.exitCode, 0);
    EXPECT_NE(made.output.find("roster.csv:3"), std::string::npos) << made.output;
    EXPECT_FALSE(fs::exists(path("c.sqlite")));
}

TEST_F(TrainingCli, NamesTheExercisesWhenTheIdIsUnknown) {
    const Outcome made = runPujiang(fmt::format("class new --exercise calm-duty --roster {} --db {}", writeRoster(), path("c.sqlite")));
    EXPECT_NE(made.exitCode, 0);
    EXPECT_NE(made.output.find("calm-duty-day"), std::string::npos) << made.output;
    EXPECT_FALSE(fs::exists(path("c.sqlite")));
}

TEST_F(TrainingCli, ReportNeedsAnExistingDatabaseAndWritesNothingElse) {
    const Outcome report = runPujiang(fmt::format("class report --db {} -o {}", path("none.sqlite"), path("class.html")));
    EXPECT_NE(report.exitCode, 0);
    EXPECT_FALSE(fs::exists(path("none.sqlite")));
    EXPECT_FALSE(fs::exists(path("class.html")));
}

}  // namespace
}  // namespace pujiang::testing
