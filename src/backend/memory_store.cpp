// The in-memory store: maps guarded by one mutex; apply() checks a change fully before it
// touches anything, so a refused change leaves the state as it was.
#include "memory_store.h"

#include <set>
#include <stdexcept>

namespace koo::backend {

namespace {

template <class Map, class Key>
auto lookup(const Map& map, const Key& key) -> std::optional<typename Map::mapped_type> {
  auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

// The records of `map` that belong to `buyerId`.
template <class Record>
std::vector<Record> ownedBy(const std::map<std::string, Record>& map, const std::string& buyerId) {
  std::vector<Record> result;
  for (const auto& [id, record] : map)
    if (record.buyerId == buyerId) result.push_back(record);
  return result;
}

// The record under `id` if it is `buyerId`'s: another buyer's record is as good as absent.
template <class Record>
std::optional<Record> findOwned(const std::map<std::string, Record>& map, const std::string& id,
                                const std::string& buyerId) {
  auto record = lookup(map, id);
  if (!record || record->buyerId != buyerId) return std::nullopt;
  return record;
}

}  // namespace

MemoryStore::MemoryStore(const SeedData& seed) {
  for (const auto& buyer : seed.buyers) buyers_[buyer.buyer.buyerId] = buyer;
  StoreChange change;
  change.putOrders = seed.orders;
  change.addApps = seed.apps;
  change.addEvents = seed.events;
  change.putUnsubscriptions = seed.unsubscriptions;
  for (const auto& supervision : seed.supervisions) supervisions_[supervision.orderId] = supervision;
  change.putInvoices = seed.invoices;
  for (const auto& customer : seed.invoiceCustomers) invoiceCustomers_[customer.buyerId] = customer;
  apply(change);
}

std::vector<BuyerRecord> MemoryStore::buyers() {
  std::lock_guard lock(mutex_);
  std::vector<BuyerRecord> result;
  for (const auto& [id, record] : buyers_) result.push_back(record);
  return result;
}

std::optional<BuyerRecord> MemoryStore::findBuyerById(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return lookup(buyers_, buyerId);
}

std::optional<BuyerRecord> MemoryStore::findBuyerByUserName(const std::string& userName) {
  std::lock_guard lock(mutex_);
  for (const auto& [id, record] : buyers_)
    if (record.buyer.userName == userName) return record;
  return std::nullopt;
}

std::optional<SessionRecord> MemoryStore::findSession(const std::string& token) {
  std::lock_guard lock(mutex_);
  return lookup(sessions_, token);
}

std::vector<AppRecord> MemoryStore::appsOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return ownedBy(apps_, buyerId);
}

std::optional<AppRecord> MemoryStore::findApp(const std::string& buyerId,
                                              const std::string& instanceId) {
  std::lock_guard lock(mutex_);
  return findOwned(apps_, instanceId, buyerId);
}

std::vector<OrderRecord> MemoryStore::ordersOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return ownedBy(orders_, buyerId);
}

std::optional<OrderRecord> MemoryStore::findOrder(const std::string& buyerId,
                                                  const std::string& orderId) {
  std::lock_guard lock(mutex_);
  return findOwned(orders_, orderId, buyerId);
}

std::vector<SupervisionRecord> MemoryStore::supervisionsOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return ownedBy(supervisions_, buyerId);
}

std::optional<SupervisionRecord> MemoryStore::findSupervision(const std::string& buyerId,
                                                              const std::string& orderId) {
  std::lock_guard lock(mutex_);
  return findOwned(supervisions_, orderId, buyerId);
}

std::vector<UnsubscriptionRecord> MemoryStore::unsubscriptionsOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return ownedBy(unsubscriptions_, buyerId);
}

std::optional<UnsubscriptionRecord> MemoryStore::findUnsubscription(const std::string& buyerId,
                                                                    const std::string& requestId) {
  std::lock_guard lock(mutex_);
  return findOwned(unsubscriptions_, requestId, buyerId);
}

std::vector<FlowEvent> MemoryStore::eventsOf(const std::string& orderId) {
  std::lock_guard lock(mutex_);
  return lookup(events_, orderId).value_or(std::vector<FlowEvent>{});
}

std::optional<IdempotencyRecord> MemoryStore::findIdempotency(const std::string& scope,
                                                              const std::string& key) {
  std::lock_guard lock(mutex_);
  return lookup(idempotency_, std::make_pair(scope, key));
}

std::vector<AuditEntry> MemoryStore::auditLog(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  std::vector<AuditEntry> result;
  for (const auto& entry : audit_)
    if (entry.buyerId == buyerId) result.push_back(entry);
  return result;
}

std::vector<InvoiceRecord> MemoryStore::invoicesOf(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return ownedBy(invoices_, buyerId);
}

std::optional<InvoiceRecord> MemoryStore::findInvoice(const std::string& buyerId, const std::string& invoiceId) {
  std::lock_guard lock(mutex_);
  return findOwned(invoices_, invoiceId, buyerId);
}

std::optional<InvoiceCustomerRecord> MemoryStore::findInvoiceCustomer(const std::string& buyerId) {
  std::lock_guard lock(mutex_);
  return lookup(invoiceCustomers_, buyerId);
}

