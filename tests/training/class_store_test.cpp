// The class-records store in one process: a round trip of every field, the roster rule, and the
// files it refuses (a newer schema, tables without a version, a file that is not a database).

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>

#include "sim/core/localized_error.h"
#include "sim/training/class_store.h"
#include "tests/support/temp_folder.h"
#include "tests/training/class_records_fixtures.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;
using testing::rowCount;
using testing::sampleAttempt;

constexpr std::uint64_t kMaxSeed = std::numeric_limits<std::uint64_t>::max();

const std::vector<Trainee> kRoster = {{"zhang01", "张伟"}, {"li02", "李娜"}};

// The message of the LocalizedError `open` throws, in Chinese and English.
template <class F>
OwnedPhrase refusal(F open) {
    try {
        open();
    } catch (const LocalizedError& error) {
        return errorText(error);
    }
    ADD_FAILURE() << "no LocalizedError thrown";
    return {};
}

TEST(ClassStore, RoundTripsAnAttemptWithEveryField) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "classes.sqlite";
    Attempt written;
    {
        ClassStore store(file);
        const std::int64_t id = store.newClass("pujiang-2003", kMaxSeed, kRoster, "第一期培训班");
        written = sampleAttempt(id, "li02", kMaxSeed);
        written.id = store.recordAttempt(written);
    }
    ClassStore store(file);  // reopened: what was committed is on disk
    const std::vector<Attempt> read = store.attempts(written.classId);
    ASSERT_EQ(read.size(), 1u);
    const Attempt& a = read.front();
    EXPECT_EQ(a.id, written.id);
    EXPECT_EQ(a.classId, written.classId);
    EXPECT_EQ(a.trainee, "li02");
    EXPECT_EQ(a.exercise, written.exercise);
    EXPECT_EQ(a.seed, kMaxSeed);
    EXPECT_EQ(a.decisionLog, written.decisionLog);
    EXPECT_EQ(a.score, written.score);
    EXPECT_EQ(a.maxScore, written.maxScore);
    EXPECT_EQ(a.started, written.started);
    EXPECT_EQ(a.ended, written.ended);
    EXPECT_EQ(a.programVersion, written.programVersion);
    EXPECT_TRUE(a.parts == written.parts);
    EXPECT_TRUE(a.objectives == written.objectives);
    EXPECT_TRUE(a.cases == written.cases);
    EXPECT_TRUE(a == written) << "a field is not compared above";
}

TEST(ClassStore, KeepsClassesWithRosterNoteAndSeed) {
    testing::TempFolder folder("class-store");
    ClassStore store(folder.path() / "classes.sqlite");
    const std::int64_t first = store.newClass("pujiang-2003", 0, kRoster);
    const std::int64_t second = store.newClass("mediation-day", kMaxSeed, {{"wang03", "王小明"}}, "复训");
    const std::vector<ClassInfo> all = store.classes();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, first);
    EXPECT_EQ(all[0].seed, 0u);
    ASSERT_EQ(all[0].roster.size(), 2u);
    EXPECT_EQ(all[0].roster[0].id, "zhang01");
    EXPECT_EQ(all[0].roster[0].name, "张伟");
    EXPECT_EQ(all[0].roster[1].name, "李娜");
    const std::optional<ClassInfo> found = store.findClass(second);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->exercise, "mediation-day");
    EXPECT_EQ(found->seed, kMaxSeed);
    EXPECT_EQ(found->note, "复训");
    EXPECT_EQ(found->created.size(), std::string("2026-12-02T19:52:39Z").size());
    EXPECT_FALSE(store.findClass(second + 1));
    EXPECT_THROW(store.newClass("x", 1, {{"a", "甲"}, {"a", "乙"}}), LocalizedError);
}

TEST(ClassStore, RefusesATraineeNotOnTheRosterAndWritesNothing) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "classes.sqlite";
    ClassStore store(file);
    const std::int64_t id = store.newClass("pujiang-2003", 7, kRoster);
    const OwnedPhrase message = refusal([&] { store.recordAttempt(sampleAttempt(id, "zhao99", 7)); });
    EXPECT_NE(message.en.find("trainee 'zhao99' is not on the roster of class"), std::string::npos) << message.en;
    EXPECT_NE(message.en.find("zhang01, li02"), std::string::npos) << message.en;
    EXPECT_NE(message.zh.find("不在班级"), std::string::npos) << message.zh;
    EXPECT_THROW(store.recordAttempt(sampleAttempt(id + 1, "zhang01", 7)), LocalizedError);
    EXPECT_EQ(rowCount(file, "attempts"), 0);
}

TEST(ClassStore, OpensAsWalWithTheCurrentSchemaVersion) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "classes.sqlite";
    { ClassStore store(file); }
    { ClassStore again(file); }  // the current version opens
    testing::expectCurrentSchemaInWal(file);
}

