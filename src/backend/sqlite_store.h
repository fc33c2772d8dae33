// The SQLite store of the native server: the Store interface over one database file (WAL,
// synchronous=FULL), each StoreChange in one transaction, schema kept by versioned migrations.
// Secrets at rest: passwords sealed, session tokens kept as keyed digests (AtRestKeys).
#pragma once

#include <functional>
#include <mutex>
#include <span>
#include <string>

#include "at_rest_keys.h"
#include "sqlite_db.h"
#include "sqlite_migrations.h"
#include "sqlite_store_docs.h"
#include "store.h"

namespace koo::backend {

// The schema's migrations, oldest first (sqlite_schema.cpp).
std::span<const sqlite::Migration> storeMigrations();

class SqliteStore final : public Store {
 public:
  // Opens (creating when missing, owner-only) and migrates the database at `path`, with the
  // key file at `keyPath` (default: `path` + ".key"; created when missing). Throws when the
  // key is not the one the database was written with.
  SqliteStore(const std::string& path, Timestamp now, const std::string& keyPath = "");

  bool isSeeded();
  // Writes the demo data set in one transaction and marks the database seeded; a database
  // that is already seeded is left alone. Returns whether it seeded.
  bool seedIfEmpty(const SeedData& seed, Timestamp now);

  KOO_STORE_OPERATIONS(, override)

  // For tests: called inside apply()'s transaction after each part is written, so a test
  // can interrupt a change midway and see that nothing of it stays.
  void setWriteHook(std::function<void(const char* part)> hook) { writeHook_ = std::move(hook); }

  sqlite::Database& database() { return db_; }

 private:
  void applyLocked(const StoreChange& change);
  void putBuyer(const BuyerRecord& record);
  void checkKey();
  void sealPlainPasswords();

  std::recursive_mutex mutex_;  // one connection, used by the server's worker threads in turn
  AtRestKeys keys_;
  docs::Codec docs_{keys_};
  sqlite::Database db_;
  std::function<void(const char*)> writeHook_;
};

}  // namespace koo::backend
