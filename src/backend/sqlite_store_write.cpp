// The SQLite store's writes: each StoreChange in one IMMEDIATE transaction (all parts or
// none), and the one-time seeding of the demo data set.
#include "sqlite_store.h"

#include "sqlite_store_docs.h"

namespace koo::backend {

void SqliteStore::putBuyer(const BuyerRecord& record) {
  db_.prepare("INSERT INTO buyers(buyer_id, user_name, doc) VALUES (?, ?, ?)")
      .bind(1, record.buyer.buyerId)
      .bind(2, record.buyer.userName)
      .bind(3, docs::encode(record))
      .run();
}

void SqliteStore::applyLocked(const StoreChange& change) {
  auto hook = [this](const char* part) {
    if (writeHook_) writeHook_(part);
  };
  if (change.purgeExpired) {
    db_.prepare("DELETE FROM idempotency WHERE created_at < ?")
        .bind(1, epochSeconds(change.purgeExpired->idempotencyCreatedBefore))
        .run();
    db_.prepare("DELETE FROM sessions WHERE expires_at <= ?")
        .bind(1, epochSeconds(change.purgeExpired->sessionsExpiredBy))
        .run();
    hook("purge");
  }
  for (const auto& record : change.putOrders) {
    db_.prepare("INSERT OR REPLACE INTO orders(order_id, buyer_id, doc) VALUES (?, ?, ?)")
        .bind(1, record.order.orderId)
        .bind(2, record.buyerId)
        .bind(3, docs::encode(record))
        .run();
    hook("order");
  }
  for (const auto& record : change.addApps) {
    db_.prepare("INSERT INTO apps(instance_id, buyer_id, doc) VALUES (?, ?, ?)")
        .bind(1, record.app.instanceId)
        .bind(2, record.buyerId)
        .bind(3, docs::encode(record))
        .run();
    hook("app");
  }
  if (change.putSupervision) {
    const auto& record = *change.putSupervision;
    db_.prepare("INSERT OR REPLACE INTO supervisions(order_id, buyer_id, doc) VALUES (?, ?, ?)")
        .bind(1, record.orderId)
        .bind(2, record.buyerId)
        .bind(3, docs::encode(record))
        .run();
    hook("supervision");
  }
  for (const auto& [orderId, event] : change.addEvents) {
    db_.prepare("INSERT INTO flow_events(order_id, sequence, doc) VALUES (?, ?, ?)")
        .bind(1, orderId)
        .bind(2, event.sequence)
        .bind(3, docs::encode(event))
        .run();
    hook("event");
  }
  if (change.addSession) {
    const auto& s = *change.addSession;
    db_.prepare("INSERT INTO sessions(token, buyer_id, expires_at) VALUES (?, ?, ?)")
        .bind(1, s.token)
        .bind(2, s.buyerId)
        .bind(3, epochSeconds(s.expiresAt))
        .run();
    hook("session");
  }
  if (change.addAudit) {
    const auto& a = *change.addAudit;
    db_.prepare(
           "INSERT INTO audit_log(time, buyer_id, action, target_id, request_id) "
           "VALUES (?, ?, ?, ?, ?)")
        .bind(1, epochSeconds(a.time))
        .bind(2, a.buyerId)
        .bind(3, a.action)
        .bind(4, a.targetId)
        .bind(5, a.requestId)
        .run();
    hook("audit");
  }
  if (change.addIdempotency) {
    const auto& r = *change.addIdempotency;
    db_.prepare(
           "INSERT INTO idempotency(scope, key, fingerprint, status, body, created_at) "
           "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, r.scope)
        .bind(2, r.key)
        .bind(3, r.fingerprint)
        .bind(4, r.status)
        .bind(5, r.body)
        .bind(6, epochSeconds(r.createdTime))
        .run();
    hook("idempotency");
  }
  if (change.endSession) {
    db_.prepare("DELETE FROM sessions WHERE token = ?").bind(1, *change.endSession).run();
    hook("end session");
  }
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
    applyLocked(change);
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
