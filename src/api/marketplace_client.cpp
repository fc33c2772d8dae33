// MarketplaceClient: headers and bodies per endpoint, paths from core's endpoint table;
// decoding through answer_decoding.h.
#include "marketplace_client.h"

#include "answer_decoding.h"
#include "core/endpoints.h"
#include "core/json_codec_unsubscription.h"
#include "core/text.h"

namespace koo::api {

struct MarketplaceClient::State {
  std::string token;
};

namespace {

// The body of the actions that take none: {}.
struct EmptyBody {};
Json toJsonValue(const EmptyBody&) { return Json::object(); }

}  // namespace

MarketplaceClient::MarketplaceClient(Transport& transport, std::string basePath)
    : transport_(transport), basePath_(std::move(basePath)), state_(std::make_shared<State>()) {}

void MarketplaceClient::setToken(std::string token) { state_->token = std::move(token); }
const std::string& MarketplaceClient::token() const { return state_->token; }

HttpRequest MarketplaceClient::buildGet(const std::string& path, QueryParams query) const {
  HttpRequest request;
  request.method = "GET";
  request.path = basePath_ + path;
  request.query = std::move(query);
  request.headers["Accept"] = "application/json";
  if (!state_->token.empty()) request.headers["Authorization"] = "Bearer " + state_->token;
  return request;
}

HttpRequest MarketplaceClient::buildPost(const std::string& path, std::string jsonBody,
                                         const std::string& idempotencyKey) const {
  HttpRequest request = buildGet(path);
  request.method = "POST";
  request.headers["Content-Type"] = "application/json";
  request.headers["Idempotency-Key"] = idempotencyKey;
  request.body = std::move(jsonBody);
  return request;
}

template <class T>
void MarketplaceClient::sendAndDecode(HttpRequest request, ApiCallback<T> onDone) {
  transport_.send(std::move(request), [onDone = std::move(onDone)](TransportResponse answer) {
    auto result = decodeAnswer<T>(answer);
    wipe(answer.http.body);  // the raw answer may hold a secret; the decoded value is the only copy
    onDone(std::move(result));
  });
}

template <class T>
void MarketplaceClient::get(const std::string& path, QueryParams query, ApiCallback<T> onDone) {
  sendAndDecode<T>(buildGet(path, std::move(query)), std::move(onDone));
}

template <class T, class Body>
void MarketplaceClient::post(const std::string& path, const Body& body, const std::string& idempotencyKey,
                             ApiCallback<T> onDone) {
  // An action without a key could be applied twice on a retry: refuse it here.
  if (idempotencyKey.empty() || idempotencyKey.size() > 128) {
    onDone(ApiError{ApiErrorKind::InvalidRequest, 0, "INVALID_REQUEST",
                    "An Idempotency-Key of 1 to 128 characters is required", "", "", 0});
    return;
  }
  sendAndDecode<T>(buildPost(path, encodeJsonText(body), idempotencyKey), std::move(onDone));
}

void MarketplaceClient::health(ApiCallback<HealthStatus> onDone) {
  get(endpointPath(Operation::GetHealth), {}, std::move(onDone));
}

void MarketplaceClient::demoBuyers(ApiCallback<ItemList<Buyer>> onDone) {
  get(endpointPath(Operation::ListDemoBuyers), {}, std::move(onDone));
}

void MarketplaceClient::signIn(const SignInRequest& body, const std::string& idempotencyKey,
                               ApiCallback<SignInResponse> onDone) {
  std::weak_ptr<State> state = state_;
  post<SignInResponse>(endpointPath(Operation::SignIn), body, idempotencyKey,
                       [state, onDone = std::move(onDone)](ApiResult<SignInResponse> result) {
                         if (result.ok())
                           if (auto alive = state.lock()) alive->token = result->token;
                         onDone(std::move(result));
                       });
}

void MarketplaceClient::me(ApiCallback<Buyer> onDone) {
  get(endpointPath(Operation::GetMe), {}, std::move(onDone));
}

void MarketplaceClient::signOut(const std::string& idempotencyKey, ApiCallback<NoContent> onDone) {
  HttpRequest request = buildPost(endpointPath(Operation::SignOut), "", idempotencyKey);
  state_->token.clear();
  transport_.send(std::move(request), [onDone = std::move(onDone)](TransportResponse answer) {
    if (auto error = errorOfAnswer(answer)) return onDone(*error);
    onDone(NoContent{});
  });
}

void MarketplaceClient::listPurchasedApps(const PurchasedAppQuery& query, ApiCallback<Page<PurchasedApp>> onDone) {
  get(endpointPath(Operation::ListPurchasedApps), toQueryParams(query), std::move(onDone));
}

void MarketplaceClient::resourceDetails(const std::string& instanceId, ApiCallback<ResourceDetails> onDone) {
  get(endpointPath(Operation::GetResourceDetails, instanceId), {}, std::move(onDone));
}

void MarketplaceClient::revealPassword(const std::string& instanceId, const std::string& idempotencyKey,
                                       ApiCallback<PasswordReveal> onDone) {
  post(endpointPath(Operation::RevealPassword, instanceId), EmptyBody{}, idempotencyKey,
       std::move(onDone));
}

void MarketplaceClient::revealSupervisedPassword(const std::string& orderId, const std::string& idempotencyKey,
                                                 ApiCallback<PasswordReveal> onDone) {
  post(endpointPath(Operation::RevealSupervisedPassword, orderId), EmptyBody{}, idempotencyKey,
       std::move(onDone));
}

void MarketplaceClient::listSupervisedOrders(const SupervisedOrderQuery& query,
                                             ApiCallback<Page<SupervisedOrderSummary>> onDone) {
  get(endpointPath(Operation::ListSupervisedOrders), toQueryParams(query), std::move(onDone));
}

void MarketplaceClient::supervisedOrder(const std::string& orderId, ApiCallback<SupervisedOrderDetails> onDone) {
  get(endpointPath(Operation::GetSupervisedOrder, orderId), {}, std::move(onDone));
}

void MarketplaceClient::submitRequest(const std::string& orderId, const SubmitRequestBody& body,
                                      const std::string& idempotencyKey, ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::SubmitRequest, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::confirmAcceptance(const std::string& orderId, const std::string& idempotencyKey,
                                          ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::ConfirmAcceptance, orderId), EmptyBody{}, idempotencyKey,
       std::move(onDone));
}