// An objective the day gave no figure for (NaN) is stored as NULL and read back as NaN.
TEST(ClassStore, KeepsAnObjectiveWithNoValue) {
    testing::TempFolder folder("class-store");
    ClassStore store(folder.path() / "classes.sqlite");
    Attempt attempt = sampleAttempt(store.newClass("calm-duty-day", 3, kRoster), "li02", 3);
    attempt.objectives[0].value = std::numeric_limits<double>::quiet_NaN();
    store.recordAttempt(attempt);
    const Attempt read = store.attempts(attempt.classId).at(0);
    EXPECT_TRUE(std::isnan(read.objectives[0].value));
    EXPECT_EQ(read.objectives[1], attempt.objectives[1]);
}

// A file written by version 1 (frozen in tests/fixtures/class-records/version1.sql) climbs to the
// current version on opening and keeps every row; its case rows count as decided.
TEST(ClassStore, MigratesAVersionOneFileKeepingEveryRow) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "old.sqlite";
    std::ifstream sql(fs::path(PUJIANG_SOURCE_DIR) / "tests/fixtures/class-records/version1.sql");
    ASSERT_TRUE(sql);
    sqlite::Database(file).exec(std::string(std::istreambuf_iterator<char>(sql), {}));
    ClassStore store(file);
    testing::expectCurrentSchemaInWal(file);
    const std::optional<ClassInfo> info = store.findClass(1);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->seed, kMaxSeed);
    EXPECT_EQ(info->roster, (std::vector<Trainee>{{"li01", "李学员"}}));
    const std::vector<Attempt> attempts = store.attempts(1);
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts[0].score, 120.5);
    ASSERT_EQ(attempts[0].objectives.size(), 1u);
    EXPECT_EQ(attempts[0].cases, (std::vector<CaseResult>{{"LAND-03", "legal_channel", true, true, true},
                                                          {"WAGE-01", "on_spot", false, true, true}}));
    // New attempts in the migrated file keep the new flag.
    Attempt passed = attempts[0];
    passed.cases = {{"LAND-03", "assign", false, true, false}};
    store.recordAttempt(passed);
    EXPECT_FALSE(store.attempts(1).back().cases[0].decided);
}

TEST(ClassStore, DeletingAClassDeletesItsRows) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "classes.sqlite";
    {
        ClassStore store(file);
        store.recordAttempt(sampleAttempt(store.newClass("pujiang-2003", 1, kRoster), "zhang01", 1));
    }
    sqlite::Database db(file);
    db.exec("PRAGMA foreign_keys = ON; DELETE FROM classes");
    for (const char* table : {"trainees", "attempts", "score_parts", "objective_results", "case_results"})
        EXPECT_EQ(db.queryInteger(fmt::format("SELECT count(*) FROM {}", table)), 0) << table;
}

TEST(ClassStore, RefusesANewerSchemaVersionNamingBoth) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "future.sqlite";
    { ClassStore store(file); }
    sqlite::Database(file).exec("PRAGMA user_version = 99");
    const OwnedPhrase message = refusal([&] { ClassStore store(file); });
    EXPECT_NE(message.en.find(file.string()), std::string::npos) << message.en;
    EXPECT_NE(message.en.find(fmt::format("schema version 99; this program reads version {}", kClassStoreSchemaVersion)),
              std::string::npos)
        << message.en;
    EXPECT_NE(message.zh.find("99"), std::string::npos) << message.zh;
    EXPECT_NE(message.zh.find(fmt::format("只能读取版本 {}", kClassStoreSchemaVersion)), std::string::npos) << message.zh;
}

TEST(ClassStore, RefusesTablesWithoutASchemaVersion) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "other.sqlite";
    sqlite::Database(file).exec("CREATE TABLE notes (text TEXT)");
    const OwnedPhrase message = refusal([&] { ClassStore store(file); });
    EXPECT_NE(message.en.find(fmt::format(
                  "schema version 0: not a Pujiang class-records file (this program reads version {})",
                  kClassStoreSchemaVersion)),
              std::string::npos)
        << message.en;
    EXPECT_EQ(sqlite::Database(file).queryText("PRAGMA journal_mode"), "delete") << "a refused file was changed";
}

TEST(ClassStore, RefusesAFileThatIsNotADatabase) {
    testing::TempFolder folder("class-store");
    const fs::path file = folder.path() / "roster.csv";
    std::ofstream(file) << "trainee_id,name\nzhang01,张伟\n" << std::string(2000, 'x') << "\n";
    const OwnedPhrase message = refusal([&] { ClassStore store(file); });
    EXPECT_NE(message.en.find(file.string() + ": is not an SQLite database"), std::string::npos) << message.en;
    EXPECT_NE(message.zh.find("不是 SQLite 数据库"), std::string::npos) << message.zh;
}

TEST(ClassStore, RefusesAFolderThatDoesNotExist) {
    testing::TempFolder folder("class-store");
    const OwnedPhrase message = refusal([&] { ClassStore store(folder.path() / "missing" / "classes.sqlite"); });
    EXPECT_NE(message.en.find("cannot open the class records"), std::string::npos) << message.en;
}

}  // namespace
}  // namespace pujiang
