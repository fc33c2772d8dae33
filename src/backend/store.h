// The store interface the router works over, and the records it keeps. Reads return copies;
// every write is one StoreChange that the store applies atomically (all of it or none).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain.h"
#include "core/expiry_reminders.h"
#include "core/unsubscription.h"
#include "core/spec_change.h"

namespace koo::backend {

struct BuyerRecord {
  Buyer buyer;
  std::string password;  // demo credentials only: the demo data set publishes them
};

// A purchased instance with what the seller's system returned for it.
struct AppRecord {
  std::string buyerId;
  PurchasedApp app;
  ApplicationInfo applicationInfo;  // hasPassword mirrors !password.empty()
  std::string password;             // revealed only through the password call
  SellerInfo seller;
  // The buyer's dismissed expiry reminder (core/expiry_reminders.h); absent: none.
  std::optional<ReminderDismissal> reminderDismissal;
  // The product's catalogue as the marketplace sells it (core/spec_change.h); absent: the
  // product offers no change and no purchase of a trial.
  std::optional<ProductCatalogue> catalogue;
};

struct OrderRecord {
  std::string buyerId;
  Order order;
  // Issue 13, store-side only. The seller's contacts, for the app or flow a paid order creates.
  std::optional<SellerInfo> seller;
  // Test mode: how the payment platform's stand-in answers this order's payments (absent: succeed).
  std::optional<PaymentTestOutcome> paymentOutcome;
};

// The supervision side of a supervised order (its billing order is an OrderRecord with the
// same orderId). History lives apart: events are only ever appended.
struct SupervisionRecord {
  std::string orderId;
  std::string buyerId;
  SellerInfo seller;
  FlowState flow;
  std::vector<FormFieldSpec> requestForm;
  std::optional<ServiceRequest> request;
  std::optional<Delivery> delivery;
  // What the seller provisioned (absent until then); becomes the purchased app's information.
  std::optional<ApplicationInfo> applicationInfo;
  std::string password;
};

// A negotiated unsubscription request (issue 14) and its owner.
struct UnsubscriptionRecord {
  std::string buyerId;
  UnsubscriptionRequest request;
};
// Invoices (core/invoice.h): an issued invoice, and the buyer's customer information on file.
// The invoice's order keeps its number and state too (Order::invoiceId, invoiceStatus): both
// change in one StoreChange.
struct InvoiceRecord {
  std::string buyerId;
  Invoice invoice;
};
struct InvoiceCustomerRecord {
  std::string buyerId;
  InvoiceCustomer customer;
  Timestamp updatedTime;
};

struct SessionRecord {
  std::string token;
  std::string buyerId;
  Timestamp expiresAt;
};

// The first successful answer given to a POST with this key: replayed for any repeat of the
// same request within its retention (kIdempotencyRetention); refusals are never kept.
struct IdempotencyRecord {
  std::string scope;        // the buyer's ID, or "sign-in:<user>" before there is a buyer
  std::string key;
  std::string fingerprint;  // method, path and a digest of the body: a reuse must match it
  int status = 0;
  // Empty when the answer held a secret (a token, a password), which is never kept: a repeat
  // then runs the request again instead of replaying it.
  std::string body;
  Timestamp createdTime;
};

// What has expired by a write: idempotency records created before a time, sessions that
// expired by one. The router adds it to a write now and then, so nothing piles up.
struct ExpiryPurge {
  Timestamp idempotencyCreatedBefore;
  Timestamp sessionsExpiredBy;
};

// One atomic write. The router fills it after every check passed; the store applies all of
// it in one transaction (SQLite) or under one lock (memory), or nothing when any part fails.
struct StoreChange {
  std::vector<OrderRecord> putOrders;        // insert or replace by orderId
  std::vector<AppRecord> addApps;            // instanceId must be new
  std::vector<AppRecord> putApps;            // replaces the app with that instanceId (renewals)
  std::optional<SupervisionRecord> putSupervision;
  std::vector<std::pair<std::string, FlowEvent>> addEvents;  // (orderId, event)
  std::optional<SessionRecord> addSession;
  std::optional<AuditEntry> addAudit;        // id is assigned by the store
  std::optional<IdempotencyRecord> addIdempotency;
  std::optional<std::string> endSession;     // the token of a session to delete (sign-out)
  std::optional<ExpiryPurge> purgeExpired;   // applied before everything else in the change
  std::vector<UnsubscriptionRecord> putUnsubscriptions;  // insert or replace by requestId
  std::vector<InvoiceRecord> putInvoices;    // insert or replace by invoiceId (its order must exist)
  std::optional<InvoiceCustomerRecord> putInvoiceCustomer;  // insert or replace by buyerId