void MarketplaceClient::rejectDelivery(const std::string& orderId, const ReasonBody& body,
                                       const std::string& idempotencyKey, ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::RejectDelivery, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::remindSeller(const std::string& orderId, const RemindBody& body,
                                     const std::string& idempotencyKey, ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::RemindSeller, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::initiateAppeal(const std::string& orderId, const ReasonBody& body,
                                       const std::string& idempotencyKey, ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::InitiateAppeal, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::listOrders(const OrderQuery& query, ApiCallback<Page<Order>> onDone) {
  get(endpointPath(Operation::ListOrders), toQueryParams(query), std::move(onDone));
}

void MarketplaceClient::order(const std::string& orderId, ApiCallback<Order> onDone) {
  get(endpointPath(Operation::GetOrder, orderId), {}, std::move(onDone));
}

void MarketplaceClient::payOrder(const std::string& orderId, const PayOrderBody& body,
                                 const std::string& idempotencyKey, ApiCallback<Order> onDone) {
  post(endpointPath(Operation::PayOrder, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::cancelOrder(const std::string& orderId, const std::string& idempotencyKey,
                                    ApiCallback<Order> onDone) {
  post(endpointPath(Operation::CancelOrder, orderId), EmptyBody{}, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::listRenewals(const RenewalQuery& query, ApiCallback<Page<PurchasedApp>> onDone) {
  get(endpointPath(Operation::ListRenewals), toQueryParams(query), std::move(onDone));
}

void MarketplaceClient::createRenewalOrders(const RenewalOrderBody& body, const std::string& idempotencyKey,
                                            ApiCallback<RenewalPurchase> onDone) {
  post(endpointPath(Operation::CreateRenewalOrders), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::setAutoRenew(const std::string& instanceId, const AutoRenewBody& body,
                                     const std::string& idempotencyKey, ApiCallback<PurchasedApp> onDone) {
  post(endpointPath(Operation::SetAutoRenew, instanceId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::listExpiryReminders(ApiCallback<ItemList<ExpiryReminder>> onDone) {
  get(endpointPath(Operation::ListExpiryReminders), {}, std::move(onDone));
}

void MarketplaceClient::dismissExpiryReminder(const std::string& instanceId, const ReminderDismissBody& body,
                                              const std::string& idempotencyKey,
                                              ApiCallback<ItemList<ExpiryReminder>> onDone) {
  post(endpointPath(Operation::DismissExpiryReminder, instanceId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::listInvoices(const InvoiceQuery& query, ApiCallback<Page<Invoice>> onDone) {
  get(endpointPath(Operation::ListInvoices), toQueryParams(query), std::move(onDone));
}

void MarketplaceClient::invoice(const std::string& invoiceId, ApiCallback<Invoice> onDone) {
  get(endpointPath(Operation::GetInvoice, invoiceId), {}, std::move(onDone));
}

void MarketplaceClient::requestInvoiceReturn(const std::string& invoiceId, const InvoiceReturnBody& body,
                                             const std::string& idempotencyKey, ApiCallback<Invoice> onDone) {
  post(endpointPath(Operation::RequestInvoiceReturn, invoiceId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::invoiceCustomer(ApiCallback<InvoiceCustomerSetting> onDone) {
  get(endpointPath(Operation::GetInvoiceCustomer), {}, std::move(onDone));
}

void MarketplaceClient::setInvoiceCustomer(const InvoiceCustomer& body, const std::string& idempotencyKey,
                                           ApiCallback<InvoiceCustomerSetting> onDone) {
  post(endpointPath(Operation::SetInvoiceCustomer), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::changeOptions(const std::string& instanceId, std::optional<std::int64_t> users,
                                      ApiCallback<ChangeOptions> onDone) {
  QueryParams query;
  if (users) query.emplace("users", std::to_string(*users));
  get(endpointPath(Operation::GetChangeOptions, instanceId), std::move(query), std::move(onDone));
}

void MarketplaceClient::createChangeOrder(const std::string& instanceId, const ChangeOrderBody& body,
                                          const std::string& idempotencyKey, ApiCallback<Order> onDone) {
  post(endpointPath(Operation::CreateChangeOrder, instanceId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::createConversionOrder(const std::string& instanceId, const ConversionOrderBody& body,
                                              const std::string& idempotencyKey, ApiCallback<Order> onDone) {
  post(endpointPath(Operation::CreateConversionOrder, instanceId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::sellerAction(const std::string& orderId, const SellerActionBody& body,
                                     const std::string& idempotencyKey, ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::TestSellerAction, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::appealDecision(const std::string& orderId, const AppealDecisionBody& body,
                                       const std::string& idempotencyKey, ApiCallback<SupervisedOrderDetails> onDone) {
  post(endpointPath(Operation::TestAppealDecision, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::provisioningFailure(const std::string& orderId, const ProvisioningFailureBody& body,
                                            const std::string& idempotencyKey, ApiCallback<Order> onDone) {
  post(endpointPath(Operation::TestProvisioningFailure, orderId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::testClock(ApiCallback<TestClock> onDone) {
  get(endpointPath(Operation::TestGetClock), {}, std::move(onDone));
}

void MarketplaceClient::setTestClock(const TestClockBody& body, const std::string& idempotencyKey,
                                     ApiCallback<TestClock> onDone) {
  post(endpointPath(Operation::TestSetClock), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::auditLog(ApiCallback<ItemList<AuditEntry>> onDone) {
  get(endpointPath(Operation::TestAuditLog), {}, std::move(onDone));
}

void MarketplaceClient::faults(ApiCallback<FaultSpecState> onDone) {
  get(endpointPath(Operation::TestGetFaults), {}, std::move(onDone));
}

void MarketplaceClient::setFaults(const FaultSpecBody& body, const std::string& idempotencyKey,
                                  ApiCallback<FaultSpecState> onDone) {
  post(endpointPath(Operation::TestSetFaults), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::setPaymentOutcome(const std::string& orderId, const PaymentOutcomeBody& body,
                                          const std::string& idempotencyKey, ApiCallback<Order> onDone) {
  post(endpointPath(Operation::TestPaymentOutcome, orderId), body, idempotencyKey, std::move(onDone));
}

// Negotiated unsubscription.
void MarketplaceClient::listUnsubscriptions(const UnsubscriptionQuery& query,
                                            ApiCallback<Page<UnsubscriptionRequest>> onDone) {
  get(endpointPath(Operation::ListUnsubscriptions), toQueryParams(query), std::move(onDone));
}

void MarketplaceClient::unsubscriptionCandidates(ApiCallback<ItemList<UnsubscriptionCandidate>> onDone) {
  get(endpointPath(Operation::ListUnsubscriptionCandidates), {}, std::move(onDone));
}

void MarketplaceClient::unsubscription(const std::string& requestId, ApiCallback<UnsubscriptionRequest> onDone) {
  get(endpointPath(Operation::GetUnsubscription, requestId), {}, std::move(onDone));
}

void MarketplaceClient::orderUnsubscription(const std::string& orderId, ApiCallback<UnsubscriptionCandidate> onDone) {
  get(endpointPath(Operation::GetOrderUnsubscription, orderId), {}, std::move(onDone));
}

void MarketplaceClient::createUnsubscription(const UnsubscriptionBody& body, const std::string& idempotencyKey,
                                             ApiCallback<UnsubscriptionRequest> onDone) {
  post(endpointPath(Operation::CreateUnsubscription), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::withdrawUnsubscription(const std::string& requestId, const std::string& idempotencyKey,
                                               ApiCallback<UnsubscriptionRequest> onDone) {
  post(endpointPath(Operation::WithdrawUnsubscription, requestId), EmptyBody{}, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::approveUnsubscription(const std::string& requestId, const std::string& idempotencyKey,
                                              ApiCallback<UnsubscriptionRequest> onDone) {
  post(endpointPath(Operation::TestApproveUnsubscription, requestId), EmptyBody{}, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::rejectUnsubscription(const std::string& requestId, const UnsubscriptionRejectBody& body,
                                             const std::string& idempotencyKey,
                                             ApiCallback<UnsubscriptionRequest> onDone) {
  post(endpointPath(Operation::TestRejectUnsubscription, requestId), body, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::refundPaid(const std::string& requestId, const std::string& idempotencyKey,
                                   ApiCallback<UnsubscriptionRequest> onDone) {
  post(endpointPath(Operation::TestRefundPaid, requestId), EmptyBody{}, idempotencyKey, std::move(onDone));
}

void MarketplaceClient::confirmInvoiceReturn(const std::string& invoiceId, const std::string& idempotencyKey,
                                             ApiCallback<Invoice> onDone) {
  post(endpointPath(Operation::TestConfirmInvoiceReturn, invoiceId), EmptyBody{}, idempotencyKey, std::move(onDone));
}

}  // namespace koo::api
