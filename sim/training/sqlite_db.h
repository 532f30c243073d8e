#pragma once
// A thin RAII layer over the sqlite3 C API, just what the class records need: a connection, a
// prepared statement with typed binds and column reads, and a transaction that rolls back unless
// committed. Every failure throws sqlite::Error carrying SQLite's result code and message, so the
// caller can tell "not a database" or "busy" from other failures and word its own message.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pujiang::sqlite {

class Error : public std::runtime_error {
public:
    Error(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    // The primary result code (SQLITE_NOTADB, SQLITE_BUSY, ...), extended codes reduced to it.
    int code() const { return m_code; }

private:
    int m_code;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);  // NaN binds NULL, as SQLite does
    Statement& bind(int index, std::string_view text);
    // True while there is a row to read; false once the statement is done.
    bool step();
    // Runs a statement that returns no rows (or whose rows do not matter).
    void run();
    // Ready to bind and step again (binds are kept until rebound).
    void reset();

    // Columns are numbered from 0, as in SQLite.
    std::int64_t integer(int column) const;
    double real(int column) const;  // NaN for NULL
    std::string text(int column) const;

private:
    void check(int rc) const;
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database {
public:
    // Opens `path` for reading and writing, creating it when absent. SQLite reads the file only at
    // the first statement, so a file that is not a database fails there (SQLITE_NOTADB), not here.
    explicit Database(const std::filesystem::path& path);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements separated by ';', results ignored.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const { return Statement(m_db, sql); }
    // The first column of the first row, e.g. of "PRAGMA user_version"; nullopt when no row.
    std::optional<std::int64_t> queryInteger(std::string_view sql) const;
    std::optional<std::string> queryText(std::string_view sql) const;
    std::int64_t lastInsertId() const;
    void setBusyTimeout(int milliseconds);

private:
    sqlite3* m_db = nullptr;
};

// BEGIN IMMEDIATE takes the write lock at once: a writer waits (busy timeout) before doing any
// work instead of failing when it later upgrades a read lock that another writer also holds.
enum class TransactionKind { Deferred, Immediate };

// Rolls back on destruction unless commit() was called, so an exception leaves nothing behind.
class Transaction {
public:
    Transaction(Database& db, TransactionKind kind);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

}  // namespace pujiang::sqlite
