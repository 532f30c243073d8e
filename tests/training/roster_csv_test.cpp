// The roster reader on a spreadsheet's file (byte-order mark, CRLF, quoted names) and on broken
// files: each broken fixture must be reported at its line with what is allowed.

#include <gtest/gtest.h>

#include "sim/core/localized_error.h"
#include "sim/training/roster_csv.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(PUJIANG_SOURCE_DIR) / "tests" / "fixtures";

TEST(RosterCsv, ReadsChineseNamesQuotesAndSpreadsheetLineEnds) {
    const std::vector<Trainee> roster = readRosterCsv(kFixtures / "rosters" / "class-a.csv");
    ASSERT_EQ(roster.size(), 3u);
    EXPECT_EQ(roster[0].id, "zhang01");
    EXPECT_EQ(roster[0].name, "张伟");
    EXPECT_EQ(roster[1].name, "李,娜");
    EXPECT_EQ(roster[2].name, "王\"小\"明");
}

struct BrokenRoster {
    const char* file;
    const char* expected;  // in the English message, after the file name
};

class BrokenRosterFile : public ::testing::TestWithParam<BrokenRoster> {};

TEST_P(BrokenRosterFile, ReportsFileLineAndWhatIsAllowed) {
    const fs::path file = kFixtures / "rosters-broken" / GetParam().file;
    try {
        readRosterCsv(file);
        FAIL() << file << " was accepted";
    } catch (const LocalizedError& error) {
        const std::string expected = file.string() + ":" + GetParam().expected;
        EXPECT_NE(std::string(error.what()).find(expected), std::string::npos)
            << "expected: " << expected << "\ngot:      " << error.what();
        EXPECT_NE(error.text(Language::Zh).find(file.string() + ":"), std::string::npos) << error.text(Language::Zh);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BrokenRosterFile,
    ::testing::Values(BrokenRoster{"missing-header.csv", "1: missing header; the first line must be 'trainee_id,name'"},
                      BrokenRoster{"duplicate-id.csv",
                                   "4: duplicate trainee_id 'zhang01' (first on line 2); allowed: each id once"},
                      BrokenRoster{"empty-id.csv", "3: empty trainee_id; allowed: any non-empty text"},
                      BrokenRoster{"wrong-columns.csv", "2: wrong number of columns (3); allowed: 2 (trainee_id,name)"},
                      BrokenRoster{"unclosed-quote.csv", "2: unclosed quote"},
                      BrokenRoster{"no-trainees.csv", "1: no trainees"}),
    [](const ::testing::TestParamInfo<BrokenRoster>& info) {
        std::string name = fs::path(info.param.file).stem().string();
        std::erase(name, '-');
        return name;
    });

TEST(RosterCsv, ReportsEveryProblemOfAFileAtOnce) {
    try {
        readRosterCsv(kFixtures / "rosters-broken" / "wrong-columns.csv");
        FAIL();
    } catch (const LocalizedError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(":2: wrong number of columns (3)"), std::string::npos) << message;
        EXPECT_NE(message.find(":3: wrong number of columns (1)"), std::string::npos) << message;
    }
}

TEST(RosterCsv, ReportsAMissingFile) {
    EXPECT_THROW(readRosterCsv(kFixtures / "rosters" / "no-such-roster.csv"), LocalizedError);
}

}  // namespace
}  // namespace pujiang
