#pragma once
// The training mode's class records: classes (an exercise and seed given to a roster of
// trainees) and every attempt a trainee makes, with its score parts, objectives and case
// decisions, in one SQLite file that several programs may write at once (WAL, busy timeout, one
// transaction per attempt). The schema and its versions are in docs/training.md, "Class records".

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pujiang {

namespace sqlite {
class Database;
}

// Plain values; == compares every field (tests compare what was written with what was read).
struct Trainee {
    std::string id;
    std::string name;
    bool operator==(const Trainee&) const = default;
};

struct ScorePart {
    std::string name;
    double points = 0;
    double maxPoints = 0;
    bool operator==(const ScorePart&) const = default;
};

struct ObjectiveResult {
    std::string id;
    std::string labelZh, labelEn;
    double value = 0, threshold = 0;
    bool met = false;
    double points = 0, maxPoints = 0;
    bool operator==(const ObjectiveResult&) const = default;
};

struct CaseResult {
    std::string cardId;
    std::string disposition;
    bool appropriate = false;
    bool lawful = true;
    bool decided = true;  // false: passed to the model's outcome draw, judged by what it drew
    bool operator==(const CaseResult&) const = default;
};

struct Attempt {
    std::int64_t id = 0;  // given by recordAttempt; ignored on input
    std::int64_t classId = 0;
    std::string trainee;  // a trainee id on the class's roster
    std::string exercise;
    std::uint64_t seed = 0;
    std::string decisionLog;
    double score = 0, maxScore = 0;
    std::vector<ScorePart> parts;
    std::vector<ObjectiveResult> objectives;
    std::vector<CaseResult> cases;
    std::string started, ended;  // ISO 8601 as the caller writes them; ranking compares them as text
    std::string programVersion;
    bool operator==(const Attempt&) const = default;
};

struct ClassInfo {
    std::int64_t id = 0;
    std::string exercise;
    std::uint64_t seed = 0;
    std::string created;  // UTC, "2026-12-02T19:52:39Z"
    std::string note;
    std::vector<Trainee> roster;  // in the order given to newClass
};

// The schema version this program writes and reads (PRAGMA user_version).
inline constexpr int kClassStoreSchemaVersion = 2;

class ClassStore {
public:
    // Opens or creates the file. Throws LocalizedError (naming the file) when it is not an SQLite
    // database, cannot be opened, or holds another schema version than this program reads.
    explicit ClassStore(const std::filesystem::path& path);
    ClassStore(const ClassStore&) = delete;
    ClassStore& operator=(const ClassStore&) = delete;
    ~ClassStore();

    // Throws LocalizedError for an empty or repeated trainee id.
    std::int64_t newClass(std::string exercise, std::uint64_t seed, const std::vector<Trainee>& roster,
                          std::string note = {});
    std::vector<ClassInfo> classes() const;
    std::optional<ClassInfo> findClass(std::int64_t id) const;

    // Writes the attempt and all its rows in one transaction: all of them or none. Throws
    // LocalizedError when the class does not exist or the trainee is not on its roster.
    std::int64_t recordAttempt(const Attempt& attempt);
    // The class's attempts in the order they were recorded.
    std::vector<Attempt> attempts(std::int64_t classId) const;

    // For tests of crash safety: called inside recordAttempt's transaction after each row is
    // inserted, with the table's name. Nothing else should need it.
    using StepHook = std::function<void(std::string_view table)>;
    void setStepHook(StepHook hook) { m_stepHook = std::move(hook); }

private:
    void afterInsert(std::string_view table) const;

    std::filesystem::path m_path;
    std::unique_ptr<sqlite::Database> m_db;
    StepHook m_stepHook;
};

}  // namespace pujiang
