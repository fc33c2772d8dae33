// Applies versioned schema migrations and records them in schema_migrations.
#include "sqlite_migrations.h"

#include <sqlite3.h>

namespace koo::backend::sqlite {

namespace {

void ensureMigrationsTable(Database& db) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY,"
      " name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL)");
}

}  // namespace

int schemaVersion(Database& db) {
  ensureMigrationsTable(db);
  auto value = db.queryText("SELECT MAX(version) FROM schema_migrations");
  return value ? std::stoi(*value) : 0;
}

std::vector<int> migrate(Database& db, std::span<const Migration> migrations,
                         const std::string& appliedAt) {
  for (size_t i = 0; i < migrations.size(); ++i) {
    int expected = static_cast<int>(i) + 1;
    if (migrations[i].version != expected)
      throw Error("migration list out of order at version " +
                      std::to_string(migrations[i].version),
                  SQLITE_MISUSE);
  }
  std::vector<int> applied;
  int current = schemaVersion(db);
  if (current > static_cast<int>(migrations.size()))
    throw Error("database schema version " + std::to_string(current) +
                    " is newer than this server knows (" +
                    std::to_string(migrations.size()) + ")",
                SQLITE_MISMATCH);
  for (const Migration& m : migrations) {
    if (m.version <= current) continue;
    inTransaction(db, [&] {
      // Re-check inside the write lock: another process may have migrated meanwhile.
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)")
          .bind(1, m.version)
          .bind(2, m.name)
          .bind(3, appliedAt)
          .run();
      applied.push_back(m.version);
    });
  }
  return applied;
}

}  // namespace koo::backend::sqlite
