#include <gtest/gtest.h>

#include <fmt/format.h>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

using testing::allProblems;
using testing::firstProblem;
using testing::load;
using testing::problems;

const std::string kMinimal(testing::kMinimal);

TEST(ScenarioLoader, MinimalScenarioGetsTheDefaults) {
    const ScenarioSpec spec = load(kMinimal);
    EXPECT_EQ(spec.name, "test");
    EXPECT_EQ(spec.categories.size(), 12u);
    ASSERT_EQ(spec.rooms.size(), 1u);
    EXPECT_EQ(spec.rooms[0].name, "A");
    // Room hours come from [day] when the room sets none.
    EXPECT_DOUBLE_EQ(spec.rooms[0].opens, spec.day.opens);
    EXPECT_DOUBLE_EQ(spec.rooms[0].closes, spec.day.closes);
}

TEST(ScenarioLoader, FullFixtureSetsItsFields) {
    const ScenarioSpec spec = loadScenarioFile(testing::fixtureDir() / "scenario" / "full.toml");
    EXPECT_EQ(spec.name, "full-example");
    EXPECT_EQ(spec.title, "Every key set once");
    EXPECT_DOUBLE_EQ(spec.day.opens, 7 * 60.0 + 30.0);
    EXPECT_EQ(spec.day.closingRule, ClosingRule::FinishCurrent);
    EXPECT_EQ(spec.run.seed, 42u);
    EXPECT_EQ(spec.categories.size(), 3u);
    EXPECT_EQ(spec.categories[2].code, "LEGAL");
    EXPECT_DOUBLE_EQ(spec.categories[2].lawRelatedProbability, 1.0);
    EXPECT_EQ(spec.routing, RoutingPolicy::GeneralRoom);
    EXPECT_FALSE(spec.rebalance);
    EXPECT_EQ(spec.priority.classes, (std::vector<std::string>{"urgent", "category:LEGAL", "class3", "other"}));
    ASSERT_EQ(spec.walkIns.profile.size(), 2u);
    EXPECT_DOUBLE_EQ(spec.walkIns.profile[1].perHour, 2.5);
    EXPECT_EQ(spec.lawyers.count, 2);
    EXPECT_DOUBLE_EQ(spec.lawyers.closes, 16 * 60.0);
    // Two [[rooms]] tables, the second with count = 2.
    ASSERT_EQ(spec.rooms.size(), 3u);
    EXPECT_EQ(spec.rooms[0].name, "Top");
    EXPECT_TRUE(spec.rooms[0].topLeader);
    EXPECT_EQ(spec.rooms[0].leaderLevel, LeaderLevel::Province);
    EXPECT_EQ(spec.rooms[0].selection.maxBatches, 9);
    EXPECT_EQ(spec.rooms[0].selection.categories, (std::vector<std::string>{"LAND"}));
    ASSERT_EQ(spec.rooms[0].breaks.size(), 1u);
    EXPECT_DOUBLE_EQ(spec.rooms[0].breaks[0].from, 12 * 60.0);
    EXPECT_DOUBLE_EQ(spec.rooms[0].breaks[0].to, 13 * 60.0 + 30.0);
    EXPECT_EQ(spec.rooms[1].name, "Ordinary 1");
    EXPECT_EQ(spec.rooms[2].name, "Ordinary 2");
    EXPECT_EQ(spec.rooms[2].departments, (std::vector<std::string>{"INFRA", "LAND", "LEGAL"}));
    EXPECT_DOUBLE_EQ(spec.rooms[2].opens, 9 * 60.0);
    EXPECT_DOUBLE_EQ(spec.rooms[2].closes, spec.day.closes);
    EXPECT_DOUBLE_EQ(spec.outcomes.onSpotLevel[0], 1.5);
    EXPECT_DOUBLE_EQ(spec.lawyers.maxWait, 5.0);
}

TEST(ScenarioLoader, ShippedScenariosLoad) {
    int loaded = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::sourceDir() / "scenarios")) {
        if (entry.path().extension() != ".toml") continue;
        EXPECT_NO_THROW(loadScenarioFile(entry.path())) << entry.path();
        ++loaded;
    }
    EXPECT_GT(loaded, 0);
}

TEST(ScenarioLoader, UnknownKeySuggestsNearest) {
    EXPECT_EQ(firstProblem(kMinimal + "tabels = 2\n"),
              "test.toml:6:1: unknown key 'tabels' in [[rooms]]; did you mean 'tables'?");
    EXPECT_EQ(firstProblem("[day]\nOpens = \"08:00\"\n" + kMinimal),
              "test.toml:2:1: unknown key 'Opens' in [day]; did you mean 'opens'?");
    EXPECT_EQ(firstProblem("rooms = { name = \"A\" }\nappointments.count = 10\n"),
              "test.toml:1:9: rooms = {...} is a table; expected an array of tables [[rooms]]");
}

