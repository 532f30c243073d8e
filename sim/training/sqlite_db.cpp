#include "sim/training/sqlite_db.h"

#include <limits>

#include <sqlite3.h>

#include <climits>

namespace pujiang::sqlite {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc) {
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw Error(rc & 0xff, message ? message : sqlite3_errstr(rc));
}

int checkedSize(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(INT_MAX)) throw Error(SQLITE_TOOBIG, "text too long for SQLite");
    return static_cast<int>(text.size());
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    check(sqlite3_prepare_v2(m_db, sql.data(), checkedSize(sql), &m_stmt, nullptr));
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::check(int rc) const {
    if (rc != SQLITE_OK) fail(m_db, rc);
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies the text, so the caller's string may go away before step().
    check(sqlite3_bind_text(m_stmt, index, text.data(), checkedSize(text), SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(m_db, rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() { sqlite3_reset(m_stmt); }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const {
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL) return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

Database::Database(const std::filesystem::path& path) {
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        // Even a failed open allocates a handle (for the message); it must still be closed.
        const Error error(rc & 0xff, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() { sqlite3_close_v2(m_db); }

void Database::exec(std::string_view sql) {
    const std::string terminated(sql);
    const int rc = sqlite3_exec(m_db, terminated.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(m_db, rc);
}

std::optional<std::int64_t> Database::queryInteger(std::string_view sql) const {
    Statement statement = prepare(sql);
    if (!statement.step()) return std::nullopt;
    return statement.integer(0);
}

std::optional<std::string> Database::queryText(std::string_view sql) const {
    Statement statement = prepare(sql);
    if (!statement.step()) return std::nullopt;
    return statement.text(0);
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

void Database::setBusyTimeout(int milliseconds) {
    const int rc = sqlite3_busy_timeout(m_db, milliseconds);
    if (rc != SQLITE_OK) fail(m_db, rc);
}

Transaction::Transaction(Database& db, TransactionKind kind) : m_db(db) {
    m_db.exec(kind == TransactionKind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction() {
    if (!m_open) return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const Error&) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing more to undo.
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_open = false;
}

}  // namespace pujiang::sqlite
