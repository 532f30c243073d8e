// The guard in front of the TOML parser (sim/scenario/toml_input_guard.h). The inputs below reach
// toml++ 3.3.0's faults when the guard lets them through: the fuzzing build (toml++ compiled in
// with its assertions on, docs/fuzzing.md) aborts on them.

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "sim/scenario/toml_input_guard.h"

namespace pujiang {
namespace {

std::string dotted(std::size_t parts) {
    std::string key = "a";
    for (std::size_t i = 1; i < parts; ++i) key += ".a";
    return key;
}

// What toml++ makes of a text behind the guard: the guard's problem (its English text), "table"
// when parsed, or "syntax: <toml++'s description>".
std::string guardedOutcome(std::string_view text) {
    try {
        std::variant<toml::table, TomlInputProblem> parsed = parseGuardedToml(text, "t.toml");
        if (const auto* problem = std::get_if<TomlInputProblem>(&parsed)) return problem->message.en;
        return "table";
    } catch (const toml::parse_error& error) {
        return "syntax: " + std::string(error.description());
    }
}

TEST(TomlInputGuard, FindsADeepKeyHeaderOrInlineKeyAtItsStart) {
    const std::string deep = dotted(kMaxTomlKeyDepth + 1);
    const std::optional<TomlInputProblem> problem = tomlInputProblem("[run]\nseed = 1\n  " + deep + " = 1\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->at.line, 3);
    EXPECT_EQ(problem->at.column, 3);
    EXPECT_NE(problem->message.en.find("more than 64 levels deep"), std::string::npos);
    EXPECT_TRUE(tomlInputProblem("[" + deep + "]\n"));
    EXPECT_TRUE(tomlInputProblem("[[" + deep + "]]\n"));
    EXPECT_TRUE(tomlInputProblem("x = { b = 1, " + deep + " = 2 }\n"));
    EXPECT_TRUE(tomlInputProblem("x = [\n  { " + deep + " = 2 },\n]\n"));
    EXPECT_TRUE(tomlInputProblem(dotted(50000) + " = 1"));
}

TEST(TomlInputGuard, KeysAsDeepAsAllowedAndDotsElsewherePass) {
    EXPECT_FALSE(tomlInputProblem(dotted(kMaxTomlKeyDepth) + " = 1\n"));
    std::string floats = "values = [";
    for (int i = 0; i < 5000; ++i) floats += "1.5, ";
    floats += "2.5]\n";
    EXPECT_FALSE(tomlInputProblem(floats));
    EXPECT_FALSE(tomlInputProblem("values = [\n" + std::string(3000, '1') + ".5,\n 2.5,\n]\n"));
    const std::string dots(5000, '.');
    EXPECT_FALSE(tomlInputProblem("name = \"" + dots + "\"\n"));
    EXPECT_FALSE(tomlInputProblem("name = '" + dots + "'\n"));
    EXPECT_FALSE(tomlInputProblem("text = \"\"\"\n" + dots + "\n" + dots + "\n\"\"\"\n"));
    EXPECT_FALSE(tomlInputProblem("text = '''\n" + dots + "\n'''\n"));
    EXPECT_FALSE(tomlInputProblem("# " + dots + "\nx = 1 # " + dots + "\n"));
    EXPECT_FALSE(tomlInputProblem("escaped = \"\\\"" + dots + "\"\n"));
}

std::string utf8(char32_t c) {
    std::string bytes;
    if (c < 0x80) {
        bytes += static_cast<char>(c);
    } else if (c < 0x800) {
        bytes += static_cast<char>(0xC0 | (c >> 6));
        bytes += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        bytes += static_cast<char>(0xE0 | (c >> 12));
        bytes += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        bytes += static_cast<char>(0x80 | (c & 0x3F));
    }
    return bytes;
}

TEST(TomlInputGuard, RefusesCharactersOutsideQuotesWithTheirPlace) {
    // toml++ 3.3.0 reaches TOML_UNREACHABLE classifying U+00A1..U+0499 as whitespace.
    const std::optional<TomlInputProblem> inverted = tomlInputProblem("name = \"t\"" + utf8(0xA1) + "\n");
    ASSERT_TRUE(inverted);
    EXPECT_EQ(inverted->at.line, 1);
    EXPECT_EQ(inverted->at.column, 11);
    EXPECT_NE(inverted->message.en.find("U+00A1"), std::string::npos) << inverted->message.en;
    EXPECT_NE(inverted->message.en.find("outside quotes"), std::string::npos);
    // Columns count characters: the Chinese title before it is 2 characters, not 6 bytes.
    const std::optional<TomlInputProblem> afterTitle = tomlInputProblem("t = \"浦江\" " + utf8(0xE9) + "\n");
    ASSERT_TRUE(afterTitle);
    EXPECT_EQ(afterTitle->at.column, 10);
    EXPECT_TRUE(tomlInputProblem("名称 = 1\n"));                        // a bare key must be ASCII
    EXPECT_TRUE(tomlInputProblem("a" + utf8(0x3000) + "= 1\n"));       // a full-width space
    EXPECT_TRUE(tomlInputProblem("x = [1, " + utf8(0x436) + "]\n"));   // Cyrillic in an array
    EXPECT_TRUE(tomlInputProblem("x = { a = 1 " + utf8(0xE9) + " }\n"));
    EXPECT_TRUE(tomlInputProblem("\"k\"" + utf8(0xE9) + " = 1\n"));     // after a quoted key
}

// The code points of toml++'s three faulty blocks (U+00A1..U+0499, U+2C5E..U+3057 but U+3000,
// U+FB26..U+FEFE; the last found by fuzz_scenario with U+FEFD) and those just around them.
std::vector<char32_t> aroundTheFaultyBlocks() {
    std::vector<char32_t> all;
    for (char32_t c = 0x9F; c <= 0x4A0; ++c) all.push_back(c);
    for (char32_t c = 0x2C5D; c <= 0x3058; ++c) all.push_back(c);
    for (char32_t c = 0xFB25; c <= 0xFF00; ++c) all.push_back(c);
    return all;
}

TEST(TomlInputGuard, EveryCharacterOfTheFaultyBlocksIsRefusedOrReadWherever) {
    // Each place toml++ classifies a character, for every code point of the faulty blocks and
    // around them: refused with the code point named, or (after a line-ending backslash) read
    // with its value.
    const std::vector<std::pair<std::string, std::string>> refusedAt = {
        {"x = 1 ", "\n"},         {"", " = 1\n"},        {"x = \"\"\"a\\", "\"\"\"\n"},
        {"x = \"\"\"a\\ ", "\n\"\"\"\n"}, {"[", "]\n"},         {"x = {", "}\n"},
        {"x = [", "]\n"},         {"x = 1.5", "\n"}};
    for (const char32_t c : aroundTheFaultyBlocks()) {
        if (c == 0xFEFF) continue;  // a byte-order mark: toml++ reads it as whitespace, rightly
        for (const auto& [before, after] : refusedAt) {
            const std::string text = before + utf8(c) + after;
            EXPECT_NE(guardedOutcome(text).find(fmt::format("U+{:04X}", static_cast<unsigned>(c))), std::string::npos)
                << text;
        }
        const bool whitespace = c == 0xA0 || c == 0x3000;  // skipped after a line-ending backslash
        std::variant<toml::table, TomlInputProblem> parsed =
            parseGuardedToml("x = \"\"\"a\\\n  " + utf8(c) + "b\"\"\"\n", "t.toml");
        ASSERT_TRUE(std::holds_alternative<toml::table>(parsed)) << static_cast<unsigned>(c);
        EXPECT_EQ(std::get<toml::table>(parsed)["x"].value_or(std::string()), whitespace ? "ab" : "a" + utf8(c) + "b")
            << static_cast<unsigned>(c);
    }
}

TEST(TomlInputGuard, TextInStringsAndCommentsIsReadAsWritten) {
    const std::string latin = "caf" + utf8(0xE9) + " " + utf8(0xA1) + " " + utf8(0x436);
    const std::vector<std::string> fine = {
        "title = \"浦江 " + latin + "\"\n", "title = '" + latin + "'\n",   "# " + latin + "\nx = 1\n",
        "text = '''\n" + latin + "\n'''\n", "\"" + latin + "\" = 1\n",      "x = 1 # " + latin + "\n",
        "text = \"\"\"\n" + latin + "\"\"\"\n"};
    for (const std::string& text : fine) {
        EXPECT_FALSE(tomlInputProblem(text)) << text;
        EXPECT_EQ(guardedOutcome(text), "table") << text;
    }
}

TEST(TomlInputGuard, MultiLineBasicStringsKeepTheirValueAfterALineEndingBackslash) {
    // toml++ asks whether the first character after a line-ending backslash's skipped spaces is
    // whitespace; the guard hands it over as a \u escape, and the value is the same.
    const std::string text = "x = \"\"\"a\\\n   " + utf8(0xE9) + "b\"\"\"\n";
    EXPECT_FALSE(tomlInputProblem(text));
    std::variant<toml::table, TomlInputProblem> parsed = parseGuardedToml(text, "t.toml");
    ASSERT_TRUE(std::holds_alternative<toml::table>(parsed));
    EXPECT_EQ(std::get<toml::table>(parsed)["x"].value_or(std::string()), "a" + utf8(0xE9) + "b");
    // Characters toml++ reads well stay as they are.
    std::variant<toml::table, TomlInputProblem> wide =
        parseGuardedToml("x = \"\"\"" + utf8(0x4E2D) + "\"\"\"\n", "t.toml");
    ASSERT_TRUE(std::holds_alternative<toml::table>(wide));
    EXPECT_EQ(std::get<toml::table>(wide)["x"].value_or(std::string()), utf8(0x4E2D));
}

TEST(TomlInputGuard, AfterABackslashInAMultiLineStringOnlyEscapesOrALineEndComeNext) {
    const std::optional<TomlInputProblem> escape = tomlInputProblem("x = \"\"\"a\\" + utf8(0xE9) + "\"\"\"\n");
    ASSERT_TRUE(escape);
    EXPECT_EQ(escape->at.column, 10);
    EXPECT_NE(escape->message.en.find("is not a TOML escape"), std::string::npos) << escape->message.en;
    const std::optional<TomlInputProblem> spaced = tomlInputProblem("x = \"\"\"a\\  " + utf8(0xE9) + "\n\"\"\"\n");
    ASSERT_TRUE(spaced);
    EXPECT_NE(spaced->message.en.find("must end the line"), std::string::npos) << spaced->message.en;
}

TEST(TomlInputGuard, ATableHeaderNeedsANameAfterItsBracket) {
    // toml++ 3.3.0 fails an assertion when '[' or '[[' is followed by what cannot start a key.
    const std::optional<TomlInputProblem> open = tomlInputProblem("[run]\nseed = 1\n[\n");
    ASSERT_TRUE(open);
    EXPECT_EQ(open->at.line, 3);
    EXPECT_EQ(open->at.column, 2);
    EXPECT_NE(open->message.en.find("found a line break"), std::string::npos) << open->message.en;
    for (const char* bad : {"[=]\n", "[[[a]]]\n", "[ #]\n", "[[ .a]]\n", "[[\n", "[\t\n"}) {
        ASSERT_TRUE(tomlInputProblem(bad)) << bad;
        EXPECT_NE(guardedOutcome(bad).find("must be followed by the table's name"), std::string::npos) << bad;
    }
    // A bracket that ends the text reaches no assertion: toml++ reports it itself.
    for (const char* atTheEnd : {"[", "[[", "[  "}) {
        EXPECT_FALSE(tomlInputProblem(atTheEnd)) << atTheEnd;
        EXPECT_EQ(guardedOutcome(atTheEnd).rfind("syntax: ", 0), 0u) << atTheEnd;
    }
    for (const char* fine : {"[a]\n", "[ a ]\n", "[[a]]\n", "[[ a ]]\n", "[\"q\"]\n", "['q']\n", "[1-2_x]\n"}) {
        EXPECT_FALSE(tomlInputProblem(fine)) << fine;
        EXPECT_EQ(guardedOutcome(fine), "table") << fine;
    }
    // Left to toml++'s own message: an empty name and "[ [".
    EXPECT_FALSE(tomlInputProblem("[]\n"));
    EXPECT_FALSE(tomlInputProblem("[ [a]]\n"));
    EXPECT_EQ(guardedOutcome("[]\n").rfind("syntax: ", 0), 0u);
}

TEST(TomlInputGuard, AnArrayHoldsNoClosingBraceOrControlCharacter) {
    // toml++ 3.3.0 asserts in parse_value that these are not where a value starts.
    const std::optional<TomlInputProblem> brace = tomlInputProblem("x = [1, }]\n");
    ASSERT_TRUE(brace);
    EXPECT_EQ(brace->at.column, 9);
    EXPECT_NE(brace->message.en.find("a '}' inside an array"), std::string::npos) << brace->message.en;
    for (const char* bad : {"x = [\v1]\n", "x = [1,\f2]\n", "x = [1,\r2]\n", "x = 1\v\n"}) {
        const std::optional<TomlInputProblem> control = tomlInputProblem(bad);
        ASSERT_TRUE(control) << bad;
        EXPECT_NE(control->message.en.find("is outside quotes"), std::string::npos) << control->message.en;
        EXPECT_FALSE(guardedOutcome(bad).empty());
    }
    EXPECT_EQ(guardedOutcome("x = [{ a = 1 }, { b = [2] }]\r\n"), "table");
    EXPECT_EQ(guardedOutcome("x = \"a\\fb\"\n"), "table");
}

TEST(TomlInputGuard, AValueWithoutQuotesRunsOnUntilItsEnd) {
    // toml++ scans a bare value (2, true, 1979-05-27) up to a value terminator, quotes included:
    // `2"·"` reached its whitespace fault at the middle dot (found by fuzz_case_card).
    const std::optional<TomlInputProblem> dot = tomlInputProblem("difficulty = 2\"" + utf8(0xB7) + "\"\n");
    ASSERT_TRUE(dot);
    EXPECT_EQ(dot->at.column, 16);
    EXPECT_NE(dot->message.en.find("U+00B7"), std::string::npos) << dot->message.en;
    EXPECT_TRUE(tomlInputProblem("x = [1, true'" + utf8(0xE9) + "']\n"));
    EXPECT_EQ(guardedOutcome("x = [1, 2.5, true, 1979-05-27T07:32:00Z, \"" + utf8(0xE9) + "\"] # " + utf8(0xE9) + "\n"),
              "table");
}

TEST(TomlInputGuard, AByteOrderMarkAndCrLfLinesAreFine) {
    EXPECT_EQ(guardedOutcome("\xEF\xBB\xBFname = \"a\"\r\n[run]\r\nseed = 1\r\n"), "table");
}

}  // namespace
}  // namespace pujiang
