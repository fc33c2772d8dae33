// The typed client of contract/openapi.yaml: one method per endpoint builds the request (bearer
// token, JSON body, the caller's Idempotency-Key on POSTs), sends it through a Transport and
// decodes the answer into core types or an ApiError. Callbacks run once, from the transport.
#pragma once

#include <memory>
#include <string>

#include "api_error.h"
#include "core/domain.h"
#include "core/endpoints.h"
#include "core/expiry_reminders.h"
#include "core/list_query.h"
#include "core/unsubscription.h"
#include "core/spec_change.h"
#include "transport.h"

namespace koo::api {

// The answer of a call that succeeds without a body (204).
struct NoContent {};

class MarketplaceClient {
 public:
  // `transport` must outlive the client and every request still in flight.
  explicit MarketplaceClient(Transport& transport, std::string basePath = std::string(kApiBasePath));

  // The bearer token sent with every request; signIn sets it on success.
  void setToken(std::string token);
  const std::string& token() const;

  // System and sign-in.
  void health(ApiCallback<HealthStatus> onDone);
  void demoBuyers(ApiCallback<ItemList<Buyer>> onDone);
  void signIn(const SignInRequest& body, const std::string& idempotencyKey, ApiCallback<SignInResponse> onDone);
  void me(ApiCallback<Buyer> onDone);
  // Ends the session on the server and forgets the token here at once, whatever the answer.
  void signOut(const std::string& idempotencyKey, ApiCallback<NoContent> onDone);

  // Purchased Apps.
  void listPurchasedApps(const PurchasedAppQuery& query, ApiCallback<Page<PurchasedApp>> onDone);
  void resourceDetails(const std::string& instanceId, ApiCallback<ResourceDetails> onDone);
  void revealPassword(const std::string& instanceId, const std::string& idempotencyKey,
                      ApiCallback<PasswordReveal> onDone);

  // Service Supervision: each action answers with the order's details as they are after it.
  void listSupervisedOrders(const SupervisedOrderQuery& query, ApiCallback<Page<SupervisedOrderSummary>> onDone);
  void supervisedOrder(const std::string& orderId, ApiCallback<SupervisedOrderDetails> onDone);
  void submitRequest(const std::string& orderId, const SubmitRequestBody& body, const std::string& idempotencyKey,
                     ApiCallback<SupervisedOrderDetails> onDone);
  void confirmAcceptance(const std::string& orderId, const std::string& idempotencyKey,
                         ApiCallback<SupervisedOrderDetails> onDone);
  void rejectDelivery(const std::string& orderId, const ReasonBody& body, const std::string& idempotencyKey,
                      ApiCallback<SupervisedOrderDetails> onDone);
  void remindSeller(const std::string& orderId, const RemindBody& body, const std::string& idempotencyKey,
                    ApiCallback<SupervisedOrderDetails> onDone);
  void initiateAppeal(const std::string& orderId, const ReasonBody& body, const std::string& idempotencyKey,
                      ApiCallback<SupervisedOrderDetails> onDone);
  // The initial password of the application information the seller provided during the flow.
  void revealSupervisedPassword(const std::string& orderId, const std::string& idempotencyKey,
                                ApiCallback<PasswordReveal> onDone);

  // Billing Center.
  void listOrders(const OrderQuery& query, ApiCallback<Page<Order>> onDone);
  void order(const std::string& orderId, ApiCallback<Order> onDone);
  // Paying and cancelling an order pending payment: each answers with the order as it is after.
  void payOrder(const std::string& orderId, const PayOrderBody& body, const std::string& idempotencyKey,
                ApiCallback<Order> onDone);
  void cancelOrder(const std::string& orderId, const std::string& idempotencyKey, ApiCallback<Order> onDone);

  // Renewals and auto-renew.
  void listRenewals(const RenewalQuery& query, ApiCallback<Page<PurchasedApp>> onDone);
  void createRenewalOrders(const RenewalOrderBody& body, const std::string& idempotencyKey,
                           ApiCallback<RenewalPurchase> onDone);
  void setAutoRenew(const std::string& instanceId, const AutoRenewBody& body, const std::string& idempotencyKey,
                    ApiCallback<PurchasedApp> onDone);

  // Expiry reminders (issue 14): the list, and dismissing one (answers with the list after).
  void listExpiryReminders(ApiCallback<ItemList<ExpiryReminder>> onDone);
  void dismissExpiryReminder(const std::string& instanceId, const ReminderDismissBody& body,
                             const std::string& idempotencyKey, ApiCallback<ItemList<ExpiryReminder>> onDone);

