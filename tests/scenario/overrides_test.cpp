#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include <fmt/format.h>

#include "scenario_test_support.h"
#include "spec_dump.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

// Three rooms, no [lawyers] and no [rooms.selection] anywhere.
constexpr std::string_view kThreeRooms = R"(
appointments.count = 40

[day]
closes = "17:00"

[batches]
patience = "30min"

[[rooms]]
name = "A"
tables = 2

[[rooms]]
name = "B"

[[rooms]]
name = "Top"
top_leader = true
)";

// Writes `text` to a file of its own (tests may run in parallel) and returns its path.
fs::path writeScenario(const std::string& name, std::string_view text) {
    const fs::path dir = fs::temp_directory_path() / "pujiang-overrides-test";
    fs::create_directories(dir);
    const fs::path file = dir / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

using testing::fixture;

std::vector<KeyOverride> sets(std::initializer_list<std::string_view> items) {
    std::vector<KeyOverride> overrides;
    for (std::string_view item : items) overrides.push_back(parseOverride(item, "--set"));
    return overrides;
}

std::vector<Diagnostic> loadProblems(const fs::path& file, const std::vector<KeyOverride>& overrides) {
    try {
        loadScenarioFile(file, overrides);
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    ADD_FAILURE() << "expected a ScenarioError for " << file;
    return {};
}

// The one problem of loading kThreeRooms with `overrides`, formatted.
std::string onlyProblem(const std::string& fileName, const std::vector<KeyOverride>& overrides) {
    const std::vector<Diagnostic> found = loadProblems(writeScenario(fileName, kThreeRooms), overrides);
    if (found.size() != 1) {
        ADD_FAILURE() << "expected one problem, got " << found.size();
        for (const Diagnostic& d : found) ADD_FAILURE() << d.format();
        return {};
    }
    return found[0].format();
}

// What parseOverride says about a malformed item.
std::string parseProblem(std::string_view text, std::string origin = "--set") {
    try {
        parseOverride(text, std::move(origin));
    } catch (const ScenarioError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected parseOverride to reject " << text;
    return {};
}

TEST(ScenarioOverrides, ParseSplitsAtTheFirstEquals) {
    const KeyOverride item =
        parseOverride(" batches.patience = { dist = \"exponential\", mean = \"8min\" } ", "--vary");
    EXPECT_EQ(item.key, "batches.patience");
    EXPECT_EQ(item.value, "{ dist = \"exponential\", mean = \"8min\" }");
    EXPECT_EQ(item.origin, "--vary");
}

TEST(ScenarioOverrides, SetsScalarClockAndDurationValues) {
    const fs::path file = writeScenario("scalars.toml", kThreeRooms);
    const ScenarioSpec spec = loadScenarioFile(
        file, sets({"run.seed=7", "day.closes=17:30", "day.opens=\"07:30\"", "day.closing_rule=finish_current",
                    "triage.rebalance=false", "outcomes.on_spot=0.25", "appointments.slot_length=30min",
                    "batches.patience=\"15min\"", "title=Hall day"}));
    EXPECT_EQ(spec.run.seed, 7u);
    EXPECT_DOUBLE_EQ(spec.day.closes, 17 * 60.0 + 30.0);
    EXPECT_DOUBLE_EQ(spec.day.opens, 7 * 60.0 + 30.0);
    EXPECT_EQ(spec.day.closingRule, ClosingRule::FinishCurrent);
    EXPECT_FALSE(spec.rebalance);
    EXPECT_DOUBLE_EQ(spec.outcomes.onSpot, 0.25);
    EXPECT_DOUBLE_EQ(spec.appointments.slotLength, 30.0);
    EXPECT_EQ(spec.batches.patience.describe(), "constant(15)");
    EXPECT_EQ(spec.title, "Hall day");
    // Rooms without hours of their own follow the overridden day.
    EXPECT_DOUBLE_EQ(spec.rooms.at(1).closes, 17 * 60.0 + 30.0);
}

TEST(ScenarioOverrides, SetsDistributionAndArrayValues) {
    const fs::path file = writeScenario("arrays.toml", kThreeRooms);
    const ScenarioSpec spec =
        loadScenarioFile(file, sets({"batches.patience={ dist = \"exponential\", mean = \"8min\" }",
                                     "rooms[1].breaks=[\"12:00-13:30\"]", "rooms[2].departments=[\"LAND\", \"ENV\"]",
                                     "stream.class_shares=[0.5, 0.5]"}));
    EXPECT_EQ(spec.batches.patience.describe(), "exponential(mean=8)");
    ASSERT_EQ(spec.rooms.at(0).breaks.size(), 1u);
    EXPECT_DOUBLE_EQ(spec.rooms[0].breaks[0].from, 12 * 60.0);
    EXPECT_DOUBLE_EQ(spec.rooms[0].breaks[0].to, 13 * 60.0 + 30.0);
    EXPECT_EQ(spec.rooms.at(1).departments, (std::vector<std::string>{"LAND", "ENV"}));
    EXPECT_EQ(spec.stream.classShares, (std::vector<double>{0.5, 0.5}));
}

TEST(ScenarioOverrides, SetsAKeyInEveryRoom) {
    const fs::path file = writeScenario("every_room.toml", kThreeRooms);
    const ScenarioSpec spec = loadScenarioFile(file, sets({"rooms[*].tables=4", "rooms[2].tables=1"}));
    ASSERT_EQ(spec.rooms.size(), 3u);
    EXPECT_EQ(spec.rooms[0].tables, 4);
    EXPECT_EQ(spec.rooms[1].tables, 1);  // overrides apply in order
    EXPECT_EQ(spec.rooms[2].tables, 4);
}

TEST(ScenarioOverrides, CreatesAMissingTable) {
    const fs::path file = writeScenario("missing_table.toml", kThreeRooms);
    const ScenarioSpec spec =
        loadScenarioFile(file, sets({"lawyers.count=2", "rooms[3].selection.max_batches=5", "walk_ins.until=16:00"}));
    EXPECT_EQ(spec.lawyers.count, 2);
    EXPECT_EQ(spec.rooms.at(2).selection.maxBatches, 5);
    EXPECT_TRUE(spec.rooms.at(2).selection.policyScope);  // the rest of the new table keeps its defaults
    EXPECT_DOUBLE_EQ(spec.walkIns.until, 16 * 60.0);
}

TEST(ScenarioOverrides, OverridesBeatTheFileAndItsBase) {
    // derived_day.toml sets day.closes = "12:00" over base_day.toml's 08:00-17:30 day.
    const ScenarioSpec spec = loadScenarioFile(
        fixture("derived_day.toml"), sets({"day.closes=13:00", "day.opens=09:00", "batches.urgent_probability=0.2",
                                           "rooms[1].tables=3"}));
    EXPECT_DOUBLE_EQ(spec.day.closes, 13 * 60.0);
    EXPECT_DOUBLE_EQ(spec.day.opens, 9 * 60.0);
    EXPECT_DOUBLE_EQ(spec.batches.urgentProbability, 0.2);
    EXPECT_EQ(spec.appointments.count, 100);  // still the base's
    ASSERT_EQ(spec.rooms.size(), 1u);
    EXPECT_EQ(spec.rooms[0].name, "Derived room");
    EXPECT_EQ(spec.rooms[0].tables, 3);
}

TEST(ScenarioOverrides, AddressesTheRoomsOfABase) {
    // This file has no [[rooms]]: rooms[2] is the second room of base_day.toml.
    const fs::path file =
        writeScenario("rooms_from_base.toml",
                      fmt::format("base = \"{}\"\nday.closes = \"16:00\"\n", fixture("base_day.toml").string()));
    const ScenarioSpec spec = loadScenarioFile(file, sets({"rooms[2].tables=5"}));
    ASSERT_EQ(spec.rooms.size(), 2u);
    EXPECT_EQ(spec.rooms[0].name, "Base room");
    EXPECT_EQ(spec.rooms[0].tables, 2);
    EXPECT_EQ(spec.rooms[1].name, "Second base room");
    EXPECT_EQ(spec.rooms[1].tables, 5);
    EXPECT_DOUBLE_EQ(spec.rooms[1].closes, 16 * 60.0);
}

TEST(ScenarioOverrides, BaseErrorsStillPointIntoTheBase) {
    testing::expectProblemsOfDerivedFromError(
        loadProblems(fixture("derived_from_error.toml"), sets({"rooms[1].leader_level=city"})));
}

TEST(ScenarioOverrides, EqualsAFileWithTheSameValues) {
    const fs::path original = writeScenario("same_values.toml", kThreeRooms);
    const ScenarioSpec overridden = loadScenarioFile(
        original, sets({"run.seed=9", "day.closes=16:00", "lawyers.count=2", "rooms[2].tables=3",
                        "rooms[*].discipline=appointments_first", "rooms[3].selection.max_batches=4",
                        "batches.patience={ dist = \"exponential\", mean = \"8min\" }"}));
    const fs::path written = writeScenario("same_values_written.toml", R"(
appointments.count = 40
run.seed = 9
lawyers.count = 2

[day]
closes = "16:00"

[batches]
patience = { dist = "exponential", mean = "8min" }

[[rooms]]
name = "A"
tables = 2
discipline = "appointments_first"

[[rooms]]
name = "B"
tables = 3
discipline = "appointments_first"

[[rooms]]
name = "Top"
top_leader = true
discipline = "appointments_first"
selection.max_batches = 4
)");
    ScenarioSpec expected = loadScenarioFile(written);
    expected.name = overridden.name;  // the file stems differ
    EXPECT_EQ(testing::dumpSpec(overridden), testing::dumpSpec(expected));
}

TEST(ScenarioOverrides, WholeArraysAreReplaced) {
    const fs::path file = writeScenario("whole_array.toml", kThreeRooms);
    const ScenarioSpec spec =
        loadScenarioFile(file, sets({"rooms=[{ name = \"Only\", tables = 6 }]",
                                     "walk_ins.profile=[{ from = \"08:00\", per_hour = 6 }]"}));
    ASSERT_EQ(spec.rooms.size(), 1u);
    EXPECT_EQ(spec.rooms[0].name, "Only");
    EXPECT_EQ(spec.rooms[0].tables, 6);
    ASSERT_EQ(spec.walkIns.profile.size(), 1u);
    EXPECT_DOUBLE_EQ(spec.walkIns.profile[0].perHour, 6.0);
}

TEST(ScenarioOverrides, ValueProblemsNameTheOverride) {
    const std::vector<Diagnostic> found =
        loadProblems(writeScenario("value_problem.toml", kThreeRooms), sets({"rooms[2].tables=0"}));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].file, "--set rooms[2].tables=0");
    EXPECT_EQ(found[0].line, 0);
    EXPECT_EQ(found[0].format(),
              "--set rooms[2].tables=0: rooms[2].tables = 0 is out of range; allowed: integer 1..1000");

    EXPECT_EQ(onlyProblem("bad_clock.toml", sets({"day.closes=25h"})),
              "--set day.closes=25h: day.closes = \"25h\" is not a clock time; write \"HH:MM\", 00:00..47:59");
    EXPECT_EQ(onlyProblem("bad_type.toml", sets({"lawyers.count=two"})),
              "--set lawyers.count=two: lawyers.count = \"two\" is a string; expected integer 0..1000");
}

TEST(ScenarioOverrides, EveryRoomReportsItsOwnProblem) {
    const std::vector<Diagnostic> found =
        loadProblems(writeScenario("every_room_problem.toml", kThreeRooms), sets({"rooms[*].tables=0"}));
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[2].format(),
              "--set rooms[*].tables=0: rooms[3].tables = 0 is out of range; allowed: integer 1..1000");
}