TEST(ScenarioLoader, UnknownKeyListsTheValidKeys) {
    EXPECT_EQ(firstProblem("[day]\nlunch = \"12:00\"\n" + kMinimal),
              "test.toml:2:1: unknown key 'lunch' in [day]; valid keys: opens, closes, closing_rule");
    EXPECT_EQ(firstProblem("[day]\nseed = 3\n" + kMinimal),
              "test.toml:2:1: unknown key 'seed' in [day]; valid keys: opens, closes, closing_rule ('seed' is a key "
              "of [run])");
    EXPECT_EQ(firstProblem("[weather]\nrain = true\n" + kMinimal),
              "test.toml:1:2: unknown key 'weather' in the top level; valid keys: name, title, description, base, day, run, "
              "categories, batches, appointments, walk_ins, stream, registration, triage, lawyers, rooms, "
              "consultation, outcomes");
}

TEST(ScenarioLoader, OutOfRangeGivesExactPosition) {
    const std::string text = R"(appointments.count = 10

[[rooms]]
name = "A"

[[rooms]]
name = "B"
  tables = 0
)";
    EXPECT_EQ(firstProblem(text), "test.toml:8:12: rooms[2].tables = 0 is out of range; allowed: integer 1..1000");
    EXPECT_EQ(firstProblem("appointments.no_show = 1.5\n" + kMinimal),
              "test.toml:1:24: appointments.no_show = 1.5 is out of range; allowed: number 0..1");
    EXPECT_EQ(firstProblem("consultation.unmatched_factor = 0\n" + kMinimal),
              "test.toml:1:33: consultation.unmatched_factor = 0 is out of range; allowed: number > 0");
    EXPECT_EQ(firstProblem("run.replications = 100001\n" + kMinimal),
              "test.toml:1:20: run.replications = 100001 is out of range; allowed: integer 1..100000");
    EXPECT_EQ(firstProblem("outcomes.on_spot = nan\n" + kMinimal),
              "test.toml:1:20: outcomes.on_spot = nan is out of range; allowed: number >= 0");
}

TEST(ScenarioLoader, WrongTypeNamesTheExpectedType) {
    EXPECT_EQ(firstProblem("run.seed = \"7\"\n" + kMinimal),
              "test.toml:1:12: run.seed = \"7\" is a string; expected integer >= 0");
    EXPECT_EQ(firstProblem("stream.enabled = 1\n" + kMinimal),
              "test.toml:1:18: stream.enabled = 1 is an integer; expected true or false");
    EXPECT_EQ(firstProblem(kMinimal + "tables = 2.0\n"),
              "test.toml:6:10: rooms[1].tables = 2.0 is a floating-point number; expected integer 1..1000");
    EXPECT_EQ(firstProblem("day = 5\n" + kMinimal), "test.toml:1:7: day = 5 is an integer; expected a table [day]");
    EXPECT_EQ(firstProblem("day.closing_rule = \"serve_all\"\n" + kMinimal),
              "test.toml:1:20: day.closing_rule = \"serve_all\" is not a known closing rule (did you mean "
              "'serve_all_present'?); allowed: one of finish_current, serve_all_present, stop_at_close");
}

TEST(ScenarioLoader, EnumsAcceptEveryName) {
    for (ClosingRule rule : {ClosingRule::FinishCurrent, ClosingRule::ServeAllPresent, ClosingRule::StopAtClose})
        EXPECT_EQ(load(fmt::format("day.closing_rule = \"{}\"\n", closingRuleName(rule)) + kMinimal).day.closingRule,
                  rule);
    for (RoutingPolicy policy : {RoutingPolicy::WaitForMatch, RoutingPolicy::AnyFreeRoom, RoutingPolicy::GeneralRoom})
        EXPECT_EQ(load(fmt::format("triage.routing = \"{}\"\n", routingName(policy)) + kMinimal).routing, policy);
    for (QueueDiscipline discipline : {QueueDiscipline::Fifo, QueueDiscipline::AppointmentsFirst,
                                       QueueDiscipline::PriorityClasses, QueueDiscipline::ShortestExpectedFirst})
        EXPECT_EQ(load(kMinimal + fmt::format("discipline = \"{}\"\n", disciplineName(discipline))).rooms[0].discipline,
                  discipline);
    for (int level = 0; level < kLeaderLevelCount; ++level) {
        const auto value = static_cast<LeaderLevel>(level);
        EXPECT_EQ(load(kMinimal + fmt::format("leader_level = \"{}\"\n", leaderLevelName(value))).rooms[0].leaderLevel,
                  value);
    }
}

