// The SQLite store's writes: each StoreChange in one IMMEDIATE transaction (all parts or
// none), and the one-time seeding of the demo data set.
#include "sqlite_store.h"

namespace koo::backend {

void SqliteStore::putBuyer(const BuyerRecord& record) {
  db_.prepare("INSERT INTO buyers(buyer_id, user_name, doc) VALUES (?, ?, ?)")
      .bindAll(record.buyer.buyerId, record.buyer.userName, docs_.encode(record))
      .run();
}

void SqliteStore::applyLocked(const StoreChange& change) {
  // Each part runs its statement, then the test hook (which may throw to interrupt the change).
  auto write = [this](const char* part, const char* sql, const auto&... values) {
    db_.prepare(sql).bindAll(values...).run();
    if (writeHook_) writeHook_(part);
  };
  if (change.purgeExpired) {
    db_.prepare("DELETE FROM idempotency WHERE created_at < ?")
        .bind(1, epochSeconds(change.purgeExpired->idempotencyCreatedBefore))
        .run();
    write("purge", "DELETE FROM sessions WHERE expires_at <= ?",
          epochSeconds(change.purgeExpired->sessionsExpiredBy));
  }
  for (const auto& record : change.putOrders)
    write("order", "INSERT OR REPLACE INTO orders(order_id, buyer_id, doc) VALUES (?, ?, ?)",
          record.order.orderId, record.buyerId, docs_.encode(record));
  for (const auto& record : change.addApps)
    write("app", "INSERT INTO apps(instance_id, buyer_id, doc) VALUES (?, ?, ?)", record.app.instanceId,
          record.buyerId, docs_.encode(record));
  for (const auto& record : change.putApps) {
    db_.prepare("UPDATE apps SET doc = ? WHERE instance_id = ? AND buyer_id = ?")
        .bindAll(docs_.encode(record), record.app.instanceId, record.buyerId)
        .run();
    // As the memory store: replacing an app that is not there (or not the buyer's) is a bug.
    if (db_.changes() != 1) throw std::runtime_error("no app " + record.app.instanceId + " to replace");
    if (writeHook_) writeHook_("app");
  }
  if (const auto& record = change.putSupervision)
    write("supervision", "INSERT OR REPLACE INTO supervisions(order_id, buyer_id, doc) VALUES (?, ?, ?)",
          record->orderId, record->buyerId, docs_.encode(*record));
  for (const auto& [orderId, event] : change.addEvents)
    write("event", "INSERT INTO flow_events(order_id, sequence, doc) VALUES (?, ?, ?)", orderId,
          event.sequence, docs_.encode(event));
  for (const auto& record : change.putUnsubscriptions) {
    // Replacing keeps the owner: a request is never handed to another buyer.
    auto owner = db_.prepare("SELECT buyer_id FROM unsubscriptions WHERE request_id = ?");
    owner.bind(1, record.request.requestId);
    if (owner.step() && owner.columnText(0) != record.buyerId)
      throw std::runtime_error("unsubscription " + record.request.requestId + " belongs to another buyer");
    write("unsubscription",
          "INSERT OR REPLACE INTO unsubscriptions(request_id, buyer_id, order_id, doc) VALUES (?, ?, ?, ?)",
          record.request.requestId, record.buyerId, record.request.orderId, docs_.encode(record));
  }
  if (const auto& s = change.addSession)
    write("session", "INSERT INTO sessions(token_hash, buyer_id, expires_at) VALUES (?, ?, ?)",
          keys_.tokenDigest(s->token), s->buyerId, epochSeconds(s->expiresAt));
  if (const auto& a = change.addAudit)
    write("audit",
          "INSERT INTO audit_log(time, buyer_id, action, target_id, request_id) VALUES (?, ?, ?, ?, ?)",
          epochSeconds(a->time), a->buyerId, a->action, a->targetId, a->requestId);
  if (const auto& r = change.addIdempotency)
    write("idempotency",
          "INSERT INTO idempotency(scope, key, fingerprint, status, body, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?)",
          r->scope, r->key, r->fingerprint, r->status, r->body, epochSeconds(r->createdTime));
  if (change.endSession)
    write("end session", "DELETE FROM sessions WHERE token_hash = ?",
          keys_.tokenDigest(*change.endSession));
  for (const auto& record : change.putInvoices)
    write("invoice", "INSERT OR REPLACE INTO invoices(invoice_id, buyer_id, order_id, doc) VALUES (?, ?, ?, ?)",
          record.invoice.invoiceId, record.buyerId, record.invoice.orderId, docs_.encode(record));
  if (const auto& c = change.putInvoiceCustomer)
    write("invoice customer", "INSERT OR REPLACE INTO invoice_customers(buyer_id, doc) VALUES (?, ?)", c->buyerId,
          docs_.encode(*c));
}

namespace {
constexpr const char* kKeyCheck = "koo-at-rest-key-check";
}  // namespace

// The key file must be the one the database was written with: a sealed check value in meta
// says so at once, rather than the first password read failing later.
void SqliteStore::checkKey() {
  std::lock_guard lock(mutex_);
  sqlite::inTransaction(db_, [&] {
    db_.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES ('key_check', ?)")
        .bind(1, keys_.seal(kKeyCheck))
        .run();
  });
  auto check = db_.queryText("SELECT value FROM meta WHERE key = 'key_check'");
  if (!check || keys_.open(*check) != std::optional<std::string>(kKeyCheck))
    throw std::runtime_error("the key file is not the one this database was written with");
}

// Databases written before passwords were sealed: seal them now, then checkpoint so the old
// pages leave the WAL too (secure_delete zeroes what the rewrite freed).
void SqliteStore::sealPlainPasswords() {
  std::lock_guard lock(mutex_);
  const std::pair<const char*, const char*> tables[] = {
      {"buyers", "buyer_id"}, {"apps", "instance_id"}, {"supervisions", "order_id"}};
  const int sealed = sqlite::inTransaction(db_, [&] {
    int count = 0;
    for (const auto& [table, key] : tables) {
      std::vector<std::pair<std::string, std::string>> rewrites;
      auto select = db_.prepare(std::string("SELECT ") + key + ", doc FROM " + table);
      while (select.step())
        if (auto doc = docs_.sealedVersionOf(select.columnText(1)))
          rewrites.emplace_back(select.columnText(0), *doc);
      for (const auto& [id, doc] : rewrites)
        db_.prepare(std::string("UPDATE ") + table + " SET doc = ? WHERE " + key + " = ?")
            .bind(1, doc)
            .bind(2, id)
            .run();
      count += static_cast<int>(rewrites.size());
    }
    return count;
  });
  if (sealed > 0) db_.queryText("PRAGMA wal_checkpoint(TRUNCATE)");
}

void SqliteStore::apply(const StoreChange& change) {
  if (change.empty()) return;
  std::lock_guard lock(mutex_);
  sqlite::inTransaction(db_, [&] { applyLocked(change); });
}

bool SqliteStore::seedIfEmpty(const SeedData& seed, Timestamp now) {
  std::lock_guard lock(mutex_);
  return sqlite::inTransaction(db_, [&] {
    if (db_.prepare("SELECT 1 FROM meta WHERE key = 'seeded_at'").step()) return false;
    for (const auto& buyer : seed.buyers) putBuyer(buyer);
    StoreChange change;
    change.putOrders = seed.orders;
    change.addApps = seed.apps;
    change.addEvents = seed.events;
    change.putUnsubscriptions = seed.unsubscriptions;
    change.putInvoices = seed.invoices;
    applyLocked(change);
    for (const auto& customer : seed.invoiceCustomers) {
      StoreChange one;
      one.putInvoiceCustomer = customer;
      applyLocked(one);
    }
    for (const auto& supervision : seed.supervisions) {
      StoreChange one;
      one.putSupervision = supervision;
      applyLocked(one);
    }
    db_.prepare("INSERT INTO meta(key, value) VALUES ('seeded_at', ?)")
        .bind(1, formatIsoUtc(now))
        .run();
    return true;
  });
}

}  // namespace koo::backend
