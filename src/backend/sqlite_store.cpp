// The SQLite store: opening, migrating, and the reads (each decodes its JSON documents with
// the record codecs; a document that no longer decodes is reported, never half-read).
#include "sqlite_store.h"

#include "record_codec.h"

namespace koo::backend {

namespace {

// A table of documents that each belong to one buyer, found by their own `key`.
struct OwnedTable {
  const char* name;
  const char* key;
  const char* what;  // for the error when a document is unreadable
};
constexpr OwnedTable kApps{"apps", "instance_id", "app"};
constexpr OwnedTable kOrders{"orders", "order_id", "order"};
constexpr OwnedTable kSupervisions{"supervisions", "order_id", "supervision"};
constexpr OwnedTable kUnsubscriptions{"unsubscriptions", "request_id", "unsubscription"};
constexpr OwnedTable kInvoices{"invoices", "invoice_id", "invoice"};

template <class T>
std::vector<T> listOwned(sqlite::Database& db, const docs::Codec& docs, const OwnedTable& table,
                         const std::string& buyerId) {
  const std::string sql =
      std::string("SELECT doc FROM ") + table.name + " WHERE buyer_id = ? ORDER BY " + table.key;
  return docs.decodeAll<T>(db.prepare(sql).bind(1, buyerId), table.what);
}

// Another buyer's document is as good as absent.
template <class T>
std::optional<T> findOwned(sqlite::Database& db, const docs::Codec& docs, const OwnedTable& table,
                           const std::string& id, const std::string& buyerId) {
  const std::string sql =
      std::string("SELECT doc FROM ") + table.name + " WHERE " + table.key + " = ? AND buyer_id = ?";
  return docs.decodeFirst<T>(db.prepare(sql).bind(1, id).bind(2, buyerId), table.what);
}

}  // namespace

SqliteStore::SqliteStore(const std::string& path, Timestamp now, const std::string& keyPath)
    : keys_(AtRestKeys::loadOrCreate(keyPath.empty() ? path + ".key" : keyPath)), db_(path) {
  sqlite::migrate(db_, storeMigrations(), formatIsoUtc(now));
  checkKey();
  sealPlainPasswords();
}

bool SqliteStore::isSeeded() {
  std::lock_guard lock(mutex_);
  auto stmt = db_.prepare("SELECT value FROM meta WHERE key = 'seeded_at'");
  return stmt.step();
}

std::vector<BuyerRecord> SqliteStore::buyers() {
  std::lock_guard lock(mutex_);
  return docs_.decodeAll<BuyerRecord>(db_.prepare("SELECT doc FROM buyers ORDER BY buyer_id"),
                                      "buyer");
}

std::optional<BuyerRecord> SqliteStore::findBuyerById(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return docs_.decodeFirst<BuyerRecord>(
      db_.prepare("SELECT doc FROM buyers WHERE buyer_id = ?").bind(1, buyerId), "buyer");
}

std::optional<BuyerRecord> SqliteStore::findBuyerByUserName(const std::string& userName) {
  std::lock_guard lock(mutex_);
  return docs_.decodeFirst<BuyerRecord>(
      db_.prepare("SELECT doc FROM buyers WHERE user_name = ?").bind(1, userName), "buyer");
}

std::optional<SessionRecord> SqliteStore::findSession(const std::string& token) {
  std::lock_guard lock(mutex_);
  auto stmt = db_.prepare("SELECT buyer_id, expires_at FROM sessions WHERE token_hash = ?");
  stmt.bind(1, keys_.tokenDigest(token));
  if (!stmt.step()) return std::nullopt;
  return SessionRecord{token, stmt.columnText(0), timestampFromEpochSeconds(stmt.columnInt64(1))};
}

std::vector<AppRecord> SqliteStore::appsOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return listOwned<AppRecord>(db_, docs_, kApps, buyerId);
}

std::optional<AppRecord> SqliteStore::findApp(const std::string& buyerId,
                                              const std::string& instanceId) {
  std::lock_guard lock(mutex_);
  return findOwned<AppRecord>(db_, docs_, kApps, instanceId, buyerId);
}

std::vector<OrderRecord> SqliteStore::ordersOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return listOwned<OrderRecord>(db_, docs_, kOrders, buyerId);
}