// FNV-1a, 64 bits: enough to tell a different body from the same one under one key. Unkeyed,
// which is fine here: the records never leave the process.
std::string MemoryStore::requestDigest(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<size_t>(i)] = digits[hash & 15];
  return out;
}

size_t MemoryStore::sessionCount() {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

size_t MemoryStore::idempotencyCount() {
  std::lock_guard lock(mutex_);
  return idempotency_.size();
}

void MemoryStore::purge(const ExpiryPurge& purge) {
  for (auto it = sessions_.begin(); it != sessions_.end();)
    it = it->second.expiresAt <= purge.sessionsExpiredBy ? sessions_.erase(it) : std::next(it);
  for (auto it = idempotency_.begin(); it != idempotency_.end();)
    it = it->second.createdTime < purge.idempotencyCreatedBefore ? idempotency_.erase(it)
                                                                 : std::next(it);
}

// The same constraints the SQLite schema enforces, checked before anything changes.
void MemoryStore::checkApplicable(const StoreChange& change) const {
  std::set<std::string> newApps;
  for (const auto& app : change.addApps) {
    if (apps_.count(app.app.instanceId) || !newApps.insert(app.app.instanceId).second)
      throw std::runtime_error("duplicate instanceId " + app.app.instanceId);
  }
  for (const auto& app : change.putApps) {
    const auto it = apps_.find(app.app.instanceId);
    if (it == apps_.end() || it->second.buyerId != app.buyerId)
      throw std::runtime_error("no app " + app.app.instanceId + " of " + app.buyerId + " to replace");
  }
  std::set<std::string> knownOrders;
  for (const auto& order : change.putOrders) knownOrders.insert(order.order.orderId);
  for (const auto& [orderId, event] : change.addEvents) {
    if (!orders_.count(orderId) && !knownOrders.count(orderId))
      throw std::runtime_error("event for unknown order " + orderId);
    const auto it = events_.find(orderId);
    for (const auto& existing : it == events_.end() ? std::vector<FlowEvent>{} : it->second)
      if (existing.sequence == event.sequence)
        throw std::runtime_error("duplicate event sequence for order " + orderId);
  }
  if (change.putSupervision && !orders_.count(change.putSupervision->orderId) &&
      !knownOrders.count(change.putSupervision->orderId))
    throw std::runtime_error("supervision of unknown order " + change.putSupervision->orderId);
  for (const auto& record : change.putUnsubscriptions) {
    const auto it = unsubscriptions_.find(record.request.requestId);
    if (it != unsubscriptions_.end() && it->second.buyerId != record.buyerId)
      throw std::runtime_error("unsubscription " + record.request.requestId + " belongs to another buyer");
    if (!orders_.count(record.request.orderId) && !knownOrders.count(record.request.orderId))
      throw std::runtime_error("unsubscription of unknown order " + record.request.orderId);
  }
  for (const auto& invoice : change.putInvoices) {
    const auto it = orders_.find(invoice.invoice.orderId);
    const bool ownOrder = (it != orders_.end() && it->second.buyerId == invoice.buyerId) ||
                          knownOrders.count(invoice.invoice.orderId);
    if (!ownOrder) throw std::runtime_error("invoice of unknown order " + invoice.invoice.orderId);
  }
  if (change.addSession && sessions_.count(change.addSession->token))
    throw std::runtime_error("duplicate session token");
  if (change.addIdempotency) {
    // The purge runs first in apply(), so a key whose record it removes may be used again.
    const auto it = idempotency_.find({change.addIdempotency->scope, change.addIdempotency->key});
    const bool purged = it != idempotency_.end() && change.purgeExpired &&
                        it->second.createdTime < change.purgeExpired->idempotencyCreatedBefore;
    if (it != idempotency_.end() && !purged) throw std::runtime_error("duplicate idempotency key");
  }
}

void MemoryStore::apply(const StoreChange& change) {
  std::lock_guard lock(mutex_);
  checkApplicable(change);
  if (change.purgeExpired) purge(*change.purgeExpired);
  for (const auto& order : change.putOrders) orders_[order.order.orderId] = order;
  for (const auto& app : change.addApps) apps_[app.app.instanceId] = app;
  for (const auto& app : change.putApps) apps_[app.app.instanceId] = app;
  if (change.putSupervision) supervisions_[change.putSupervision->orderId] = *change.putSupervision;
  for (const auto& [orderId, event] : change.addEvents) events_[orderId].push_back(event);
  for (const auto& record : change.putUnsubscriptions) unsubscriptions_[record.request.requestId] = record;
  if (change.addSession) sessions_[change.addSession->token] = *change.addSession;
  if (change.addAudit) {
    AuditEntry entry = *change.addAudit;
    entry.id = static_cast<std::int64_t>(audit_.size()) + 1;
    audit_.push_back(std::move(entry));
  }
  if (change.addIdempotency) {
    const auto& record = *change.addIdempotency;
    idempotency_[{record.scope, record.key}] = record;
  }
  if (change.endSession) sessions_.erase(*change.endSession);
  for (const auto& invoice : change.putInvoices) invoices_[invoice.invoice.invoiceId] = invoice;
  if (change.putInvoiceCustomer) invoiceCustomers_[change.putInvoiceCustomer->buyerId] = *change.putInvoiceCustomer;
}

}  // namespace koo::backend
