#include "sim/training/class_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <set>
#include <thread>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/training/class_schema.h"
#include "sim/training/sqlite_db.h"

namespace pujiang {

namespace {

// Long enough for another trainee's program to finish its attempt (a few milliseconds each), short
// enough that a store held by a hung program is reported rather than waited on for ever.
constexpr int kBusyTimeoutMs = 10'000;

std::string seedText(std::uint64_t seed) { return std::to_string(seed); }

std::uint64_t seedOf(const std::string& text, const std::filesystem::path& path) {
    std::uint64_t seed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seed);
    if (error != std::errc() || end != text.data() + text.size())
        throw LocalizedError(bilingual("{}：种子 '{}' 不是 0 到 2^64−1 的整数", "{}: seed '{}' is not an integer from 0 to 2^64-1",
                                       path.string(), text));
    return seed;
}

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::int64_t flag(bool value) { return value ? 1 : 0; }

std::vector<Trainee> rosterOf(const sqlite::Database& db, std::int64_t classId) {
    sqlite::Statement select = db.prepare("SELECT trainee_id, name FROM trainees WHERE class_id = ? ORDER BY rowid");
    select.bind(1, classId);
    std::vector<Trainee> roster;
    while (select.step()) roster.push_back({select.text(0), select.text(1)});
    return roster;
}

std::string rosterIds(const std::vector<Trainee>& roster) {
    std::string ids;
    for (const Trainee& trainee : roster) ids += (ids.empty() ? "" : ", ") + trainee.id;
    return ids;
}

// WAL lets readers (a report) run while a trainee's attempt is written. The mode is recorded in the
// file, so this changes only a new file. Switching needs the file to itself for a moment and SQLite
// then fails at once with SQLITE_BUSY instead of calling the busy handler (seen when four programs
// open a new file together), so it is retried here for as long as the busy timeout. Returns the
// mode now in force: SQLite silently keeps another one where WAL is impossible.
std::string switchToWal(sqlite::Database& db) {
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    for (;;) {
        try {
            return db.queryText("PRAGMA journal_mode = WAL").value_or("");
        } catch (const sqlite::Error& error) {
            if (error.code() != SQLITE_BUSY || std::chrono::steady_clock::now() > giveUp) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace

ClassStore::ClassStore(const std::filesystem::path& path) : m_path(path) {
    const std::string file = path.string();
    try {
        m_db = std::make_unique<sqlite::Database>(path);
        // The timeout first: switching to WAL and creating the schema may wait for another writer.
        m_db->setBusyTimeout(kBusyTimeoutMs);
        m_db->exec("PRAGMA foreign_keys = ON");
        // Before the switch to WAL, which writes to the file: a refused file is left as it was.
        {
            sqlite::Transaction snapshot(*m_db, sqlite::TransactionKind::Deferred);
            checkClassSchema(*m_db, path);
        }
        const std::string mode = switchToWal(*m_db);
        if (mode != "wal")
            throw LocalizedError(bilingual("{}：无法切换到 WAL 日志模式（当前为 '{}'）",
                                           "{}: cannot switch to the WAL journal mode (it stays '{}')", file, mode));
        prepareClassSchema(*m_db, path);
    } catch (const sqlite::Error& error) {
        if (error.code() == SQLITE_NOTADB)
            throw LocalizedError(bilingual("{}：不是 SQLite 数据库文件，无法作为班级记录打开",
                                           "{}: is not an SQLite database; cannot open it as class records", file));
        throw LocalizedError(bilingual("{}：无法打开班级记录：{}", "{}: cannot open the class records: {}", file,
                                       std::string(error.what())));
    }
}

ClassStore::~ClassStore() = default;

void ClassStore::afterInsert(std::string_view table) const {
    if (m_stepHook) m_stepHook(table);
}

std::int64_t ClassStore::newClass(std::string exercise, std::uint64_t seed, const std::vector<Trainee>& roster,
                                  std::string note) {
    std::set<std::string> seen;
    for (const Trainee& trainee : roster) {
        if (trainee.id.empty())
            throw LocalizedError(bilingual("名单中有空的学员编号（姓名 '{}'）", "the roster has an empty trainee id (name '{}')",
                                           trainee.name));
        if (!seen.insert(trainee.id).second)
            throw LocalizedError(bilingual("名单中学员编号 '{}' 重复", "the roster repeats trainee id '{}'", trainee.id));
    }
    sqlite::Transaction transaction(*m_db, sqlite::TransactionKind::Immediate);
    m_db->prepare("INSERT INTO classes (exercise, seed, created, note) VALUES (?, ?, ?, ?)")
        .bind(1, exercise)
        .bind(2, seedText(seed))
        .bind(3, utcNow())
        .bind(4, note)
        .run();
    const std::int64_t id = m_db->lastInsertId();
    sqlite::Statement insert = m_db->prepare("INSERT INTO trainees (class_id, trainee_id, name) VALUES (?, ?, ?)");
    for (const Trainee& trainee : roster) insert.bind(1, id).bind(2, trainee.id).bind(3, trainee.name).run();
    transaction.commit();
    return id;
}

std::vector<ClassInfo> ClassStore::classes() const {
    sqlite::Transaction snapshot(*m_db, sqlite::TransactionKind::Deferred);
    sqlite::Statement select = m_db->prepare("SELECT id, exercise, seed, created, note FROM classes ORDER BY id");
    std::vector<ClassInfo> found;
    while (select.step())
        found.push_back({select.integer(0), select.text(1), seedOf(select.text(2), m_path), select.text(3),
                         select.text(4), rosterOf(*m_db, select.integer(0))});
    return found;
}

std::optional<ClassInfo> ClassStore::findClass(std::int64_t id) const {
    sqlite::Transaction snapshot(*m_db, sqlite::TransactionKind::Deferred);
    sqlite::Statement select = m_db->prepare("SELECT exercise, seed, created, note FROM classes WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) return std::nullopt;
    return ClassInfo{id, select.text(0), seedOf(select.text(1), m_path), select.text(2), select.text(3),
                     rosterOf(*m_db, id)};
}

std::int64_t ClassStore::recordAttempt(const Attempt& attempt) {
    sqlite::Transaction transaction(*m_db, sqlite::TransactionKind::Immediate);
    if (!m_db->prepare("SELECT 1 FROM classes WHERE id = ?").bind(1, attempt.classId).step())
        throw LocalizedError(bilingual("{}：没有编号为 {} 的班级", "{}: there is no class {}", m_path.string(), attempt.classId));
    const std::vector<Trainee> roster = rosterOf(*m_db, attempt.classId);
    if (std::none_of(roster.begin(), roster.end(), [&](const Trainee& t) { return t.id == attempt.trainee; }))
        throw LocalizedError(bilingual("学员 '{}' 不在班级 {} 的名单上；名单：{}", "trainee '{}' is not on the roster of class {}; roster: {}",
                                       attempt.trainee, attempt.classId, rosterIds(roster)));

    m_db->prepare(
            "INSERT INTO attempts (class_id, trainee_id, exercise, seed, decision_log, score, max_score, started, ended, "
            "program_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, attempt.classId)
        .bind(2, attempt.trainee)
        .bind(3, attempt.exercise)
        .bind(4, seedText(attempt.seed))
        .bind(5, attempt.decisionLog)
        .bind(6, attempt.score)
        .bind(7, attempt.maxScore)
        .bind(8, attempt.started)
        .bind(9, attempt.ended)
        .bind(10, attempt.programVersion)
        .run();
    const std::int64_t id = m_db->lastInsertId();
    afterInsert("attempts");

    sqlite::Statement part = m_db->prepare("INSERT INTO score_parts (attempt_id, name, points, max_points) VALUES (?, ?, ?, ?)");
    for (const ScorePart& p : attempt.parts) {
        part.bind(1, id).bind(2, p.name).bind(3, p.points).bind(4, p.maxPoints).run();
        afterInsert("score_parts");
    }
    sqlite::Statement objective = m_db->prepare(
        "INSERT INTO objective_results (attempt_id, objective_id, label_zh, label_en, value, threshold, met, points, "
        "max_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ObjectiveResult& o : attempt.objectives) {
        objective.bind(1, id).bind(2, o.id).bind(3, o.labelZh).bind(4, o.labelEn).bind(5, o.value);
        objective.bind(6, o.threshold).bind(7, flag(o.met)).bind(8, o.points).bind(9, o.maxPoints).run();
        afterInsert("objective_results");
    }
    sqlite::Statement decision = m_db->prepare(
        "INSERT INTO case_results (attempt_id, card_id, disposition, appropriate, lawful, decided) VALUES (?, ?, ?, ?, ?, ?)");
    for (const CaseResult& c : attempt.cases) {
        decision.bind(1, id).bind(2, c.cardId).bind(3, c.disposition).bind(4, flag(c.appropriate)).bind(5, flag(c.lawful));
        decision.bind(6, flag(c.decided)).run();
        afterInsert("case_results");
    }
    transaction.commit();
    return id;
}

std::vector<Attempt> ClassStore::attempts(std::int64_t classId) const {
    // One read transaction: a writer committing meanwhile is either wholly seen or not at all.
    sqlite::Transaction snapshot(*m_db, sqlite::TransactionKind::Deferred);
    sqlite::Statement select = m_db->prepare(
        "SELECT id, trainee_id, exercise, seed, decision_log, score, max_score, started, ended, program_version "
        "FROM attempts WHERE class_id = ? ORDER BY id");
    sqlite::Statement parts =
        m_db->prepare("SELECT name, points, max_points FROM score_parts WHERE attempt_id = ? ORDER BY rowid");
    sqlite::Statement objectives = m_db->prepare(
        "SELECT objective_id, label_zh, label_en, value, threshold, met, points, max_points FROM objective_results "
        "WHERE attempt_id = ? ORDER BY rowid");
    sqlite::Statement cases = m_db->prepare(
        "SELECT card_id, disposition, appropriate, lawful, decided FROM case_results WHERE attempt_id = ? ORDER BY rowid");
    select.bind(1, classId);
    std::vector<Attempt> found;
    while (select.step()) {
        Attempt a;
        a.id = select.integer(0);
        a.classId = classId;
        a.trainee = select.text(1);
        a.exercise = select.text(2);
        a.seed = seedOf(select.text(3), m_path);
        a.decisionLog = select.text(4);
        a.score = select.real(5);
        a.maxScore = select.real(6);
        a.started = select.text(7);
        a.ended = select.text(8);
        a.programVersion = select.text(9);
        parts.bind(1, a.id);
        while (parts.step()) a.parts.push_back({parts.text(0), parts.real(1), parts.real(2)});
        parts.reset();
        objectives.bind(1, a.id);
        while (objectives.step())
            a.objectives.push_back({objectives.text(0), objectives.text(1), objectives.text(2), objectives.real(3),
                                    objectives.real(4), objectives.integer(5) != 0, objectives.real(6),
                                    objectives.real(7)});
        objectives.reset();
        cases.bind(1, a.id);
        while (cases.step())
            a.cases.push_back(
                {cases.text(0), cases.text(1), cases.integer(2) != 0, cases.integer(3) != 0, cases.integer(4) != 0});
        cases.reset();
        found.push_back(std::move(a));
    }
    return found;
}

}  // namespace pujiang
