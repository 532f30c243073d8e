#pragma once
// The class-records schema and its versions: brings a freshly opened database up to
// kClassStoreSchemaVersion, or refuses it with a message naming the file and both versions.

#include <cstdint>
#include <filesystem>

namespace pujiang {

namespace sqlite {
class Database;
}

// The file's schema version when this program can read or migrate it; throws LocalizedError for
// a newer version or for tables without a version (not our file). Only reads; call it inside a
// transaction, so that the version and the tables are read from the same state of the file (another
// program may be creating the schema in between).
std::int64_t checkClassSchema(const sqlite::Database& db, const std::filesystem::path& path);

// Checks as above, then creates the schema in a new (empty) file or runs the migration steps from
// an older version, in one write transaction.
void prepareClassSchema(sqlite::Database& db, const std::filesystem::path& path);

}  // namespace pujiang
