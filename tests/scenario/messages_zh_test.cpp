// The loader's messages in Chinese (Diagnostic::messageZh): every problem a scenario file, a base
// chain or an override can have is reported in Chinese too, and the Chinese says it in Chinese
// words. What stays as written is what the user typed or reads in the file: key paths, quoted
// values, file names, the file's own vocabulary (key names, enum values, distribution kinds and
// parameters, true/false), durations like "15min" and upper-case codes and placeholders (LAND,
// KEY, HH:MM, TOML). Every other Latin letter would be English leaking into the Chinese GUI.

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "scenario_test_support.h"
#include "sim/core/distribution.h"
#include "sim/scenario/list_keys.h"
#include "sim/scenario/scenario_document.h"
#include "sim/scenario/scenario_flattening.h"
#include "sim/scenario/toml_reader.h"
#include "tests/support/chinese_messages.h"
#include "tests/support/thrown_diagnostics.h"
#include "tests/support/temp_folder.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

// [SECTION] What a Chinese message may keep in Latin letters

const std::set<std::string>& fileVocabulary() {
    static const std::set<std::string> words = [] {
        std::set<std::string> all = {"true", "false", "none", "inf", "nan", "dist", "value", "mean", "sd",
                                     "low",  "mode",  "high", "shape", "scale", "values", "weights"};
        for (const KeyInfo& row : keyTable()) {
            std::string part;
            for (char c : row.path + ".") {
                if (c == '.' || c == '[' || c == ']') {
                    if (!part.empty()) all.insert(part);
                    part.clear();
                } else {
                    part += c;
                }
            }
            all.insert(row.choices.begin(), row.choices.end());
        }
        for (std::string_view name : distributionNames()) all.emplace(name);
        for (const std::string& name : priorityClassNames()) all.insert(name);
        return all;
    }();
    return words;
}

std::string strayLatin(const std::string& message) { return testing::strayLatin(message, fileVocabulary()); }

TEST(MessagesZh, TheCheckFindsEnglish) {
    EXPECT_EQ(strayLatin("rooms[2].tables = 0 超出范围；允许：整数 1..1000"), "");
    EXPECT_EQ(strayLatin("未知的键 'roms'（位于顶层）；是否想写 'rooms'？"), "");
    EXPECT_EQ(strayLatin("场景文件 '/a/b c.toml' 有 5 字节；见 docs/model.md"), "");
    EXPECT_EQ(strayLatin("day.closing_rule = 1 的类型是 整数；应为 字符串，以下之一：finish_current, stop_at_close"), "");
    EXPECT_EQ(strayLatin("时长 ≥ 15min，或 1.5h；TOML 语法错误；A-Z 和 KEY=VALUE"), "");
    EXPECT_EQ(strayLatin("rooms[2].tables = 0 is out of range"), "is out of range");
    EXPECT_EQ(strayLatin("无法打开场景文件：no such file"), "no such file");
}

// [SECTION] Checking diagnostics

void expectChinese(const std::vector<Diagnostic>& found, const std::string& context) {
    testing::expectChinese(found, context, fileVocabulary());
}

// Checks the diagnostics of a case that must fail, and that one of them is the expected English
// one (so the case reaches the message it is meant to).
void expectCase(const std::vector<Diagnostic>& found, const std::string& context, std::string_view english) {
    ASSERT_FALSE(found.empty()) << context << " reported nothing";
    expectChinese(found, context);
    const bool reached = std::any_of(found.begin(), found.end(), [english](const Diagnostic& d) {
        return d.message.find(english) != std::string::npos;
    });
    std::string all;
    for (const Diagnostic& d : found) all += "\n  " + d.format();
    EXPECT_TRUE(reached) << context << ": no message has \"" << english << "\"" << all;
}

