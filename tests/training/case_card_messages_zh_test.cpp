// The case-card loader's messages in Chinese (Diagnostic::messageZh): every problem a case file
// can have is reported in Chinese too, in Chinese words. What stays as written is what the author
// typed or reads in the file: quoted values, key names, ids like LAND-01, file names, numbers,
// upper-case codes and the file's own vocabulary (disposition, legal class and history names,
// true/false). Every other Latin letter would be English leaking into the Chinese GUI.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "sim/scenario/scenario_limits.h"
#include "sim/training/case_card.h"
#include "sim/training/case_card_keys.h"
#include "tests/support/broken_fixtures.h"
#include "tests/support/chinese_messages.h"
#include "tests/support/temp_folder.h"
#include "tests/support/thrown_diagnostics.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

const fs::path kBrokenDir = fs::path(PUJIANG_SOURCE_DIR) / "tests" / "fixtures" / "cases-broken";

// The words of a case file that a Chinese message may name unquoted.
const std::set<std::string>& cardVocabulary() {
    static const std::set<std::string> words = [] {
        std::set<std::string> all = {"true", "false", "card"};
        for (const CardKey& key : cardKeys()) all.insert(key.name);
        for (const auto& names : {dispositionNames(), legalClassNames(), caseHistoryNames()})
            all.insert(names.begin(), names.end());
        return all;
    }();
    return words;
}

std::string strayLatin(const std::string& message) { return testing::strayLatin(message, cardVocabulary()); }

// Every case reports something, each with Chinese that reads as Chinese and differs from the English.
void expectChinese(const std::vector<Diagnostic>& found, const std::string& context) {
    EXPECT_FALSE(found.empty()) << context << " reported nothing";
    testing::expectChinese(found, context, cardVocabulary());
    for (const Diagnostic& d : found) EXPECT_NE(d.messageZh, d.message) << context << ": " << d.format();
}

// The card words pass, English does not (the check itself is tested in tests/scenario/).
TEST(CaseCardMessagesZh, TheCheckFindsEnglish) {
    const std::pair<std::string, std::string> cases[] = {
        {"id = \"LAND-01\" 与 /a/b/land-x.toml:3:6 处的 id 重复", ""},
        {"允许：<代码>.toml 或 *.toml；LAND-01；unit_zh、acceptable 和 on_spot；collective = true", ""},
        {"difficulty = 4 is out of range", "is out of range"},
        {"无法读取案例文件夹：no such folder", "no such folder"},
    };
    for (const auto& [message, stray] : cases) EXPECT_EQ(strayLatin(message), stray) << message;
}

TEST(CaseCardMessagesZh, EveryBrokenFixture) {
    const std::vector<fs::path> files = testing::brokenFixtureFiles(kBrokenDir);
    EXPECT_GE(files.size(), 25u);
    for (const fs::path& file : files)
        expectChinese(testing::thrownDiagnostics([&] { loadCaseCardFile(file); }), file.filename().string());
}

TEST(CaseCardMessagesZh, AllFixturesAtOnce) {
    expectChinese(testing::thrownDiagnostics([] { loadCaseCards(kBrokenDir); }), "cases-broken/");
}

TEST(CaseCardMessagesZh, FoldersAndFiles) {
    const testing::TempFolder folder("card-messages-zh");
    expectChinese(testing::thrownDiagnostics([&] { loadCaseCards(folder.path() / "missing"); }), "missing folder");
    expectChinese(testing::thrownDiagnostics([&] { loadCaseCards(folder.path()); }), "empty folder");
    expectChinese(testing::thrownDiagnostics([&] { loadCaseCardFile(folder.path()); }), "a folder as a file");
    const fs::path big = folder.path() / "land.toml";
    std::ofstream(big, std::ios::binary) << std::string(kMaxScenarioBytes + 1, '#');
    expectChinese(testing::thrownDiagnostics([&] { loadCaseCardFile(big); }), "big file");
}

TEST(CaseCardMessagesZh, EveryAllowedText) {
    for (const CardKey& key : cardKeys()) {
        EXPECT_FALSE(key.allowedZh.empty()) << key.name;
        EXPECT_NE(key.allowedZh, key.allowed) << key.name;
        EXPECT_EQ(strayLatin(key.allowedZh), "") << key.name << ": " << key.allowedZh;
    }
}

// A few in full, so the Chinese is seen to read as meant and the English to stay as it was.
TEST(CaseCardMessagesZh, ExamplesInFull) {
    const auto range =
        testing::thrownDiagnostics([] { loadCaseCardFile(kBrokenDir / "land-difficulty-out-of-range.toml"); });
    ASSERT_EQ(range.size(), 1u);
    EXPECT_EQ(range[0].message, "difficulty = 4 is out of range; allowed: integer 1..3");
    EXPECT_EQ(range[0].messageZh, "difficulty = 4 超出范围；允许：整数 1..3");

    const auto typo = testing::thrownDiagnostics([] { loadCaseCardFile(kBrokenDir / "land-unknown-key.toml"); });
    ASSERT_EQ(typo.size(), 1u);
    EXPECT_EQ(typo[0].message, "stroy_en: unknown key in [[card]]; did you mean 'story_en'?");
    EXPECT_EQ(typo[0].messageZh, "未知的键 'stroy_en'（位于 [[card]]）；是否想写 'story_en'？");

    const auto choice = testing::thrownDiagnostics([] { loadCaseCardFile(kBrokenDir / "land-unknown-history.toml"); });
    ASSERT_EQ(choice.size(), 1u);
    EXPECT_EQ(choice[0].messageZh,
              "history = \"first_vist\" 不是已知的来访经历（是否想写 'first_visit'？）；允许：以下之一：first_visit, "
              "repeat, long_standing, in_court");
}

}  // namespace
}  // namespace pujiang