TEST(ScenarioOverrides, CrossChecksNameTheOverride) {
    const std::string problem = onlyProblem("cross_check.toml", sets({"day.closes=07:00"}));
    EXPECT_EQ(problem.rfind("--set day.closes=07:00: [day]: opens = \"08:00\" is not before closes = \"07:00\"", 0),
              0u)
        << problem;
    EXPECT_EQ(onlyProblem("selection_check.toml", sets({"rooms[1].selection.probability=0.5"})),
              "--set rooms[1].selection.probability=0.5: rooms[1].selection is set but rooms[1] is not the top "
              "leader's room; allowed: [rooms.selection] only with top_leader = true");
}

TEST(ScenarioOverrides, IndexOutOfRangeListsTheValidOnes) {
    EXPECT_EQ(onlyProblem("index_range.toml", {parseOverride("rooms[20].tables=3", "--vary")}),
              "--vary rooms[20].tables=3: there are only 3 [[rooms]] (allowed 1..3 or *)");
    EXPECT_EQ(onlyProblem("no_categories.toml", sets({"categories[3].share=2"})),
              "--set categories[3].share=2: there are no [[categories]] tables in the scenario; allowed: write them "
              "in the file");
    EXPECT_EQ(onlyProblem("no_profile.toml", sets({"walk_ins.profile[*].per_hour=2"})),
              "--set walk_ins.profile[*].per_hour=2: there are no [[walk_ins.profile]] tables in the scenario; "
              "allowed: write them in the file");
}