  // Negotiated unsubscription (issue 14): the buyer's requests, the eligible purchases, asking
  // and withdrawing; each move answers with the request as it is after it.
  void listUnsubscriptions(const UnsubscriptionQuery& query, ApiCallback<Page<UnsubscriptionRequest>> onDone);
  void unsubscriptionCandidates(ApiCallback<ItemList<UnsubscriptionCandidate>> onDone);
  void unsubscription(const std::string& requestId, ApiCallback<UnsubscriptionRequest> onDone);
  void orderUnsubscription(const std::string& orderId, ApiCallback<UnsubscriptionCandidate> onDone);
  void createUnsubscription(const UnsubscriptionBody& body, const std::string& idempotencyKey,
                            ApiCallback<UnsubscriptionRequest> onDone);
  void withdrawUnsubscription(const std::string& requestId, const std::string& idempotencyKey,
                              ApiCallback<UnsubscriptionRequest> onDone);
  // Invoices: the list, one invoice, asking to return it, and the buyer's customer information.
  void listInvoices(const InvoiceQuery& query, ApiCallback<Page<Invoice>> onDone);
  void invoice(const std::string& invoiceId, ApiCallback<Invoice> onDone);
  void requestInvoiceReturn(const std::string& invoiceId, const InvoiceReturnBody& body,
                            const std::string& idempotencyKey, ApiCallback<Invoice> onDone);
  void invoiceCustomer(ApiCallback<InvoiceCustomerSetting> onDone);
  void setInvoiceCustomer(const InvoiceCustomer& body, const std::string& idempotencyKey,
                          ApiCallback<InvoiceCustomerSetting> onDone);
  // Changing specifications and buying a trial: the options (a scale-out quoted for `users`),
  // a CHANGE order (or a renewal carrying the change) and the NEW order of a trial.
  void changeOptions(const std::string& instanceId, std::optional<std::int64_t> users,
                     ApiCallback<ChangeOptions> onDone);
  void createChangeOrder(const std::string& instanceId, const ChangeOrderBody& body, const std::string& idempotencyKey,
                         ApiCallback<Order> onDone);
  void createConversionOrder(const std::string& instanceId, const ConversionOrderBody& body,
                             const std::string& idempotencyKey, ApiCallback<Order> onDone);

  // Test mode only (the backend answers 404 otherwise).
  void approveUnsubscription(const std::string& requestId, const std::string& idempotencyKey,
                             ApiCallback<UnsubscriptionRequest> onDone);
  void rejectUnsubscription(const std::string& requestId, const UnsubscriptionRejectBody& body,
                            const std::string& idempotencyKey, ApiCallback<UnsubscriptionRequest> onDone);
  void refundPaid(const std::string& requestId, const std::string& idempotencyKey,
                  ApiCallback<UnsubscriptionRequest> onDone);
  void sellerAction(const std::string& orderId, const SellerActionBody& body, const std::string& idempotencyKey,
                    ApiCallback<SupervisedOrderDetails> onDone);
  void appealDecision(const std::string& orderId, const AppealDecisionBody& body, const std::string& idempotencyKey,
                      ApiCallback<SupervisedOrderDetails> onDone);
  void provisioningFailure(const std::string& orderId, const ProvisioningFailureBody& body,
                           const std::string& idempotencyKey, ApiCallback<Order> onDone);
  void testClock(ApiCallback<TestClock> onDone);
  void setTestClock(const TestClockBody& body, const std::string& idempotencyKey, ApiCallback<TestClock> onDone);
  void auditLog(ApiCallback<ItemList<AuditEntry>> onDone);
  void faults(ApiCallback<FaultSpecState> onDone);
  void setFaults(const FaultSpecBody& body, const std::string& idempotencyKey, ApiCallback<FaultSpecState> onDone);
  void setPaymentOutcome(const std::string& orderId, const PaymentOutcomeBody& body, const std::string& idempotencyKey,
                         ApiCallback<Order> onDone);
  void confirmInvoiceReturn(const std::string& invoiceId, const std::string& idempotencyKey,
                            ApiCallback<Invoice> onDone);

  // The requests the methods above send, for tests and for callers that send them themselves.
  // `path` is below the base path, e.g. "/orders"; ids in it must already be percent-encoded.
  HttpRequest buildGet(const std::string& path, QueryParams query = {}) const;
  HttpRequest buildPost(const std::string& path, std::string jsonBody, const std::string& idempotencyKey) const;

 private:
  struct State;

  template <class T>
  void get(const std::string& path, QueryParams query, ApiCallback<T> onDone);
  template <class T, class Body>
  void post(const std::string& path, const Body& body, const std::string& idempotencyKey, ApiCallback<T> onDone);
  template <class T>
  void sendAndDecode(HttpRequest request, ApiCallback<T> onDone);

  Transport& transport_;
  std::string basePath_;
  std::shared_ptr<State> state_;  // shared with callbacks that outlive a call (signIn's token)
};

}  // namespace koo::api
