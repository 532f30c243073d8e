#pragma once
// Attempts and classes for the class-records tests: every field filled, so a round trip or a
// concurrent write that loses anything shows.

#include <cstdint>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "sim/training/class_store.h"
#include "sim/training/sqlite_db.h"

namespace pujiang::testing {

inline constexpr std::size_t kPartsPerAttempt = 3, kObjectivesPerAttempt = 2, kCasesPerAttempt = 5;

// An attempt whose every row carries `seed`, so rows of different attempts cannot be confused.
inline Attempt sampleAttempt(std::int64_t classId, std::string trainee, std::uint64_t seed, double score = 72.5) {
    Attempt a;
    a.classId = classId;
    a.trainee = std::move(trainee);
    a.exercise = "pujiang-2003-接访";
    a.seed = seed;
    a.decisionLog = fmt::format("time,action\n09:12,decide assign  # 种子 {}\n", seed);
    a.score = score;
    a.maxScore = 100;
    a.parts = {{"decisions", score / 2, 50}, {"waiting", score / 4, 25}, {"law 依法", score / 4, 25}};
    a.objectives = {{"wait", "平均等候不超过 30 分钟", "mean wait at most 30 min", 27.5, 30, true, 10, 10},
                    {"on_spot", "当场解决率", "solved on the spot", 0.18, 0.2, false, 0, 10}};
    a.cases = {{"LAND-001", "assign", true, true},
               {fmt::format("LAND-{}", seed % 1000), "on_spot", false, false},
               {"LABOUR-003", "define", true, true},
               {"COURT-004", "legal_channel", true, true},
               {"WAGE-005", "assign", false, true, false}};  // passed: the model's draw
    a.started = "2026-12-02T09:00:00+08:00";
    a.ended = fmt::format("2026-12-02T09:{:02}:00+08:00", seed % 60);
    a.programVersion = "0.1.0";
    return a;
}

// Rows in `table`, read with a connection of its own (not through ClassStore).
inline std::int64_t rowCount(const std::filesystem::path& file, std::string_view table) {
    sqlite::Database db(file);
    return db.queryInteger(fmt::format("SELECT count(*) FROM {}", table)).value_or(-1);
}

// The file carries the current schema version and is in WAL mode.
inline void expectCurrentSchemaInWal(const std::filesystem::path& file) {
    sqlite::Database db(file);
    EXPECT_EQ(db.queryInteger("PRAGMA user_version"), kClassStoreSchemaVersion);
    EXPECT_EQ(db.queryText("PRAGMA journal_mode"), "wal");
}

}  // namespace pujiang::testing