  bool empty() const {
    return putOrders.empty() && addApps.empty() && putApps.empty() && !putSupervision && addEvents.empty() &&
           !addSession && !addAudit && !addIdempotency && !endSession && !purgeExpired && putInvoices.empty() &&
           !putInvoiceCustomer && putUnsubscriptions.empty();
  }
};

// Everything the demo data set seeds.
struct SeedData {
  std::vector<BuyerRecord> buyers;
  std::vector<AppRecord> apps;
  std::vector<OrderRecord> orders;
  std::vector<SupervisionRecord> supervisions;
  std::vector<std::pair<std::string, FlowEvent>> events;
  std::vector<UnsubscriptionRecord> unsubscriptions;
  std::vector<InvoiceRecord> invoices;
  std::vector<InvoiceCustomerRecord> invoiceCustomers;
};

// Every operation of a store, listed once: Store declares them pure virtual, and each store
// declares its overrides with KOO_STORE_OPERATIONS(, override).
// - buyers() by buyerId; each list (appsOf, ordersOf, supervisionsOf, invoicesOf) holds only `buyerId`'s
//   records (the router filters, sorts and pages them); eventsOf and auditLog oldest first.
// - requestDigest: the digest of a request that its idempotency record keeps as its
//   fingerprint: keyed with a server secret where records are kept at rest, so it tells
//   nothing of the body.
// - sessionCount, idempotencyCount: how many are kept (expired ones until purged).
// - apply throws; then nothing was applied.
#define KOO_STORE_OPERATIONS(VIRTUAL, SPECIFIER)                                                     \
  VIRTUAL std::vector<BuyerRecord> buyers() SPECIFIER;                                               \
  VIRTUAL std::optional<BuyerRecord> findBuyerById(const std::string& buyerId) SPECIFIER;            \
  VIRTUAL std::optional<BuyerRecord> findBuyerByUserName(const std::string& userName) SPECIFIER;     \
  VIRTUAL std::optional<SessionRecord> findSession(const std::string& token) SPECIFIER;              \
  VIRTUAL std::vector<AppRecord> appsOf(const std::string& buyerId) SPECIFIER;                       \
  VIRTUAL std::optional<AppRecord> findApp(const std::string& buyerId,                               \
                                           const std::string& instanceId) SPECIFIER;                 \
  VIRTUAL std::vector<OrderRecord> ordersOf(const std::string& buyerId) SPECIFIER;                   \
  VIRTUAL std::optional<OrderRecord> findOrder(const std::string& buyerId,                           \
                                               const std::string& orderId) SPECIFIER;                \
  VIRTUAL std::vector<SupervisionRecord> supervisionsOf(const std::string& buyerId) SPECIFIER;       \
  VIRTUAL std::optional<SupervisionRecord> findSupervision(const std::string& buyerId,               \
                                                           const std::string& orderId) SPECIFIER;    \
  VIRTUAL std::vector<UnsubscriptionRecord> unsubscriptionsOf(const std::string& buyerId) SPECIFIER;     \
  VIRTUAL std::optional<UnsubscriptionRecord> findUnsubscription(const std::string& buyerId,         \
                                                                 const std::string& requestId) SPECIFIER; \
  VIRTUAL std::vector<FlowEvent> eventsOf(const std::string& orderId) SPECIFIER;                     \
  VIRTUAL std::optional<IdempotencyRecord> findIdempotency(const std::string& scope,                 \
                                                           const std::string& key) SPECIFIER;        \
  VIRTUAL std::vector<AuditEntry> auditLog(const std::string& buyerId) SPECIFIER;                    \
  VIRTUAL std::string requestDigest(std::string_view text) SPECIFIER;                                \
  VIRTUAL size_t sessionCount() SPECIFIER;                                                           \
  VIRTUAL size_t idempotencyCount() SPECIFIER;                                                       \
  VIRTUAL std::vector<InvoiceRecord> invoicesOf(const std::string& buyerId) SPECIFIER;                 \
  VIRTUAL std::optional<InvoiceRecord> findInvoice(const std::string& buyerId,                       \
                                                   const std::string& invoiceId) SPECIFIER;          \
  VIRTUAL std::optional<InvoiceCustomerRecord> findInvoiceCustomer(const std::string& buyerId) SPECIFIER; \
  VIRTUAL void apply(const StoreChange& change) SPECIFIER;

class Store {
 public:
  virtual ~Store() = default;
  KOO_STORE_OPERATIONS(virtual, = 0)
};

}  // namespace koo::backend
