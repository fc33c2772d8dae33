// Versioned schema migrations for the SQLite store: a schema_migrations table records which
// versions ran; each missing one runs once, in its own transaction, in version order.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "sqlite_db.h"

namespace koo::backend::sqlite {

struct Migration {
  int version;       // strictly increasing, starting at 1
  const char* name;  // short description, recorded with the version
  const char* sql;   // one or more statements
};

// Applies every migration whose version is not yet recorded and returns the versions it
// ran (empty when the schema was already current: running it twice changes nothing).
// Throws Error when the list is out of order, or when the database already carries a
// version newer than any in the list (a newer server wrote it; refuse to touch it).
std::vector<int> migrate(Database& db, std::span<const Migration> migrations,
                         const std::string& appliedAt);

// The highest recorded version, 0 for a fresh database.
int schemaVersion(Database& db);

}  // namespace koo::backend::sqlite
