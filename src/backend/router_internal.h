// Inside the router: the per-request context, the handlers of every endpoint (one .cpp per
// group: auth, apps and orders, supervision, test mode), and the helpers they share.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <string>

#include "core/json_codec.h"
#include "core/service_flow.h"
#include "router.h"
#include "sign_in_throttle.h"

namespace koo::backend::detail {

// A refusal the buyer gets as the error body; the HTTP status follows from the code.
struct ApiError {
  ApiError() = default;
  ApiError(ErrorCode code, std::string message,
           std::optional<std::chrono::seconds> retryAfter = std::nullopt)
      : code(code), message(std::move(message)), retryAfter(retryAfter) {}

  ErrorCode code = ErrorCode::Internal;
  std::string message;
  std::optional<std::chrono::seconds> retryAfter;  // sent as Retry-After (429)
};

inline ApiError notFound(std::string message) { return {ErrorCode::NotFound, std::move(message)}; }
inline ApiError conflict(std::string message) { return {ErrorCode::Conflict, std::move(message)}; }
inline ApiError fromDecodeError(const DecodeError& error) {
  return {errorCodeFor(error.kind), error.describe()};
}

// A successful answer and, for a POST, what it changes: the router adds the idempotency
// record and applies it all in one store change before the answer is sent.
struct Reply {
  int status = 200;
  Json body;
  StoreChange change;
  // The body holds a secret (a token, a password): its idempotency record keeps no body, and
  // a repeat runs the request again.
  bool holdsSecret = false;
};

using Outcome = Expected<Reply, ApiError>;

// One request while it is being answered.
struct Call {
  const HttpRequest& request;
  std::string requestId;
  Timestamp now;
  std::string param;                // the {instanceId} / {orderId} of the route, if any
  std::optional<BuyerRecord> buyer;  // set once authenticated
  const std::string& buyerId() const { return buyer->buyer.buyerId; }
};

// Decodes the body as T; a missing (empty) body counts as {} when `optional`.
template <class T>
Expected<T, ApiError> decodeBody(const Call& call, bool optional = false) {
  const std::string& body = call.request.body;
  const bool blank = body.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank && optional) return decodeJsonText<T>("{}").value();
  auto decoded = decodeJsonText<T>(body);
  if (!decoded.ok()) return fromDecodeError(decoded.error());
  return std::move(decoded).value();
}

// An empty body or a JSON object (whose fields are ignored), for the bodiless POSTs.
std::optional<ApiError> checkEmptyBody(const Call& call);

// One move of a supervised order's flow (buyer's, seller's or operations'), as a handler
// describes it to Handlers::moveFlow.
struct FlowMove {
  std::function<TransitionResult(const FlowState&, Timestamp)> transition;
  std::optional<std::string> note;
  std::optional<AttachmentInfo> attachment;
  // Checks and record updates that need the stored order (form fields, delivery); runs after
  // the state machine accepted the move.
  std::function<std::optional<ApiError>(SupervisionRecord&)> prepare;
  std::optional<std::string> cancelReason;  // when the move cancels the flow
};

// Random tokens and request IDs; thread-safe.
class IdSource {
 public:
  IdSource();
  std::string requestId();
  std::string token();

 private:
  std::mutex mutex_;
  std::random_device device_;
  std::mt19937_64 engine_;
  std::string prefix_;
  std::uint64_t counter_ = 0;
};

class Handlers {
 public:
  Handlers(Store& store, AdjustableClock& clock, FaultInjector& faults, const RouterOptions& options)
      : store_(store), clock_(clock), faults_(faults), options_(options) {}

  IdSource& ids() { return ids_; }
  Store& store() { return store_; }
  // Serialises check-then-write of POSTs, so two requests never act on the same state.
  std::mutex& writeMutex() { return writeMutex_; }

  // The purge of expired records to add to a write made at `now`, when one is due (at most
  // once per purgeInterval, or at once when `force`). Call with writeMutex held.
  std::optional<ExpiryPurge> purgeFor(Timestamp now, bool force);
  void purged(Timestamp now) { lastPurge_ = now; }

  // Resolves the bearer token of `call` into call.buyer, or says why not (401).
  std::optional<ApiError> authenticate(Call& call);

