// The in-memory store: the offline demo's backend state inside the wasm module, and a fast
// store for router tests. Same semantics as the SQLite store, nothing survives the process:
// it holds nothing at rest, so tokens and passwords stay as they are, in process memory only.
#pragma once

#include <map>
#include <mutex>

#include "store.h"

namespace koo::backend {

class MemoryStore : public Store {
 public:
  MemoryStore() = default;
  explicit MemoryStore(const SeedData& seed);

  std::vector<BuyerRecord> buyers() override;
  std::optional<BuyerRecord> findBuyerById(const std::string& buyerId) override;
  std::optional<BuyerRecord> findBuyerByUserName(const std::string& userName) override;
  std::optional<SessionRecord> findSession(const std::string& token) override;
  std::vector<AppRecord> appsOf(const std::string& buyerId) override;
  std::optional<AppRecord> findApp(const std::string& buyerId, const std::string& instanceId) override;
  std::vector<OrderRecord> ordersOf(const std::string& buyerId) override;
  std::optional<OrderRecord> findOrder(const std::string& buyerId, const std::string& orderId) override;
  std::vector<SupervisionRecord> supervisionsOf(const std::string& buyerId) override;
  std::optional<SupervisionRecord> findSupervision(const std::string& buyerId,
                                                   const std::string& orderId) override;
  std::vector<FlowEvent> eventsOf(const std::string& orderId) override;
  std::optional<IdempotencyRecord> findIdempotency(const std::string& scope,
                                                   const std::string& key) override;
  std::vector<AuditEntry> auditLog(const std::string& buyerId) override;
  std::string requestDigest(std::string_view text) override;
  size_t sessionCount() override;
  size_t idempotencyCount() override;
  void apply(const StoreChange& change) override;

 private:
  void checkApplicable(const StoreChange& change) const;
  void purge(const ExpiryPurge& purge);  // with mutex_ held

  std::mutex mutex_;
  std::map<std::string, BuyerRecord> buyers_;  // by buyerId
  std::map<std::string, AppRecord> apps_;      // by instanceId
  std::map<std::string, OrderRecord> orders_;  // by orderId
  std::map<std::string, SupervisionRecord> supervisions_;
  std::map<std::string, std::vector<FlowEvent>> events_;
  std::map<std::string, SessionRecord> sessions_;
  std::map<std::pair<std::string, std::string>, IdempotencyRecord> idempotency_;
  std::vector<AuditEntry> audit_;
};

}  // namespace koo::backend