TEST(ScenarioOverrides, UnknownKeysGetSuggestions) {
    EXPECT_EQ(parseProblem("lawyer.count=3"),
              "--set lawyer.count=3: unknown key 'lawyer' in the top level; did you mean 'lawyers'?");
    EXPECT_EQ(parseProblem("day.lunch=12:00"),
              "--set day.lunch=12:00: unknown key 'lunch' in [day]; valid keys: opens, closes, closing_rule");
    EXPECT_EQ(parseProblem("rooms[1].tabels=2"),
              "--set rooms[1].tabels=2: unknown key 'tabels' in [[rooms]]; did you mean 'tables'?");
    // The loader checks overrides that did not come through parseOverride.
    EXPECT_EQ(onlyProblem("unknown_key.toml", {KeyOverride{"lawyer.count", "3", "--set"}}),
              "--set lawyer.count=3: unknown key 'lawyer' in the top level; did you mean 'lawyers'?");
}

TEST(ScenarioOverrides, KeysThatCannotBeSetSayWhatCan) {
    EXPECT_EQ(parseProblem("rooms.tables=2"),
              "--set rooms.tables=2: rooms is an array of tables [[rooms]]; allowed: rooms[N].tables with N from 1, "
              "or rooms[*].tables");
    EXPECT_EQ(parseProblem("day={ closes = \"12:00\" }"),
              "--set day={ closes = \"12:00\" }: day is a table [day]; allowed: one of its keys, day.KEY with KEY one "
              "of opens, closes, closing_rule");
    EXPECT_EQ(parseProblem("lawyers[1].count=2"),
              "--set lawyers[1].count=2: lawyers is a single table [lawyers], not an array of tables; allowed: "
              "lawyers.KEY without [...]");
    EXPECT_NE(parseProblem("rooms[2]={ name = \"X\" }")
                  .find("rooms[2] is a table of [[rooms]]; allowed: one of its keys, rooms[2].KEY with KEY one of "
                        "name, count, tables,"),
              std::string::npos);
    EXPECT_EQ(parseProblem("batches.patience.mean=8min"),
              "--set batches.patience.mean=8min: batches.patience is a single setting (distribution); allowed: set "
              "it whole, e.g. batches.patience=\"none\"");
    EXPECT_EQ(parseProblem("rooms[1].breaks[1]=12:00-13:00"),
              "--set rooms[1].breaks[1]=12:00-13:00: rooms[1].breaks is a single setting (array of strings); allowed: "
              "set it whole, e.g. rooms[1].breaks=[]");
    EXPECT_EQ(parseProblem("base=other.toml"),
              "--set base=other.toml: base cannot be overridden: the chain of bases is read before any override; "
              "allowed: any other key");
}