  // router_auth.cpp
  Outcome health(Call& call);
  Outcome demoBuyers(Call& call);
  Outcome signIn(Call& call);
  Outcome signOut(Call& call);
  Outcome me(Call& call);
  // router_apps.cpp
  Outcome listApps(Call& call);
  Outcome appDetails(Call& call);
  Outcome revealPassword(Call& call);
  Outcome listOrders(Call& call);
  Outcome orderDetails(Call& call);
  // router_flow.cpp
  Outcome listSupervised(Call& call);
  Outcome supervisedDetails(Call& call);
  Outcome submitRequest(Call& call);
  Outcome confirmAcceptance(Call& call);
  Outcome rejectDelivery(Call& call);
  Outcome remind(Call& call);
  Outcome appeal(Call& call);
  Outcome revealSupervisedPassword(Call& call);
  // router_test_mode.cpp
  Outcome sellerAction(Call& call);
  Outcome appealDecision(Call& call);
  Outcome provisioningFailure(Call& call);
  Outcome getClock(Call& call);
  Outcome setClock(Call& call);
  Outcome auditLog(Call& call);
  Outcome getFaults(Call& call);
  Outcome setFaults(Call& call);
  // router_orders.cpp (issue 13): paying and cancelling unpaid orders, the payment stand-in.
  Outcome payOrder(Call& call);
  Outcome cancelOrder(Call& call);
  Outcome setPaymentOutcome(Call& call);
  // router_renewals.cpp
  Outcome listRenewals(Call& call);
  Outcome createRenewalOrders(Call& call);
  Outcome setAutoRenew(Call& call);
  // router_reminders.cpp (issue 14)
  Outcome listExpiryReminders(Call& call);
  Outcome dismissExpiryReminder(Call& call);
  // router_unsubscriptions.cpp (issue 14): the buyer's requests and the seller's test-mode side.
  Outcome listUnsubscriptions(Call& call);
  Outcome listUnsubscriptionCandidates(Call& call);
  Outcome getUnsubscription(Call& call);
  Outcome createUnsubscription(Call& call);
  Outcome withdrawUnsubscription(Call& call);
  Outcome orderUnsubscription(Call& call);
  Outcome approveUnsubscription(Call& call);
  Outcome rejectUnsubscription(Call& call);
  Outcome refundPaid(Call& call);
  // router_invoices.cpp
  Outcome listInvoices(Call& call);
  Outcome invoiceDetails(Call& call);
  Outcome requestInvoiceReturn(Call& call);
  Outcome invoiceCustomer(Call& call);
  Outcome setInvoiceCustomer(Call& call);
  Outcome confirmInvoiceReturn(Call& call);
  // router_spec_change.cpp
  Outcome changeOptions(Call& call);
  Outcome createChangeOrder(Call& call);
  Outcome createConversionOrder(Call& call);

 private:
  // router_flow.cpp: the shared path of every flow action (buyer, seller, operations).
  Outcome moveFlow(Call& call, const FlowMove& move);

  Store& store_;
  AdjustableClock& clock_;
  FaultInjector& faults_;
  const RouterOptions& options_;
  IdSource ids_;
  std::mutex writeMutex_;
  std::optional<Timestamp> lastPurge_;  // guarded by writeMutex_
  SignInThrottle signInThrottle_;
};

// Application information as the console receives it: hasPassword from the stored password,
// and a management URL only when it is http(s), as contract/openapi.yaml (HttpUrl) promises.
// The store keeps whatever the seller sent (the demo data set has javascript: and ftp: URLs).
ApplicationInfo applicationInfoForAnswer(ApplicationInfo info, const std::string& password);

// What the seller's system returns for a newly provisioned instance, in the reference backend
// (router_orders.cpp): the seller accepting a supervised request, or a paid ordinary order.
struct StandInProvisioning {
  ApplicationInfo info;  // hasPassword set
  std::string password;
};
StandInProvisioning standInProvisioning(const Order& order, const std::string& instanceId, IdSource& ids);

// An order as the buyer sees it now (router_orders.cpp): its deadline, or its automatic
// cancellation once the deadline passed (core/order_rules.h).
Order orderForAnswer(const OrderRecord& record, Timestamp now);

// The one place a paid order takes effect (router_orders.cpp), by type: a NEW order is
// provisioned into Purchased Apps, or starts its service flow when supervised;
// a RENEWAL moves its instance's expiry (appRenewedBy); other types only complete. Every
// paid order with an amount gets its invoice (issueInvoiceOnPayment).
void settlePaidOrder(OrderRecord& record, PaymentMethod method, Timestamp now, IdSource& ids, Store& store,
                     StoreChange& change);
// Issues the paid order's invoice (router_invoices.cpp) to the buyer's customer information
// on file, into `change`, and marks the order with it; nothing for an order with nothing to
// invoice or already invoiced. Part of settlePaidOrder.
void issueInvoiceOnPayment(OrderRecord& record, Store& store, Timestamp now, StoreChange& change);
// Apps as answers give them (router_renewals.cpp): the status as of `now` (core's lifecycle:
// expired, frozen after the grace period) and the instance's unpaid order from `orders`.
PurchasedApp appForAnswer(const AppRecord& record, const std::vector<OrderRecord>& orders, Timestamp now);
std::vector<PurchasedApp> appsForAnswer(const std::vector<AppRecord>& records, const std::vector<OrderRecord>& orders,
                                        Timestamp now);
// The app record a paid RENEWAL order leaves (new expiry, its period now the last purchased),
// for the payment's store change (putApps); nullopt for other orders or a refused renewal.
std::optional<AppRecord> appRenewedBy(const OrderRecord& paid, Store& store, Timestamp now);

// A new number: `prefix` and 12 random digits, as the marketplace's order numbers ("CS" an
// order, "CB" a combined purchase, "US" an unsubscription request), not `taken` yet.
std::string newNumber(IdSource& ids, const char* prefix, const std::function<bool(const std::string&)>& taken);
std::string newOrderNumber(IdSource& ids, Store& store, const std::string& buyerId, const char* prefix);
// Changing specifications and trial -> commercial (router_spec_change.cpp): the app a paid
// CHANGE order, a RENEWAL with a change, or a NEW order of a trial leaves; nullopt otherwise.
std::optional<AppRecord> appChangedBy(const OrderRecord& paid, Store& store, Timestamp now);

// Builds the details answer from records (router_flow.cpp), used before and after a move.
SupervisedOrderDetails makeDetails(const OrderRecord& order, const SupervisionRecord& supervision,
                                   std::vector<FlowEvent> history, Timestamp now);

// The buyer's unsubscription requests of one order (router_unsubscriptions.cpp), any status.
std::vector<UnsubscriptionRequest> unsubscriptionsOfOrder(Store& store, const std::string& buyerId,
                                                          const std::string& orderId);

}  // namespace koo::backend::detail
