// The SQLite wrapper's implementation: opening with the durability pragmas, statements,
// and transactions (see sqlite_db.h).
#include "sqlite_db.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace koo::backend::sqlite {

// ---- Database -------------------------------------------------------------------------

namespace {

// The database holds buyers' data: readable by its owner only. SQLite gives the -wal and -shm
// files the mode of the database file, so creating that one 0600 covers them; files an older
// version left readable to others are narrowed.
void makeOwnerOnly(const std::string& path, bool create) {
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return;
  if (create) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) ::close(fd);
  }
  for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
    struct stat info {};
    if (::stat(file.c_str(), &info) == 0 && (info.st_mode & 077)) ::chmod(file.c_str(), info.st_mode & 0700);
  }
}

}  // namespace

Database::Database(const std::string& path, OpenOptions options) {
  makeOwnerOnly(path, options.create);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
  if (options.create) flags |= SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error("cannot open database " + path + ": " + message, rc);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options.busyTimeoutMs);
  auto mode = queryText("PRAGMA journal_mode=WAL");
  if (!mode || *mode != "wal") {
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error("cannot switch " + path + " to WAL mode (got " + mode.value_or("nothing") + ")",
                SQLITE_ERROR);
  }
  // FULL: WAL is synced on every commit, so an acknowledged write survives a crash.
  exec("PRAGMA synchronous=FULL");
  exec("PRAGMA foreign_keys=ON");
  // Deleted and rewritten content is overwritten with zeros, so no old secret lingers in free
  // space of the file.
  exec("PRAGMA secure_delete=ON");
}

Database::~Database() {
  if (db_) sqlite3_close_v2(db_);
}

void Database::fail(const std::string& context, int code) const {
  throw Error(context + ": " + sqlite3_errmsg(db_), code);
}

void Database::exec(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string what = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw Error("sql failed: " + what, rc);
  }
}

std::optional<std::string> Database::queryText(std::string_view sql) {
  Statement stmt(*this, sql);
  if (!stmt.step() || stmt.columnIsNull(0)) return std::nullopt;
  return stmt.columnText(0);
}

std::int64_t Database::changes() const { return sqlite3_changes(db_); }

bool Database::inTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

// ---- Statement ------------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
  int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_,
                              nullptr);
  if (rc != SQLITE_OK) db.fail("prepare failed for \"" + std::string(sql) + "\"", rc);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
  other.stmt_ = nullptr;
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) db_->fail("bind failed", rc);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                             SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) db_->fail("bind failed", rc);
  return *this;
}

Statement& Statement::bindNull(int index) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) db_->fail("bind failed", rc);
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail("step failed for \"" + std::string(sqlite3_sql(stmt_)) + "\"", rc);
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::columnInt64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

std::string Statement::columnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (!text) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Statement::columnIsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

// ---- Transaction ----------------------------------------------------------------------

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (done_) return;
  // A failed ROLLBACK (e.g. SQLite already rolled back after an I/O error) must not throw
  // from a destructor; the connection is back in autocommit either way.
  if (db_.inTransaction()) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace koo::backend::sqlite