TEST(ScenarioLoader, SyntaxErrorKeepsTomlPosition) {
    const std::vector<Diagnostic> found = problems("[day]\nopens = \"08:00\nday = 1\n");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].file, "test.toml");
    EXPECT_EQ(found[0].line, 2);
    EXPECT_NE(found[0].message.find("TOML syntax error"), std::string::npos) << found[0].message;
}

TEST(ScenarioLoader, ReportsEveryProblemInFileOrder) {
    const std::vector<Diagnostic> found = problems(R"(run.replications = 0
day.opens = "25:99"
[[rooms]]
name = "A"
tables = -1
colour = "red"
)");
    std::string listing;
    for (const Diagnostic& d : found) listing += d.format() + "\n";
    ASSERT_EQ(found.size(), 5u) << listing;
    EXPECT_EQ(found[0].line, 1);
    EXPECT_EQ(found[1].line, 2);
    EXPECT_EQ(found[2].line, 5);
    EXPECT_EQ(found[3].line, 6);
    // File-wide problems come last.
    EXPECT_EQ(found[4].format(),
              "test.toml: no arrivals; allowed: appointments.count > 0, a walk_ins.profile with "
              "per_hour > 0 before walk_ins.until, or stream.enabled = true");
}

TEST(ScenarioLoader, MissingFileNamesTheFile) {
    try {
        loadScenarioFile("no/such/scenario.toml");
        FAIL() << "expected a ScenarioError";
    } catch (const ScenarioError& error) {
        ASSERT_EQ(error.diagnostics.size(), 1u);
        EXPECT_EQ(error.diagnostics[0].format(),
                  "no/such/scenario.toml: cannot open scenario file 'no/such/scenario.toml': no such file");
        EXPECT_STREQ(error.what(), error.diagnostics[0].format().c_str());
    }
    EXPECT_THROW(loadScenarioFile(testing::fixtureDir()), ScenarioError);  // a directory
}

TEST(ScenarioLoader, RoomCountExpandsIntoNumberedRooms) {
    const ScenarioSpec spec = load(kMinimal + "count = 3\ntables = 2\n");
    ASSERT_EQ(spec.rooms.size(), 3u);
    EXPECT_EQ(spec.rooms[0].name, "A 1");
    EXPECT_EQ(spec.rooms[2].name, "A 3");
    EXPECT_EQ(spec.rooms[2].tables, 2);
    EXPECT_EQ(firstProblem(kMinimal + "count = 2\n[[rooms]]\nname = \"A 2\"\n"),
              "test.toml:8:8: rooms[2].name = \"A 2\" gives a room named \"A 2\" like rooms[1]; allowed: unique room "
              "names");
}

TEST(ScenarioLoader, RoomsAreCapped) {
    EXPECT_EQ(firstProblem(kMinimal + "count = 600\n[[rooms]]\nname = \"B\"\ncount = 401\n"),
              "test.toml:4:1: the [[rooms]] tables expand into 1001 rooms; allowed: at most 1000");
}

TEST(ScenarioLoader, MissingRequiredKeyIsNamed) {
    EXPECT_EQ(firstProblem("appointments.count = 1\n[[rooms]]\ntables = 2\n"),
              "test.toml:2:1: rooms[1]: missing required key 'name' (string; allowed: any string)");
}

TEST(ScenarioLoader, DepartmentsNameCategoriesOfTheScenario) {
    const ScenarioSpec all = load(kMinimal + "departments = [\"*\"]\n");
    EXPECT_EQ(all.rooms[0].departments.size(), 12u);
    EXPECT_EQ(load(kMinimal + "departments = [\"LAND\", \"ENV\"]\n").rooms[0].departments,
              (std::vector<std::string>{"LAND", "ENV"}));
    EXPECT_EQ(firstProblem(kMinimal + "departments = [\"LAND\", \"LNAD\"]\n"),
              "test.toml:6:24: rooms[1].departments[2] = \"LNAD\" is not a category of this scenario (did you mean "
              "'LAND'?); allowed: INFRA, LAND, DEMOL, LABOUR, ENV, PLAN, DISC, LEGAL, ENTER, POLICY, SUGG, OTHER");
    EXPECT_EQ(firstProblem(kMinimal + "departments = [\"LAND\", \"*\"]\n"),
              "test.toml:6:24: rooms[1].departments[2] = \"*\": \"*\" (all categories) must be the only entry; "
              "allowed: array of category codes of this scenario, or [\"*\"] for all");
    EXPECT_EQ(firstProblem(kMinimal + "departments = [\"LAND\", \"LAND\"]\n"),
              "test.toml:6:24: rooms[1].departments[2] = \"LAND\" repeats an earlier entry; allowed: each entry once");
}