std::optional<OrderRecord> SqliteStore::findOrder(const std::string& buyerId,
                                                  const std::string& orderId) {
  std::lock_guard lock(mutex_);
  return findOwned<OrderRecord>(db_, docs_, kOrders, orderId, buyerId);
}

std::vector<SupervisionRecord> SqliteStore::supervisionsOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return listOwned<SupervisionRecord>(db_, docs_, kSupervisions, buyerId);
}

std::optional<SupervisionRecord> SqliteStore::findSupervision(const std::string& buyerId,
                                                              const std::string& orderId) {
  std::lock_guard lock(mutex_);
  return findOwned<SupervisionRecord>(db_, docs_, kSupervisions, orderId, buyerId);
}

std::vector<UnsubscriptionRecord> SqliteStore::unsubscriptionsOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return listOwned<UnsubscriptionRecord>(db_, docs_, kUnsubscriptions, buyerId);
}

std::optional<UnsubscriptionRecord> SqliteStore::findUnsubscription(const std::string& buyerId,
                                                                    const std::string& requestId) {
  std::lock_guard lock(mutex_);
  return findOwned<UnsubscriptionRecord>(db_, docs_, kUnsubscriptions, requestId, buyerId);
}

std::vector<FlowEvent> SqliteStore::eventsOf(const std::string& orderId) {
  std::lock_guard lock(mutex_);
  return docs_.decodeAll<FlowEvent>(
      db_.prepare("SELECT doc FROM flow_events WHERE order_id = ? ORDER BY sequence")
          .bind(1, orderId),
      "flow event");
}

std::optional<IdempotencyRecord> SqliteStore::findIdempotency(const std::string& scope,
                                                              const std::string& key) {
  std::lock_guard lock(mutex_);
  auto stmt = db_.prepare(
      "SELECT fingerprint, status, body, created_at FROM idempotency WHERE scope = ? AND key = ?");
  stmt.bind(1, scope).bind(2, key);
  if (!stmt.step()) return std::nullopt;
  return IdempotencyRecord{scope,
                           key,
                           stmt.columnText(0),
                           static_cast<int>(stmt.columnInt64(1)),
                           stmt.columnText(2),
                           timestampFromEpochSeconds(stmt.columnInt64(3))};
}

std::vector<AuditEntry> SqliteStore::auditLog(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  auto stmt = db_.prepare(
      "SELECT id, time, action, target_id, request_id FROM audit_log WHERE buyer_id = ? "
      "ORDER BY id");
  stmt.bind(1, buyerId);
  std::vector<AuditEntry> entries;
  while (stmt.step()) {
    entries.push_back(AuditEntry{stmt.columnInt64(0),
                                 timestampFromEpochSeconds(stmt.columnInt64(1)), buyerId,
                                 stmt.columnText(2), stmt.columnText(3), stmt.columnText(4)});
  }
  return entries;
}

std::string SqliteStore::requestDigest(std::string_view text) { return keys_.requestDigest(text); }

size_t SqliteStore::sessionCount() {
  std::lock_guard lock(mutex_);
  return static_cast<size_t>(std::stoll(db_.queryText("SELECT COUNT(*) FROM sessions").value()));
}

size_t SqliteStore::idempotencyCount() {
  std::lock_guard lock(mutex_);
  return static_cast<size_t>(std::stoll(db_.queryText("SELECT COUNT(*) FROM idempotency").value()));
}

std::vector<InvoiceRecord> SqliteStore::invoicesOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return listOwned<InvoiceRecord>(db_, docs_, kInvoices, buyerId);
}

std::optional<InvoiceRecord> SqliteStore::findInvoice(const std::string& buyerId, const std::string& invoiceId) {
  std::lock_guard lock(mutex_);
  return findOwned<InvoiceRecord>(db_, docs_, kInvoices, invoiceId, buyerId);
}

std::optional<InvoiceCustomerRecord> SqliteStore::findInvoiceCustomer(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return docs_.decodeFirst<InvoiceCustomerRecord>(
      db_.prepare("SELECT doc FROM invoice_customers WHERE buyer_id = ?").bind(1, buyerId), "invoice customer");
}

}  // namespace koo::backend
