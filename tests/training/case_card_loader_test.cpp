// The case-card loader on bad input: each file in tests/fixtures/cases-broken/ holds one problem
// and starts with "# expect: <text>", a substring of the one diagnostic it must produce (usually
// "line:col: message"). Further tests: all problems of several files come back at once, and
// missing or empty folders are reported, not crashed on.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "sim/training/case_card.h"
#include "tests/support/broken_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/thrown_diagnostics.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

const fs::path kBrokenDir = fs::path(PUJIANG_SOURCE_DIR) / "tests" / "fixtures" / "cases-broken";

std::vector<fs::path> brokenFixtures() { return testing::brokenFixtureFiles(kBrokenDir); }

class BrokenCardFile : public ::testing::TestWithParam<fs::path> {};

TEST_P(BrokenCardFile, ReportsItsOneProblem) {
    const fs::path& file = GetParam();
    const std::string expected = testing::fixtureExpectation(file);
    ASSERT_FALSE(expected.empty()) << file << " has no '# expect: ' first line";
    const std::vector<Diagnostic> problems = testing::thrownDiagnostics([&] { loadCaseCardFile(file); });
    ASSERT_EQ(problems.size(), 1u) << file << " should hold exactly one problem";
    EXPECT_NE(problems.front().format().find(expected), std::string::npos)
        << "expected: " << expected << "\ngot:      " << problems.front().format();
    EXPECT_EQ(problems.front().file, file.string());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenCardFile, ::testing::ValuesIn(brokenFixtures()), testing::fixtureTestName);

TEST(CaseCardLoader, CoversEveryKindOfProblem) {
    EXPECT_GE(brokenFixtures().size(), 25u);
}

void writeFile(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

// A valid OTHER card with the given id, plus `extra` lines (TOML refuses a repeated key, so a test
// breaks a card by adding a key, never by restating one).
std::string otherCard(std::string_view id, std::string_view extra = {}) {
    return std::string("[[card]]\nid = \"") + std::string(id) + "\"\n" + R"(category = "OTHER"
legal_class = "appeal"
history = "first_visit"
group_size = 1
collective = false
difficulty = 1
title_zh = "标题"
title_en = "Title"
petitioners_zh = "李某。"
petitioners_en = "Ms Li."
story_zh = "经过。"
story_en = "What happened."
request_zh = "诉求。"
request_en = "The request."
background_zh = "初次来访。"
background_en = "A first visit."
documents_zh = "无。"
documents_en = "None."
rule_zh = "依法答复。"
rule_en = "Answer under the law."
acceptable = ["define"]
why_zh = "没有依据。"
why_en = "There is no basis."
wrong = "on_spot"
wrong_consequence_zh = "无依据的承诺。"
wrong_consequence_en = "A promise without basis."
)" + std::string(extra) + "\n";
}

TEST(CaseCardLoader, ReadsFilesInNameOrder) {
    testing::TempFolder folder("cases");
    writeFile(folder.path() / "other-b.toml", otherCard("OTHER-03"));
    writeFile(folder.path() / "other.toml", otherCard("OTHER-01") + otherCard("OTHER-02"));
    writeFile(folder.path() / "notes.txt", "not a card file");
    const std::vector<CaseCard> cards = loadCaseCards(folder.path());
    ASSERT_EQ(cards.size(), 3u);
    EXPECT_EQ(cards[0].id, "OTHER-03");  // "other-b.toml" sorts before "other.toml"
    EXPECT_EQ(cards[1].id, "OTHER-01");
    EXPECT_EQ(cards[2].id, "OTHER-02");
    EXPECT_EQ(cards[1].source.line, 1);
    EXPECT_EQ(cards[2].wrong, Disposition::OnSpot);
    EXPECT_EQ(cards[2].acceptable, std::vector<Disposition>{Disposition::Define});
    EXPECT_EQ(cards[2].title.en, "Title");
    EXPECT_FALSE(cards[2].assignment.has_value());
}

TEST(CaseCardLoader, ReportsAllProblemsOfAllFilesAtOnce) {
    testing::TempFolder folder("cases");
    writeFile(folder.path() / "other.toml",
              otherCard("OTHER-01", "dificulty = 2") + otherCard("OTHER-02", "age_years = \"old\""));
    writeFile(folder.path() / "other-more.toml", otherCard("OTHER-01"));
    const std::vector<Diagnostic> problems = testing::thrownDiagnostics([&] { loadCaseCards(folder.path()); });
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_NE(problems[0].message.find("id = \"OTHER-01\" repeats the id at"), std::string::npos)
        << problems[0].format();
    EXPECT_NE(problems[1].message.find("dificulty: unknown key in [[card]]; did you mean 'difficulty'?"),
              std::string::npos)
        << problems[1].format();
    EXPECT_NE(problems[2].message.find("age_years = \"old\" is a string"), std::string::npos) << problems[2].format();
}

TEST(CaseCardLoader, ReportsAMissingOrEmptyFolder) {
    testing::TempFolder folder("cases");
    auto missing = testing::thrownDiagnostics([&] { loadCaseCards(folder.path() / "nowhere"); });
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_NE(missing[0].message.find("no such folder"), std::string::npos) << missing[0].format();
    auto empty = testing::thrownDiagnostics([&] { loadCaseCards(folder.path()); });
    ASSERT_EQ(empty.size(), 1u);
    EXPECT_NE(empty[0].message.find("no case files"), std::string::npos) << empty[0].format();
}

}  // namespace
}  // namespace pujiang
