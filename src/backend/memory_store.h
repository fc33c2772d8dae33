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

  KOO_STORE_OPERATIONS(, override)

 private:
  void checkApplicable(const StoreChange& change) const;
  void purge(const ExpiryPurge& purge);  // with mutex_ held

  std::mutex mutex_;
  std::map<std::string, BuyerRecord> buyers_;  // by buyerId
  std::map<std::string, AppRecord> apps_;      // by instanceId
  std::map<std::string, OrderRecord> orders_;  // by orderId
  std::map<std::string, SupervisionRecord> supervisions_;
  std::map<std::string, std::vector<FlowEvent>> events_;
  std::map<std::string, UnsubscriptionRecord> unsubscriptions_;  // by requestId
  std::map<std::string, SessionRecord> sessions_;
  std::map<std::pair<std::string, std::string>, IdempotencyRecord> idempotency_;
  std::vector<AuditEntry> audit_;
  std::map<std::string, InvoiceRecord> invoices_;                  // by invoiceId
  std::map<std::string, InvoiceCustomerRecord> invoiceCustomers_;  // by buyerId
};

}  // namespace koo::backend