TEST(ScenarioLoader, CategoriesReplaceTheDefaults) {
    const std::string text = R"(
appointments.count = 1
[[categories]]
code = "A"
share = 2
[[categories]]
code = "B"
[[rooms]]
name = "R"
departments = ["A"]
)";
    const ScenarioSpec spec = load(text);
    ASSERT_EQ(spec.categories.size(), 2u);
    EXPECT_DOUBLE_EQ(spec.categories[0].share, 2.0);
    EXPECT_EQ(firstProblem(text + "[[categories]]\ncode = \"A\"\n"),
              "test.toml:12:8: categories[3].code = \"A\" repeats categories[1].code; allowed: unique codes");
    EXPECT_EQ(firstProblem("[[categories]]\ncode = \"land\"\n"),
              "test.toml:2:8: categories[1].code = \"land\" is not a valid category code; allowed: A-Z, 0-9 and _, "
              "1..32 characters; unique");
    EXPECT_EQ(firstProblem("categories = []\n" + kMinimal),
              "test.toml:1:14: categories = [] lists no category; allowed: at least one [[categories]] table, or no "
              "categories key for the default set");
}

TEST(ScenarioLoader, TopLeaderRules) {
    EXPECT_EQ(firstProblem(kMinimal + "[rooms.selection]\nprobability = 0.3\n"),
              "test.toml:6:1: rooms[1].selection is set but rooms[1] is not the top leader's room; allowed: "
              "[rooms.selection] only with top_leader = true");
    EXPECT_EQ(firstProblem(kMinimal + "top_leader = true\n[[rooms]]\nname = \"B\"\ntop_leader = true\n"),
              "test.toml:9:14: rooms[2].top_leader = true, but rooms[1] is already the top leader's room; allowed: at "
              "most one top leader's room");
    EXPECT_EQ(firstProblem(kMinimal + "top_leader = true\ncount = 2\n"),
              "test.toml:7:9: rooms[1].count = 2 in the top leader's room; allowed: count = 1 when top_leader = true");
    const ScenarioSpec spec = load(kMinimal + "top_leader = true\n[rooms.selection]\nprobability = 0.3\n");
    EXPECT_DOUBLE_EQ(spec.rooms[0].selection.probability, 0.3);
}

TEST(ScenarioLoader, ArrivalsNeedASourceAndRooms) {
    EXPECT_EQ(firstProblem("[[rooms]]\nname = \"A\"\n"),
              "test.toml: no arrivals; allowed: appointments.count > 0, a walk_ins.profile with per_hour > 0 before "
              "walk_ins.until, or stream.enabled = true");
    EXPECT_EQ(firstProblem("walk_ins.profile = [{ from = \"08:00\", per_hour = 0 }]\n"),
              "test.toml: no arrivals; allowed: appointments.count > 0, a walk_ins.profile with per_hour > 0 before "
              "walk_ins.until, or stream.enabled = true");
    EXPECT_EQ(firstProblem("appointments.count = 5\n"),
              "test.toml: nobody is received: the scenario has arrivals but no rooms; allowed: at least one [[rooms]] "
              "table");
    const ScenarioSpec spec = load(
        "walk_ins.profile = [{ from = \"08:00\", per_hour = 6 }, { from = \"10:00\", "
        "per_hour = 1.5 }]\n[[rooms]]\nname = \"A\"\n");
    EXPECT_EQ(spec.walkIns.profile.size(), 2u);
}

TEST(ScenarioLoader, WalkInProfileMustIncrease) {
    EXPECT_EQ(firstProblem("walk_ins.profile = [{ from = \"09:00\", per_hour = 6 }, { from = \"09:00\", per_hour = 1 "
                           "}]\n" +
                           kMinimal),
              "test.toml:1:64: walk_ins.profile[2].from = \"09:00\" is not after the previous point (\"09:00\"); "
              "allowed: strictly increasing times");
    EXPECT_EQ(firstProblem("walk_ins.profile = [{ from = \"09:00\" }]\n" + kMinimal),
              "test.toml:1:21: walk_ins.profile[1]: missing required key 'per_hour' (number; allowed: number >= 0)");
    EXPECT_EQ(firstProblem("walk_ins.profile = [{ from = \"09:00\", per_hour = 1, rate = 2 }]\n" + kMinimal),
              "test.toml:1:53: unknown key 'rate' in [[walk_ins.profile]]; valid keys: from, per_hour");
}

