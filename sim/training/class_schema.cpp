#include "sim/training/class_schema.h"

#include <array>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/training/class_store.h"
#include "sim/training/sqlite_db.h"

namespace pujiang {

namespace {

// Version 1. Seeds are decimal text: SQLite integers are signed 64-bit and a seed is any uint64.
// Child rows keep their insertion order through their rowid.
constexpr const char* kCreateVersion1 = R"sql(
CREATE TABLE classes (
  id       INTEGER PRIMARY KEY,
  exercise TEXT NOT NULL,
  seed     TEXT NOT NULL,
  created  TEXT NOT NULL,
  note     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE trainees (
  class_id   INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  trainee_id TEXT NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (class_id, trainee_id)
);
CREATE TABLE attempts (
  id              INTEGER PRIMARY KEY,
  class_id        INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
  trainee_id      TEXT NOT NULL,
  exercise        TEXT NOT NULL,
  seed            TEXT NOT NULL,
  decision_log    TEXT NOT NULL,
  score           REAL NOT NULL,
  max_score       REAL NOT NULL,
  started         TEXT NOT NULL,
  ended           TEXT NOT NULL,
  program_version TEXT NOT NULL,
  FOREIGN KEY (class_id, trainee_id) REFERENCES trainees(class_id, trainee_id) ON DELETE CASCADE
);
CREATE INDEX attempts_by_class ON attempts(class_id);
CREATE TABLE score_parts (
  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  points     REAL NOT NULL,
  max_points REAL NOT NULL
);
CREATE INDEX score_parts_by_attempt ON score_parts(attempt_id);
CREATE TABLE objective_results (
  attempt_id   INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  objective_id TEXT NOT NULL,
  label_zh     TEXT NOT NULL,
  label_en     TEXT NOT NULL,
  value        REAL NOT NULL,
  threshold    REAL NOT NULL,
  met          INTEGER NOT NULL,
  points       REAL NOT NULL,
  max_points   REAL NOT NULL
);
CREATE INDEX objective_results_by_attempt ON objective_results(attempt_id);
CREATE TABLE case_results (
  attempt_id  INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  card_id     TEXT NOT NULL,
  disposition TEXT NOT NULL,
  appropriate INTEGER NOT NULL,
  lawful      INTEGER NOT NULL
);
CREATE INDEX case_results_by_attempt ON case_results(attempt_id);
)sql";

void createVersion1(sqlite::Database& db) { db.exec(kCreateVersion1); }

// Version 2: a case row says whether the trainee decided it (1) or passed it to the model's
// outcome draw (0); version 1 kept no such flag, and its rows become decided, the only kind a
// version-1 writer was asked to record. An objective's value may be NULL: a day with no figure
// for it (a mean wait over no batch). SQLite cannot drop NOT NULL in place, so that table is
// rebuilt, its rows copied in their order.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE case_results ADD COLUMN decided INTEGER NOT NULL DEFAULT 1;
CREATE TABLE objective_results_v2 (
  attempt_id   INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  objective_id TEXT NOT NULL,
  label_zh     TEXT NOT NULL,
  label_en     TEXT NOT NULL,
  value        REAL,
  threshold    REAL NOT NULL,
  met          INTEGER NOT NULL,
  points       REAL NOT NULL,
  max_points   REAL NOT NULL
);
INSERT INTO objective_results_v2 (rowid, attempt_id, objective_id, label_zh, label_en, value, threshold, met, points,
                                  max_points)
  SELECT rowid, attempt_id, objective_id, label_zh, label_en, value, threshold, met, points, max_points
  FROM objective_results ORDER BY rowid;
DROP TABLE objective_results;
ALTER TABLE objective_results_v2 RENAME TO objective_results;
CREATE INDEX objective_results_by_attempt ON objective_results(attempt_id);
)sql";

void migrateToVersion2(sqlite::Database& db) { db.exec(kVersion2); }

// Step i takes a file from version i to version i + 1; step 0 creates version 1 in an empty file.
// A new version appends one step (ALTER TABLE, copying data, whatever C++ it needs) and bumps
// kClassStoreSchemaVersion; a released step is never edited, so any older file climbs the same
// stairs. The steps run inside prepareClassSchema's transaction.
using MigrationStep = void (*)(sqlite::Database&);
constexpr std::array<MigrationStep, 2> kMigrations = {createVersion1, migrateToVersion2};
static_assert(kMigrations.size() == kClassStoreSchemaVersion, "one migration step per schema version");

bool hasTables(const sqlite::Database& db) {
    return db.queryInteger("SELECT count(*) FROM sqlite_master WHERE type = 'table'").value_or(0) > 0;
}

}  // namespace

std::int64_t checkClassSchema(const sqlite::Database& db, const std::filesystem::path& path) {
    const std::int64_t found = db.queryInteger("PRAGMA user_version").value_or(0);
    const std::string file = path.string();
    if (found > kClassStoreSchemaVersion)
        throw LocalizedError(bilingual("{}：班级记录的结构版本为 {}，本程序只能读取版本 {}；请用更新版本的浦江打开",
                                       "{}: class records of schema version {}; this program reads version {}; "
                                       "open it with a newer Pujiang",
                                       file, found, kClassStoreSchemaVersion));
    if (found < 0 || (found == 0 && hasTables(db)))
        throw LocalizedError(bilingual("{}：含有数据表但结构版本为 {}，不是浦江的班级记录文件（本程序读取版本 {}）",
                                       "{}: holds tables but schema version {}: not a Pujiang class-records file "
                                       "(this program reads version {})",
                                       file, found, kClassStoreSchemaVersion));
    return found;
}

void prepareClassSchema(sqlite::Database& db, const std::filesystem::path& path) {
    // Checked again inside the write lock: another program may have created the schema since, and
    // two programs opening a new file at once must create it once.
    sqlite::Transaction transaction(db, sqlite::TransactionKind::Immediate);
    const std::int64_t found = checkClassSchema(db, path);
    for (auto version = static_cast<std::size_t>(found); version < kMigrations.size(); ++version) {
        kMigrations[version](db);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
    }
    transaction.commit();
}

}  // namespace pujiang
