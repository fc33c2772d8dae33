// A thin RAII wrapper over the SQLite C API for the native server: connection (WAL,
// synchronous=FULL), prepared statements, and transactions that roll back unless committed.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace koo::backend::sqlite {

// Every failing SQLite call throws this, with the SQLite message and result code.
class Error : public std::runtime_error {
 public:
  Error(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

class Database;

// One prepared statement. Parameters are 1-based (SQLite's convention), columns 0-based.
class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bindNull(int index);
  // Binds `values` to parameters 1, 2, ... in order.
  template <class... Values>
  Statement& bindAll(const Values&... values) {
    int index = 0;
    (bind(++index, values), ...);
    return *this;
  }

  // Runs one step: true while a row is available, false when done.
  bool step();
  // Steps until done; for statements that return no rows.
  void run();
  void reset();

  std::int64_t columnInt64(int column) const;
  std::string columnText(int column) const;
  bool columnIsNull(int column) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

struct OpenOptions {
  bool create = true;         // create the file when missing
  int busyTimeoutMs = 5000;   // wait this long for a lock held by another connection
};

// One connection. Opened in WAL mode with synchronous=FULL, so a write acknowledged after
// COMMIT survives a crash of the process (and of the OS); foreign keys are enforced.
class Database {
 public:
  explicit Database(const std::string& path, OpenOptions options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) { return Statement(*this, sql); }
  // The first column of the first row of `sql`, if any (for PRAGMAs and counts).
  std::optional<std::string> queryText(std::string_view sql);
  std::int64_t changes() const;
  bool inTransaction() const;

  sqlite3* handle() const { return db_; }
  [[noreturn]] void fail(const std::string& context, int code) const;

 private:
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction (takes the write lock at once, so two writers never
// deadlock on upgrade); ROLLBACK in the destructor unless commit() ran. Not nestable.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

// Runs `body` inside a Transaction and commits; any exception rolls back and propagates.
template <typename Body>
auto inTransaction(Database& db, Body&& body) -> decltype(body()) {
  Transaction tx(db);
  if constexpr (std::is_void_v<decltype(body())>) {
    body();
    tx.commit();
  } else {
    auto result = body();
    tx.commit();
    return result;
  }
}

}  // namespace koo::backend::sqlite