std::vector<Diagnostic> loadProblems(const fs::path& file, const std::vector<KeyOverride>& overrides = {}) {
    try {
        loadScenarioFile(file, overrides);
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    return {};
}

void writeFile(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

// A scenario with one room "A" that takes `roomKeys`; `top` comes before [[rooms]] and may open
// tables of its own.
std::string withRoom(std::string_view roomKeys, std::string_view top = "") {
    return fmt::format("appointments.count = 10\n{}\n[[rooms]]\nname = \"A\"\n{}\n", top, roomKeys);
}

// [SECTION] Broken files

TEST(MessagesZh, EveryBrokenFixture) {
    int files = 0;
    for (const auto& entry : fs::directory_iterator(testing::fixtureDir() / "broken")) {
        if (entry.path().extension() != ".toml") continue;
        ++files;
        const std::vector<Diagnostic> found = loadProblems(entry.path());
        EXPECT_FALSE(found.empty()) << entry.path();
        expectChinese(found, entry.path().filename().string());
    }
    EXPECT_GE(files, 20);
}

struct BadText {
    const char* name;
    std::string toml;
    const char* english;  // a part of one of the English messages
};

// One scenario text per message of the key walk, the value readers, the list keys, the
// distributions and the cross-checks.
std::vector<BadText> badTexts() {
    std::string manyRooms = "appointments.count = 10\n";
    for (int i = 0; i <= 1000; ++i) manyRooms += fmt::format("[[rooms]]\nname = \"R{}\"\n", i);
    return {
        // Value readers
        {"integer type", withRoom("", "run.replications = \"many\""), "is a string; expected integer"},
        {"integer range", withRoom("tables = 0"), "is out of range; allowed: integer 1..1000"},
        {"float for an integer", withRoom("tables = 1.5"), "is a floating-point number"},
        {"number type", withRoom("", "batches.repeat_probability = \"x\""), "expected number 0..1"},
        {"number range", withRoom("", "batches.repeat_probability = 2.0"), "is out of range; allowed: number 0..1"},
        {"huge float", withRoom("", "batches.repeat_probability = 1e300"), "is out of range"},
        {"boolean type", withRoom("", "triage.rebalance = 1"), "expected true or false"},
        {"string type", withRoom("", "title = 3"), "expected a string"},
        {"duration unit", withRoom("", "lawyers.max_wait = 15"), "has no unit"},
        {"not a duration", withRoom("", "lawyers.max_wait = \"15 min\""), "is not a duration"},
        {"duration type", withRoom("", "lawyers.max_wait = true"), "e.g. \"15min\""},
        {"duration range", withRoom("", "lawyers.max_wait = \"-5min\""), "allowed: duration >= 0"},
        {"clock type", withRoom("", "day.opens = 8"), "expected a clock time string"},
        {"date", withRoom("", "day.opens = 2024-01-01"), "day.opens = 2024-01-01 is a date"},
        {"date-time", withRoom("", "day.opens = 2024-01-01T08:00:00"), "is a date-time"},
        {"time of day", withRoom("", "day.opens = 08:00:00"), "day.opens = 08:00:00 is a TOML time without quotes"},
        {"not a clock", withRoom("", "day.opens = \"8am\""), "is not a clock time"},
        {"choice type", withRoom("", "day.closing_rule = 1"), "expected a string, one of"},
        {"choice suggestion", withRoom("", "day.closing_rule = \"serve_all\""), "did you mean 'serve_all_present'?"},
        {"choice unknown", withRoom("discipline = \"zzz\""), "is not a known queue discipline"},
        {"routing", withRoom("", "triage.routing = \"nearest\""), "is not a known routing policy"},
        {"leader level", withRoom("leader_level = \"king\""), "is not a known leader level"},
        {"array type", withRoom("breaks = \"12:00-13:00\""), "expected array of \"HH:MM-HH:MM\""},
        // Key walk
        {"unknown key suggestion", withRoom("", "[day]\nopen = \"08:00\""), "did you mean 'opens'?"},
        {"unknown key elsewhere", "tables = 3\n" + withRoom(""), "('tables' is a key of [[rooms]])"},
        {"removed key", withRoom("", "outcomes.assigned_deadline = \"1d\""), "it was removed"},
        {"table type", withRoom("", "day = 3"), "expected a table [day]"},
        {"array of tables type", "appointments.count = 1\nrooms = 3\n", "expected an array of tables [[rooms]]"},
        {"element type", "appointments.count = 1\nrooms = [1]\n", "expected an array of tables [[rooms]]"},
        {"too many tables", manyRooms, "rooms has 1001 entries ([[rooms]] tables); allowed: at most 1000"},
        {"missing required", "appointments.count = 1\n[[rooms]]\ntables = 1\n", "missing required key 'name'"},
        {"missing required clock", withRoom("", "walk_ins.profile = [{ per_hour = 1 }]"),
         "missing required key 'from'"},
        // List keys
        {"repeated entry", withRoom("departments = [\"LAND\", \"LAND\"]"), "repeats an earlier entry"},
        {"category code", withRoom("", "[[categories]]\ncode = \"land\"\nname_zh = \"土地\"\nname_en = \"Land\""),
         "is not a valid category code"},
        {"star not alone", withRoom("departments = [\"*\", \"LAND\"]"), "must be the only entry"},
        {"star not allowed", withRoom("top_leader = true\nselection.categories = [\"*\"]"), "is not allowed here"},
        {"priority code", withRoom("", "triage.priority_classes = [\"category:land\"]"),
         "does not name a category code"},
        {"priority class", withRoom("", "triage.priority_classes = [\"urgnt\"]"), "is not a known priority class"},
        {"class shares count", withRoom("", "stream.class_shares = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"),
         "has 11 entries"},
        {"class shares sum", withRoom("", "stream.class_shares = [0, 0]"), "the shares sum to 0"},
        {"time window", withRoom("breaks = [\"12:00\"]"), "is not a time window"},
        {"window order", withRoom("breaks = [\"12:00-13:00\", \"12:30-14:00\"]"), "starts before the previous window"},
        // Distributions
        {"no dist", withRoom("consultation = { mean = \"5min\" }"), "needs dist = \"<kind>\""},
        {"unknown dist", withRoom("consultation = { dist = \"lognorm\" }"), "is not a known distribution"},
        {"unknown parameter", withRoom("consultation = { dist = \"exponential\", mean = \"5min\", meen = \"1min\" }"),
         "unknown parameter 'meen'"},
        {"mixed sets", withRoom("consultation = { dist = \"gamma\", shape = 2, mean = \"5min\" }"),
         "mixes parameter sets"},
        {"missing parameter", withRoom("consultation = { dist = \"lognormal\", mean = \"5min\" }"), "needs 'sd'"},
        {"gamma parameters", withRoom("consultation = { dist = \"gamma\", shape = 2 }"),
         "gamma takes: shape, scale or mean, sd"},
        {"patience", withRoom("", "batches.patience = \"forever\""), "is neither \"none\" nor a duration"},
        {"plain type", withRoom("consultation = true"), "or a distribution of durations"},
        {"plain negative", withRoom("consultation = \"-5min\""), "is out of range"},
        {"number domain type", withRoom("", "batches.group_size = \"2\""), "distribution of numbers"},
        {"number bound", withRoom("", "batches.group_size = { dist = \"exponential\", mean = -1 }"),
         "allowed: number > 0"},
        {"positive mean", withRoom("", "run.horizon = \"10h\"\nstream.enabled = true\nstream.interarrival = 0"),
         "the mean is 0"},
        {"exponential mean", withRoom("consultation = { dist = \"exponential\", mean = \"0min\" }"),
         "allowed: duration > 0"},
        {"lognormal sd", withRoom("consultation = { dist = \"lognormal\", mean = \"5min\", sd = \"-1min\" }"),
         "allowed: duration >= 0"},
        {"uniform", withRoom("consultation = { dist = \"uniform\", low = \"5min\", high = \"1min\" }"), "high >= low"},
        {"triangular",
         withRoom("consultation = { dist = \"triangular\", low = \"1min\", mode = \"9min\", high = \"5min\" }"),
         "low <= mode <= high"},
        {"normal", withRoom("consultation = { dist = \"normal\", mean = \"-10min\", sd = \"1min\" }"),
         "mean >= -3 sd"},
        {"empirical type", withRoom("consultation = { dist = \"empirical\", values = 1, weights = [1] }"),
         "expected a non-empty array"},
        {"empirical empty", withRoom("consultation = { dist = \"empirical\", values = [], weights = [] }"),
         "allowed: a non-empty array"},
        {"empirical lengths",
         withRoom("consultation = { dist = \"empirical\", values = [\"1min\", \"2min\"], weights = [1] }"),
         "as many weights as values"},
        {"empirical weights", withRoom("consultation = { dist = \"empirical\", values = [\"1min\"], weights = [0] }"),
         "weights with a sum > 0"},
        {"empirical sign", withRoom("consultation = { dist = \"empirical\", values = [\"-1min\"], weights = [1] }"),
         "allowed: duration >= 0"},
        // Cross-checks
        {"no categories", "categories = []\n" + withRoom(""), "lists no category"},
        {"appointment hours", withRoom("", "appointments.first_slot = \"18:00\""), "[appointments]: first_slot"},
        {"lawyer hours", withRoom("", "lawyers.opens = \"18:00\"\nlawyers.closes = \"09:00\""), "[lawyers]: opens"},
        {"priority category", withRoom("", "triage.priority_classes = [\"category:LANDS\"]"),
         "names no category of this scenario (did you mean 'LAND'?)"},
        {"expanded rooms", withRoom("count = 1000\n[[rooms]]\nname = \"B\"\ncount = 1000"), "expand into 2000 rooms"},
        {"top leader count", withRoom("count = 2\ntop_leader = true"), "in the top leader's room"},
        {"room hours", withRoom("opens = \"18:00\""), "opens at 18:00 and closes at 17:30"},
        {"room names", withRoom("count = 2\n[[rooms]]\nname = \"A 1\""), "gives a room named \"A 1\""},
        {"too many arrivals",
         withRoom("", "run.horizon = \"1000000h\"\nstream.enabled = true\nstream.interarrival = \"0.001min\""),
         "arrivals per replication"},
        {"outcome weights",
         withRoom("", "[outcomes]\non_spot = 0\nassigned = 0\ndefined = 0\nreferred_legal = 0"),
         "are all 0"},
        // The base key
        {"base type", "base = 3\n" + withRoom(""), "base = 3 is an integer"},
        {"base empty", "base = \"\"\n" + withRoom(""), "base = \"\" is empty"},
        {"missing base", "base = \"no-such-file.toml\"\n" + withRoom(""), "no such file"},
        {"base is a folder", "base = \"scenario\"\n" + withRoom(""), "not a regular file"},
        {"base through a file", "base = \"scenario/base_day.toml/x.toml\"\n" + withRoom(""), "is not a folder"},
        {"NUL in base", "base = \"scenario/base_day.toml\\u0000x\"\n" + withRoom(""), "has a NUL"},
    };
}

TEST(MessagesZh, EveryKindOfBadValue) {
    for (const BadText& bad : badTexts()) {
        SCOPED_TRACE(bad.name);
        expectCase(testing::problems(bad.toml), bad.name, bad.english);
    }
}

// A few in full, so the Chinese is seen to read as meant and the English to stay as it was.
TEST(MessagesZh, ExamplesInFull) {
    const std::vector<Diagnostic> range = testing::problems(withRoom("tables = 0"));
    ASSERT_EQ(range.size(), 1u);
    EXPECT_EQ(range[0].message, "rooms[1].tables = 0 is out of range; allowed: integer 1..1000");
    EXPECT_EQ(range[0].messageZh, "rooms[1].tables = 0 超出范围；允许：整数 1..1000");

    const std::vector<Diagnostic> typo = testing::problems("roms = 1\n" + withRoom(""));
    ASSERT_EQ(typo.size(), 1u);
    EXPECT_EQ(typo[0].message, "unknown key 'roms' in the top level; did you mean 'rooms'?");
    EXPECT_EQ(typo[0].messageZh, "未知的键 'roms'（位于顶层）；是否想写 'rooms'？");

    const std::vector<Diagnostic> type = testing::problems(withRoom("", "title = 3"));
    ASSERT_EQ(type.size(), 1u);
    EXPECT_EQ(type[0].message, "title = 3 is an integer; expected a string");
    EXPECT_EQ(type[0].messageZh, "title = 3 的类型是 整数；应为 字符串");

    const std::vector<Diagnostic> required = testing::problems("appointments.count = 1\n[[rooms]]\ntables = 1\n");
    ASSERT_EQ(required.size(), 1u);
    EXPECT_EQ(required[0].message, "rooms[1]: missing required key 'name' (string; allowed: any string)");
    EXPECT_EQ(required[0].messageZh, "rooms[1]：缺少必需的键 'name'（字符串；允许：任意文字）");
}

// [SECTION] Syntax errors

TEST(MessagesZh, SyntaxErrors) {
    const std::vector<std::pair<const char*, std::string>> texts = {
        {"missing '='", "title \"x\"\n"},
        {"missing value", "title =\n"},
        {"unterminated string", "title = \"abc\n"},
        {"unterminated table header", "[day\nopens = \"08:00\"\n"},
        {"duplicate key", "title = \"a\"\ntitle = \"b\"\n"},
        {"duplicate table", "[day]\n[day]\n"},
        {"bad number", "run.seed = 12x\n"},
        {"leading zero", "run.seed = 012\n"},
        {"bad escape", "title = \"a\\qb\"\n"},
        {"bare word", "title = hello\n"},
        {"array comma", "rooms = [1 2]\n"},
        {"inline table comma", "day = { opens = \"08:00\" closes = \"17:00\" }\n"},
        {"dangling comma", "day = { opens = \"08:00\", }\n"},
        {"bad date", "day.opens = 2024-13-01\n"},
        {"bad boolean", "triage.rebalance = tru\n"},
        {"control character", "title = \"a\x01b\"\n"},
        {"invalid UTF-8", "title = \"\xff\xfe\"\n"},
        {"insert into inline table", "day = { opens = \"08:00\" }\nday.closes = \"17:00\"\n"},
        {"text after value", "title = \"a\" b\n"},
        {"end of file", "rooms = [\n"},
        {"key start", "= 3\n"},
        {"value terminator", "triage.rebalance = true3\n"},
        {"blank table name", "[ ]\n"},
        {"multi-line key", "\"\"\"a\"\"\" = 1\n"},
        {"hex escape", "title = \"\\u12G4\"\n"},
        {"surrogate", "title = \"\\uD800\"\n"},
        {"line-ending backslash", "title = \"\"\"a \\ b\"\"\"\n"},
        {"underscore", "run.seed = _1\n"},
        {"inline table start", "day = { , }\n"},
        {"array start", "rooms = [ , ]\n"},
        {"nesting", "rooms = " + std::string(300, '[') + "\n"},
    };
    for (const auto& [name, text] : texts) {
        const std::vector<Diagnostic> found = testing::problems(text);
        ASSERT_EQ(found.size(), 1u) << name;
        EXPECT_EQ(found[0].message.rfind("TOML syntax error: ", 0), 0u) << name << ": " << found[0].message;
        EXPECT_EQ(found[0].messageZh.rfind("TOML 语法错误：", 0), 0u) << name << ": " << found[0].messageZh;
        // A description toml++ words in a way not known here still gets Chinese words, never none.
        EXPECT_GT(found[0].messageZh.size(), std::string_view("TOML 语法错误：").size()) << name;
        expectChinese(found, name);
    }
    EXPECT_EQ(syntaxErrorText("Error while parsing key-value pair: expected '=', saw 'x'").zh,
              "键的后面应为 '='（实际为 'x'）");
    EXPECT_EQ(syntaxErrorText("Error while parsing table header: something new").zh, "表头的写法有误");
    EXPECT_EQ(syntaxErrorText("something else entirely").zh, "此处的写法有误");
}

// [SECTION] Files and base chains

class MessagesZhFiles : public ::testing::Test {
protected:
    testing::TempFolder m_folder{"messages-zh"};
    const fs::path& dir() const { return m_folder.path(); }
};

TEST_F(MessagesZhFiles, FilesThatCannotBeRead) {
    expectCase(loadProblems(dir() / "missing.toml"), "missing file", "no such file");
    expectCase(loadProblems(dir()), "a folder", "not a regular file");

    const fs::path big = dir() / "big.toml";
    writeFile(big, std::string(kMaxScenarioBytes + 1, '#'));
    expectCase(loadProblems(big), "big file", "bytes; allowed: at most");
    expectCase(testing::thrownDiagnostics(
                   [] { loadScenarioString(std::string(kMaxScenarioBytes + 1, '#'), "big.toml"); }),
               "big text", "scenario text is");

    if (::geteuid() != 0) {  // root reads any file
        const fs::path locked = dir() / "locked.toml";
        writeFile(locked, testing::kMinimal);
        fs::permissions(locked, fs::perms::none);
        expectCase(loadProblems(locked), "unreadable file", "cannot read scenario file");
    }
}

TEST_F(MessagesZhFiles, BaseChains) {
    // A chain one link deeper than allowed.
    for (int i = 0; i <= kMaxBaseDepth + 1; ++i)
        writeFile(dir() / fmt::format("f{}.toml", i),
                  i <= kMaxBaseDepth ? fmt::format("base = \"f{}.toml\"\n", i + 1) : std::string(testing::kMinimal));
    expectCase(loadProblems(dir() / "f0.toml"), "deep chain", "goes deeper than 16 bases");
    expectCase(testing::thrownDiagnostics([this] { flattenScenario("base = \"f1.toml\"\n", "f0.toml", dir()); }),
               "deep flattening", "base: allowed: a chain of at most 16 bases");
    expectCase(testing::thrownDiagnostics([this] { flattenScenario("base = 3\n", "f.toml", dir()); }),
               "flattening a bad base", "base: expected the path of a scenario file");

    writeFile(dir() / "a.toml", "base = \"b.toml\"\n");
    writeFile(dir() / "b.toml", "base = \"a.toml\"\n");
    expectCase(loadProblems(dir() / "a.toml"), "cycle", "makes a cycle");
}

// [SECTION] Overrides

// The problems of `key=value` set on `scenario` in the editor (the override's own checks, then
// the document's).
std::vector<Diagnostic> editorProblems(std::string_view scenario, std::string_view key, std::string_view value) {
    ScenarioDocument document = ScenarioDocument::fromString(scenario, "doc.toml");
    return document.setValue(key, value);
}

TEST(MessagesZh, Overrides) {
    const std::string twoRooms = withRoom("[[rooms]]\nname = \"B\"");
    struct Case {
        const char* key;
        const char* value;
        const char* english;
    };
    const Case cases[] = {
        {"", "3", "the key is empty"},
        {"day.", "3", "ends with a dot"},
        {"day..opens", "3", "has an empty part"},
        {"[1].tables", "3", "has no key name before '['"},
        {"rooms[1].tab$les", "3", "has the character '$'"},
        {"rooms[1.tables", "3", "has no closing ']'"},
        {"rooms[1]x.tables", "3", "goes on after ']'"},
        {"rooms[a].tables", "3", "is not a whole number"},
        {"rooms[0].tables", "3", "counted from 1"},
        {"day[1].opens", "3", "is a single table [day]"},
        {"rooms.tables", "3", "is an array of tables [[rooms]]"},
        {"day.opens.x", "3", "is a single setting (clock)"},
        {"rooms[1].tables[2]", "3", "is a single setting (integer); allowed: set it whole, e.g. rooms[1].tables=1"},
        {"day.lunch", "3", "unknown key 'lunch' in [day]"},
        {"base", "x.toml", "base cannot be overridden"},
        {"day", "3", "is a table [day]"},
        {"rooms[1]", "3", "is a table of [[rooms]]"},
        {"day.opens", "", "the value is empty"},
        {"day.opens", "a\nb", "line break"},
        {"rooms[1].tables", "[1,", "strings inside [...]"},
        {"title", "\"abc", "the value is not valid TOML"},
        {"categories[1].share", "2", "there are no [[categories]] tables"},
        {"rooms[2].tables", "3", "there is only 1 [[rooms]]"},
        {"rooms[1].tables", "0", "is out of range"},
    };
    for (const Case& c : cases) {
        const std::string context = fmt::format("{}={}", c.key, c.value);
        expectCase(editorProblems(withRoom(""), c.key, c.value), context, c.english);
    }
    expectCase(editorProblems(twoRooms, "rooms[3].tables", "3"), "rooms[3]", "there are only 2 [[rooms]]");
    expectCase(testing::thrownDiagnostics([] { parseOverride("no-equals", "--set"); }), "no '='", "expected KEY=VALUE");
}

// Overrides written into a file whose keys are not the tables the override goes through.
TEST_F(MessagesZhFiles, OverridesIntoTheWrongShape) {
    const fs::path file = dir() / "shape.toml";
    writeFile(file, "appointments.count = 1\nday = 3\nrooms = 3\n");
    expectCase(loadProblems(file, {KeyOverride{"day.opens", "09:00", "--set"}}), "day is a number",
               "not a table [day]; the override cannot be written into it");
    expectCase(loadProblems(file, {KeyOverride{"rooms[1].tables", "2", "--set"}}), "rooms is a number",
               "not an array of tables [[rooms]]");
}

}  // namespace
}  // namespace pujiang
