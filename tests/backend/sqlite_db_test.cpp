// Tests of the SQLite layer: durability pragmas, transactions that roll back on failure,
// and versioned migrations that run once.
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "sqlite_db.h"
#include "sqlite_migrations.h"
#include "temp_dir.h"

namespace koo::backend::sqlite {
namespace {

std::int64_t count(Database& db, const std::string& table) {
  return std::stoll(db.queryText("SELECT COUNT(*) FROM " + table).value());
}

TEST(SqliteDb, OpensInWalModeWithFullSync) {
  test::TempDir dir;
  Database db(dir.file("a.sqlite"));
  EXPECT_EQ(db.queryText("PRAGMA journal_mode").value(), "wal");
  EXPECT_EQ(db.queryText("PRAGMA synchronous").value(), "2");  // 2 = FULL
  EXPECT_EQ(db.queryText("PRAGMA foreign_keys").value(), "1");
}

TEST(SqliteDb, RefusesToCreateWhenAskedNotTo) {
  test::TempDir dir;
  EXPECT_THROW(Database(dir.file("missing.sqlite"), OpenOptions{.create = false}), Error);
}

TEST(SqliteDb, BadSqlThrowsWithMessage) {
  test::TempDir dir;
  Database db(dir.file("a.sqlite"));
  try {
    db.exec("CREATE TABLEX nonsense");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
  }
}

TEST(SqliteDb, StatementsBindAndReadColumns) {
  test::TempDir dir;
  Database db(dir.file("a.sqlite"));
  db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, note TEXT)");
  db.prepare("INSERT INTO t(id, name, note) VALUES (?, ?, ?)").bind(1, 7).bind(2, "名字").bindNull(3).run();
  auto stmt = db.prepare("SELECT id, name, note FROM t WHERE id = ?");
  stmt.bind(1, 7);
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(stmt.columnInt64(0), 7);
  EXPECT_EQ(stmt.columnText(1), "名字");
  EXPECT_TRUE(stmt.columnIsNull(2));
  EXPECT_FALSE(stmt.step());
}

// A database with one empty table t(v).
class SqliteTransaction : public ::testing::Test {
 protected:
  void SetUp() override { db.exec("CREATE TABLE t(v INTEGER PRIMARY KEY)"); }

  // `body` run in a transaction fails with E; nothing it wrote stays.
  template <class E, class Body>
  void expectRolledBack(Body body) {
    EXPECT_THROW(inTransaction(db, body), E);
    EXPECT_FALSE(db.inTransaction());
    EXPECT_EQ(count(db, "t"), 0);
  }

  test::TempDir dir;
  Database db{dir.file("a.sqlite")};
};

TEST_F(SqliteTransaction, CommitKeepsWrites) {
  inTransaction(db, [&] { db.exec("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"); });
  Database reopened(dir.file("a.sqlite"));
  EXPECT_EQ(count(reopened, "t"), 2);
}

TEST_F(SqliteTransaction, ExceptionMidwayLeavesNothingWritten) {
  expectRolledBack<std::runtime_error>([&] {
    db.exec("INSERT INTO t VALUES (1)");
    throw std::runtime_error("interrupted");
  });
}

TEST_F(SqliteTransaction, FailingStatementMidwayRollsBackEarlierOnes) {
  expectRolledBack<Error>([&] {
    db.exec("INSERT INTO t VALUES (1)");
    db.exec("INSERT INTO t VALUES (1)");  // constraint violation
  });
}

TEST_F(SqliteTransaction, DestructorWithoutCommitRollsBack) {
  {
    Transaction tx(db);
    db.exec("INSERT INTO t VALUES (1)");
  }
  EXPECT_EQ(count(db, "t"), 0);
}

const Migration kMigrations[] = {
    {1, "create t", "CREATE TABLE t(v INTEGER)"},
    {2, "add u", "CREATE TABLE u(w TEXT); INSERT INTO t VALUES (42)"},
};

TEST(SqliteMigrations, RunOnceAndAreIdempotent) {
  test::TempDir dir;
  Database db(dir.file("a.sqlite"));
  EXPECT_EQ(schemaVersion(db), 0);
  EXPECT_EQ(migrate(db, kMigrations, "t0"), (std::vector<int>{1, 2}));
  EXPECT_EQ(schemaVersion(db), 2);
  EXPECT_EQ(migrate(db, kMigrations, "t1"), std::vector<int>{});
  EXPECT_EQ(count(db, "t"), 1);  // migration 2's insert ran exactly once
  EXPECT_EQ(count(db, "schema_migrations"), 2);
}

TEST(SqliteMigrations, UpgradeAppliesOnlyTheMissingVersions) {
  test::TempDir dir;
  {
    Database db(dir.file("a.sqlite"));
    EXPECT_EQ(migrate(db, std::span(kMigrations, 1), "t0"), std::vector<int>{1});
  }
  Database db(dir.file("a.sqlite"));
  EXPECT_EQ(migrate(db, kMigrations, "t1"), std::vector<int>{2});
  EXPECT_EQ(schemaVersion(db), 2);
}

TEST(SqliteMigrations, FailingMigrationLeavesTheVersionUnrecorded) {
  test::TempDir dir;
  Database db(dir.file("a.sqlite"));
  const Migration broken[] = {{1, "create t", "CREATE TABLE t(v INTEGER)"},
                              {2, "broken", "CREATE TABLE u(w TEXT); INSERT INTO nowhere VALUES (1)"}};
  EXPECT_THROW(migrate(db, broken, "t0"), Error);
  EXPECT_EQ(schemaVersion(db), 1);
  // Table u of the failed migration was rolled back with it.
  EXPECT_EQ(db.queryText("SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'").value(), "0");
}

TEST(SqliteMigrations, RefusesOutOfOrderListsAndNewerDatabases) {
  test::TempDir dir;
  Database db(dir.file("a.sqlite"));
  const Migration gap[] = {{1, "a", "SELECT 1"}, {3, "c", "SELECT 1"}};
  EXPECT_THROW(migrate(db, gap, "t0"), Error);
  migrate(db, kMigrations, "t0");
  EXPECT_THROW(migrate(db, std::span(kMigrations, 1), "t1"), Error);
}

}  // namespace
}  // namespace koo::backend::sqlite