TEST(ScenarioLoader, StreamNeedsAHorizonAndWarmupFitsInIt) {
    EXPECT_EQ(firstProblem("stream.enabled = true\n[[rooms]]\nname = \"A\"\n"),
              "test.toml:1:18: stream.enabled = true needs run.horizon > 0 (a stream never lets the day empty); "
              "allowed: set run.horizon, e.g. \"1000h\"");
    EXPECT_EQ(
        firstProblem("run.horizon = \"10h\"\nrun.warmup = \"10h\"\n" + kMinimal),
        "test.toml:2:14: run.warmup = \"10h\" is not shorter than run.horizon = \"10h\"; allowed: warmup < horizon");
    const ScenarioSpec spec = load(
        "run.horizon = \"100h\"\nrun.warmup = \"5h\"\nstream.enabled = true\n"
        "stream.class_shares = [0.3, 0.7]\n[[rooms]]\nname = \"A\"\n");
    EXPECT_EQ(spec.stream.classShares, (std::vector<double>{0.3, 0.7}));
}

TEST(ScenarioLoader, ExpectedArrivalsAreCapped) {
    EXPECT_EQ(firstProblem("run.horizon = \"1000000h\"\nstream.enabled = true\nstream.interarrival = "
                           "{ dist = \"exponential\", mean = \"1s\" }\n[[rooms]]\nname = \"A\"\n"),
              "test.toml: about 3600000000 arrivals per replication (appointments.count + walk-in profile + "
              "run.horizon / mean stream.interarrival); allowed: at most 50000000");
}

TEST(ScenarioLoader, HoursMustBeInOrder) {
    EXPECT_EQ(
        firstProblem("day.closes = \"07:00\"\n" + kMinimal),
        "test.toml:1:14: [day]: opens = \"08:00\" is not before closes = \"07:00\"; allowed: opens before closes");
    EXPECT_EQ(firstProblem(kMinimal + "opens = \"18:00\"\n"),
              "test.toml:6:9: rooms[1] opens at 18:00 and closes at 17:30; allowed: opens before closes (unset hours "
              "are the day's)");
    EXPECT_EQ(firstProblem(kMinimal + "breaks = [\"12:00-13:00\", \"12:30-14:00\"]\n"),
              "test.toml:6:26: rooms[1].breaks[2] = \"12:30-14:00\" starts before the previous window ends; allowed: "
              "array of \"HH:MM-HH:MM\" (start before end) in time order, not overlapping");
    EXPECT_EQ(firstProblem(kMinimal + "breaks = [\"13:00-12:00\"]\n"),
              "test.toml:6:11: rooms[1].breaks[1] = \"13:00-12:00\" is not a time window; allowed: array of "
              "\"HH:MM-HH:MM\" (start before end) in time order, not overlapping");
}

TEST(ScenarioLoader, PriorityClassesAreKnownNamesOrCategories) {
    EXPECT_EQ(
        load("triage.priority_classes = [\"category:LAND\", \"class0\", \"other\"]\n" + kMinimal).priority.classes,
        (std::vector<std::string>{"category:LAND", "class0", "other"}));
    EXPECT_EQ(firstProblem("triage.priority_classes = [\"category:LNAD\"]\n" + kMinimal),
              "test.toml:1:28: triage.priority_classes[1] = \"category:LNAD\" names no category of this scenario (did "
              "you mean 'LAND'?); allowed: category codes INFRA, LAND, DEMOL, LABOUR, ENV, PLAN, DISC, LEGAL, ENTER, "
              "POLICY, SUGG, OTHER");
    EXPECT_NE(firstProblem("triage.priority_classes = [\"urgnet\"]\n" + kMinimal).find("(did you mean 'urgent'?)"),
              std::string::npos);
    EXPECT_NE(firstProblem("triage.priority_classes = [\"other\", \"other\"]\n" + kMinimal).find("repeats"),
              std::string::npos);
    EXPECT_NE(firstProblem("stream.class_shares = [1,1,1,1,1,1,1,1,1,1,1]\n" + kMinimal).find("has 11 entries"),
              std::string::npos);
}

TEST(ScenarioLoader, OversizedTextIsRejected) {
    const std::string huge = kMinimal + "# " + std::string(4u << 20, 'x') + "\n";
    EXPECT_EQ(firstProblem(huge), fmt::format("test.toml: scenario text is {} bytes; allowed: at most 4194304 bytes "
                                              "(4 MiB)",
                                              huge.size()));
}

}  // namespace
}  // namespace pujiang
