// The SQLite store's schema as versioned migrations. Never edit a released migration: add
// the next version. Records are JSON documents (record_codec.h) beside their key columns.
#include "sqlite_store.h"

namespace koo::backend {

namespace {

const sqlite::Migration kMigrations[] = {
    {1, "initial schema", R"sql(
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE buyers (
  buyer_id TEXT PRIMARY KEY,
  user_name TEXT NOT NULL UNIQUE,
  doc TEXT NOT NULL
);
CREATE TABLE orders (
  order_id TEXT PRIMARY KEY,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  doc TEXT NOT NULL
);
CREATE INDEX orders_by_buyer ON orders(buyer_id);
CREATE TABLE apps (
  instance_id TEXT PRIMARY KEY,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  doc TEXT NOT NULL
);
CREATE INDEX apps_by_buyer ON apps(buyer_id);
CREATE TABLE supervisions (
  order_id TEXT PRIMARY KEY REFERENCES orders(order_id),
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  doc TEXT NOT NULL
);
CREATE INDEX supervisions_by_buyer ON supervisions(buyer_id);
CREATE TABLE flow_events (
  order_id TEXT NOT NULL REFERENCES orders(order_id),
  sequence INTEGER NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (order_id, sequence)
);
CREATE TABLE sessions (
  token TEXT PRIMARY KEY,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  expires_at INTEGER NOT NULL
);
CREATE TABLE idempotency (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
);
)sql"},
    {2, "audit log of password reveals", R"sql(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time INTEGER NOT NULL,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  action TEXT NOT NULL,
  target_id TEXT NOT NULL,
  request_id TEXT NOT NULL
);
CREATE INDEX audit_log_by_buyer ON audit_log(buyer_id, id);
)sql"},
    {3, "indexes for purging expired sessions and idempotency records", R"sql(
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
CREATE INDEX idempotency_by_age ON idempotency(created_at);
)sql"},
    // Tokens were kept as sent, and kept answers held tokens and revealed passwords: both go
    // (buyers sign in again; a retry of an older POST runs again). Plain passwords in the
    // documents are sealed by the store itself on opening (SqliteStore::sealPlainPasswords).
    {4, "secrets at rest: session tokens as keyed digests, no kept answers with secrets", R"sql(
DROP TABLE sessions;
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
DELETE FROM idempotency;
)sql"},
    {5, "negotiated unsubscription requests", R"sql(
CREATE TABLE unsubscriptions (
  request_id TEXT PRIMARY KEY,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  order_id TEXT NOT NULL REFERENCES orders(order_id),
  doc TEXT NOT NULL
);
CREATE INDEX unsubscriptions_by_buyer ON unsubscriptions(buyer_id);
CREATE INDEX unsubscriptions_by_order ON unsubscriptions(order_id);
)sql"},
    // Invoices (issue 14): one per paid order, and each buyer's customer information.
    {6, "invoices and invoice customer information", R"sql(
CREATE TABLE invoices (
  invoice_id TEXT PRIMARY KEY,
  buyer_id TEXT NOT NULL REFERENCES buyers(buyer_id),
  order_id TEXT NOT NULL UNIQUE REFERENCES orders(order_id),
  doc TEXT NOT NULL
);
CREATE INDEX invoices_by_buyer ON invoices(buyer_id);
CREATE TABLE invoice_customers (
  buyer_id TEXT PRIMARY KEY REFERENCES buyers(buyer_id),
  doc TEXT NOT NULL
);
)sql"},
};

}  // namespace

std::span<const sqlite::Migration> storeMigrations() { return kMigrations; }

}  // namespace koo::backend