TEST(ScenarioOverrides, MalformedItemsAreRejected) {
    EXPECT_EQ(parseProblem("rooms[2].tables"), "--set rooms[2].tables: expected KEY=VALUE, e.g. rooms[2].tables=3");
    EXPECT_EQ(parseProblem("=3"), "--set =3: the key is empty; expected KEY=VALUE, e.g. rooms[2].tables=3");
    EXPECT_EQ(parseProblem("rooms[0].tables=3"),
              "--set rooms[0].tables=3: 'rooms[0]': the tables of an array are counted from 1; allowed: rooms[N] "
              "with N from 1, or rooms[*]");
    EXPECT_EQ(parseProblem("rooms[x].tables=3"),
              "--set rooms[x].tables=3: 'rooms[x]': the index 'x' is not a whole number; allowed: rooms[N] with N "
              "from 1, or rooms[*]");
    EXPECT_EQ(parseProblem("rooms[-1].tables=3"),
              "--set rooms[-1].tables=3: 'rooms[-1]': the index -1 is negative; rooms[1] is the first, and there is "
              "no counting from the end; allowed: rooms[N] with N from 1, or rooms[*]");
    EXPECT_EQ(parseProblem("rooms[2.tables=3"), "--set rooms[2.tables=3: 'rooms[2' has no closing ']'");
    EXPECT_EQ(parseProblem("rooms[2]x.tables=3"),
              "--set rooms[2]x.tables=3: 'rooms[2]x' goes on after ']'; allowed: rooms[N] with N from 1, or "
              "rooms[*]");
    EXPECT_EQ(parseProblem("day..closes=17:00"),
              "--set day..closes=17:00: 'day..closes' has an empty part; expected keys joined by single dots, e.g. "
              "rooms[2].tables=3");
    EXPECT_EQ(parseProblem("day.=17:00"),
              "--set day.=17:00: 'day.' ends with a dot; expected a key after it, e.g. rooms[2].tables=3");
    EXPECT_EQ(parseProblem("[2].tables=3"), "--set [2].tables=3: '[2]' has no key name before '['");
    EXPECT_EQ(parseProblem("day.clo$es=17:00"),
              "--set day.clo$es=17:00: 'clo$es' has the character '$'; keys are written with letters, digits, '_' "
              "and '-'");
}

TEST(ScenarioOverrides, MalformedValuesAreRejected) {
    EXPECT_EQ(parseProblem("run.seed="),
              "--set run.seed=: the value is empty; expected a TOML value after '=', e.g. 3, 0.25, \"15min\", true or "
              "[\"12:00-13:30\"]");
    EXPECT_EQ(parseProblem("rooms[1].breaks=[12:00-13:30]").rfind("--set rooms[1].breaks=[12:00-13:30]: the value is "
                                                                  "not valid TOML (",
                                                                  0),
              0u);
    EXPECT_NE(parseProblem("rooms[1].breaks=[12:00-13:30]")
                  .find("; strings inside [...] and {...} need quotes, e.g. [\"12:00-13:30\"]"),
              std::string::npos);
    EXPECT_NE(parseProblem("title=\"unterminated").find("the value is not valid TOML ("), std::string::npos);
    EXPECT_EQ(parseProblem("run.seed=1\nrun.replications = 5"),
              "--set run.seed=1?run.replications = 5: the value has a line break or another control character; "
              "allowed: a value on one line");
    // A key problem and a value problem are both reported.
    EXPECT_EQ(parseProblem("lawyer.count="),
              "--set lawyer.count=: unknown key 'lawyer' in the top level; did you mean 'lawyers'?\n"
              "--set lawyer.count=: the value is empty; expected a TOML value after '=', e.g. 3, 0.25, \"15min\", "
              "true or [\"12:00-13:30\"]");
}

TEST(ScenarioOverrides, FileAndOverrideProblemsAreReportedTogether) {
    const fs::path file = writeScenario("both_problems.toml", std::string(kThreeRooms) + "\n[lawyers]\ncoutn = 1\n");
    const std::vector<Diagnostic> found = loadProblems(file, sets({"rooms[2].tables=0"}));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].format(), file.string() + ":22:1: unknown key 'coutn' in [lawyers]; did you mean 'count'?");
    EXPECT_EQ(found[1].format(),
              "--set rooms[2].tables=0: rooms[2].tables = 0 is out of range; allowed: integer 1..1000");
}

TEST(ScenarioOverrides, OverridesWaitForAFileThatParses) {
    const fs::path file = writeScenario("syntax_error.toml", "[day\n");
    const std::vector<Diagnostic> found = loadProblems(file, {KeyOverride{"lawyer.count", "3", "--set"}});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].file, file.string());
}

TEST(ScenarioOverrides, RandomOverridesNeverCrash) {
    // Pieces of keys and values, glued at random, sometimes with any byte.
    const std::vector<std::string> pieces = {
        "rooms", "[", "]", "*", "0", "2", "99999999999999999999", ".", "tables", "selection", "max_batches", "day",
        "closes", "walk_ins", "profile", "per_hour", "categories", "share", "=", "\"", "'", "{", "}", ",", " ",
        "17:30", "15min", "dist", "-", "name", "base", "lawyers", "count", "true", "[\"12:00-13:30\"]", "\n"};
    std::mt19937 rng(20030918);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 8);
    std::uniform_int_distribution<int> anyByte(0, 255);
    auto randomText = [&](int round) {
        std::string text;
        for (int i = length(rng); i > 0; --i) text += pieces[pick(rng)];
        if (round % 5 == 0 && !text.empty()) text[rng() % text.size()] = static_cast<char>(anyByte(rng));
        return text;
    };
    const fs::path file = fixture("full.toml");
    for (int round = 0; round < 1500; ++round) {
        const std::string key = randomText(round), value = randomText(round);
        try {
            parseOverride(key + "=" + value, "--set");
        } catch (const ScenarioError& error) {
            EXPECT_FALSE(error.diagnostics.empty()) << key << "=" << value;
        }
        try {
            loadScenarioFile(file, {KeyOverride{key, value, "--set"}});
        } catch (const ScenarioError& error) {
            EXPECT_FALSE(error.diagnostics.empty()) << key << "=" << value;
        } catch (const std::exception& error) {
            ADD_FAILURE() << key << "=" << value << ": unexpected " << error.what();
        }
    }
}

}  // namespace
}  // namespace pujiang
