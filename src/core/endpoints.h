// Every operation of contract/openapi.yaml with its method and path template: the one table
// the api client builds its URLs from and the backend router registers its routes from.
#pragma once

#include <string>
#include <string_view>

namespace koo {

// Named as the contract's operationIds.
enum class Operation {
  GetHealth, ListDemoBuyers, SignIn, SignOut, GetMe,
  ListPurchasedApps, GetResourceDetails, RevealPassword,
  ListSupervisedOrders, GetSupervisedOrder, SubmitRequest, ConfirmAcceptance, RejectDelivery,
  RemindSeller, InitiateAppeal, RevealSupervisedPassword,
  ListOrders, GetOrder,
  PayOrder, CancelOrder,  // issue 13: paying and cancelling unpaid orders
  TestSellerAction, TestAppealDecision, TestProvisioningFailure, TestGetClock, TestSetClock,
  TestAuditLog, TestGetFaults, TestSetFaults,
  TestPaymentOutcome,  // issue 13
  // Renewals and auto-renew.
  ListRenewals, CreateRenewalOrders, SetAutoRenew,
  // Expiry reminders (issue 14).
  ListExpiryReminders, DismissExpiryReminder,
  // Negotiated unsubscription (issue 14) and the seller's side of it in test mode.
  ListUnsubscriptions, ListUnsubscriptionCandidates, GetUnsubscription, CreateUnsubscription,
  WithdrawUnsubscription, GetOrderUnsubscription,
  TestApproveUnsubscription, TestRejectUnsubscription, TestRefundPaid,
  // Invoices: the list, one invoice, asking to return it, the customer information; test mode:
  // operations confirming a return.
  ListInvoices, GetInvoice, RequestInvoiceReturn, GetInvoiceCustomer, SetInvoiceCustomer,
  TestConfirmInvoiceReturn,
  // Changing specifications and trial -> commercial.
  GetChangeOptions, CreateChangeOrder, CreateConversionOrder,
};

struct Endpoint {
  Operation operation;
  std::string_view operationId;  // as in the contract
  std::string_view method;       // "GET" or "POST"
  std::string_view path;         // below kApiBasePath, with at most one "{parameter}"
  bool needsAuth;                // a bearer token is required
  bool testOnly;                 // exists only while the backend runs in test mode
};

inline constexpr std::string_view kApiBasePath = "/api/v1";

// clang-format off
inline constexpr Endpoint kEndpoints[] = {
    {Operation::GetHealth, "getHealth", "GET", "/health", false, false},
    // Who one can sign in as is for demos and tests only: outside test mode it is no one's business.
    {Operation::ListDemoBuyers, "listDemoBuyers", "GET", "/auth/demo-buyers", false, true},
    {Operation::SignIn, "signIn", "POST", "/auth/sign-in", false, false},
    {Operation::SignOut, "signOut", "POST", "/auth/sign-out", false, false},
    {Operation::GetMe, "getMe", "GET", "/auth/me", true, false},
    {Operation::ListPurchasedApps, "listPurchasedApps", "GET", "/purchased-apps", true, false},
    {Operation::GetResourceDetails, "getResourceDetails", "GET", "/purchased-apps/{instanceId}", true, false},
    {Operation::RevealPassword, "revealPassword", "POST", "/purchased-apps/{instanceId}/password/reveal", true, false},
    {Operation::ListSupervisedOrders, "listSupervisedOrders", "GET", "/supervised-orders", true, false},
    {Operation::GetSupervisedOrder, "getSupervisedOrder", "GET", "/supervised-orders/{orderId}", true, false},
    {Operation::SubmitRequest, "submitRequest", "POST", "/supervised-orders/{orderId}/submit-request", true, false},
    {Operation::ConfirmAcceptance, "confirmAcceptance", "POST", "/supervised-orders/{orderId}/confirm-acceptance", true, false},
    {Operation::RejectDelivery, "rejectDelivery", "POST", "/supervised-orders/{orderId}/reject", true, false},
    {Operation::RemindSeller, "remindSeller", "POST", "/supervised-orders/{orderId}/remind", true, false},
    {Operation::InitiateAppeal, "initiateAppeal", "POST", "/supervised-orders/{orderId}/appeal", true, false},
    {Operation::RevealSupervisedPassword, "revealSupervisedPassword", "POST", "/supervised-orders/{orderId}/password/reveal", true, false},
    {Operation::ListOrders, "listOrders", "GET", "/orders", true, false},
    {Operation::GetOrder, "getOrder", "GET", "/orders/{orderId}", true, false},
    {Operation::PayOrder, "payOrder", "POST", "/orders/{orderId}/pay", true, false},
    {Operation::CancelOrder, "cancelOrder", "POST", "/orders/{orderId}/cancel", true, false},
    {Operation::TestSellerAction, "testSellerAction", "POST", "/test/supervised-orders/{orderId}/seller-action", true, true},
    {Operation::TestAppealDecision, "testAppealDecision", "POST", "/test/supervised-orders/{orderId}/appeal-decision", true, true},
    {Operation::TestProvisioningFailure, "testProvisioningFailure", "POST", "/test/orders/{orderId}/provisioning-failure", true, true},
    {Operation::TestGetClock, "testGetClock", "GET", "/test/clock", true, true},
    {Operation::TestSetClock, "testSetClock", "POST", "/test/clock", true, true},
    {Operation::TestAuditLog, "testAuditLog", "GET", "/test/audit-log", true, true},
    {Operation::TestGetFaults, "testGetFaults", "GET", "/test/faults", true, true},
    {Operation::TestSetFaults, "testSetFaults", "POST", "/test/faults", true, true},
    {Operation::TestPaymentOutcome, "testPaymentOutcome", "POST", "/test/orders/{orderId}/payment-outcome", true, true},
    // Renewals and auto-renew.
    {Operation::ListRenewals, "listRenewals", "GET", "/renewals", true, false},
    {Operation::CreateRenewalOrders, "createRenewalOrders", "POST", "/renewals/orders", true, false},
    {Operation::SetAutoRenew, "setAutoRenew", "POST", "/purchased-apps/{instanceId}/auto-renew", true, false},
    // Expiry reminders (issue 14).
    {Operation::ListExpiryReminders, "listExpiryReminders", "GET", "/expiry-reminders", true, false},
    {Operation::DismissExpiryReminder, "dismissExpiryReminder", "POST", "/expiry-reminders/{instanceId}/dismiss", true, false},
    // Negotiated unsubscription ("candidates" before "{requestId}": the first match wins).
    {Operation::ListUnsubscriptions, "listUnsubscriptions", "GET", "/unsubscriptions", true, false},
    {Operation::ListUnsubscriptionCandidates, "listUnsubscriptionCandidates", "GET", "/unsubscriptions/candidates", true, false},
    {Operation::GetUnsubscription, "getUnsubscription", "GET", "/unsubscriptions/{requestId}", true, false},
    {Operation::CreateUnsubscription, "createUnsubscription", "POST", "/unsubscriptions", true, false},
    {Operation::WithdrawUnsubscription, "withdrawUnsubscription", "POST", "/unsubscriptions/{requestId}/withdraw", true, false},
    {Operation::GetOrderUnsubscription, "getOrderUnsubscription", "GET", "/orders/{orderId}/unsubscription", true, false},
    {Operation::TestApproveUnsubscription, "testApproveUnsubscription", "POST", "/test/unsubscriptions/{requestId}/approve", true, true},
    {Operation::TestRejectUnsubscription, "testRejectUnsubscription", "POST", "/test/unsubscriptions/{requestId}/reject", true, true},
    {Operation::TestRefundPaid, "testRefundPaid", "POST", "/test/unsubscriptions/{requestId}/refund-paid", true, true},
    // Invoices.
    {Operation::ListInvoices, "listInvoices", "GET", "/invoices", true, false},
    {Operation::GetInvoice, "getInvoice", "GET", "/invoices/{invoiceId}", true, false},
    {Operation::RequestInvoiceReturn, "requestInvoiceReturn", "POST", "/invoices/{invoiceId}/return", true, false},
    {Operation::GetInvoiceCustomer, "getInvoiceCustomer", "GET", "/invoice-customer", true, false},
    {Operation::SetInvoiceCustomer, "setInvoiceCustomer", "POST", "/invoice-customer", true, false},
    {Operation::TestConfirmInvoiceReturn, "testConfirmInvoiceReturn", "POST", "/test/invoices/{invoiceId}/confirm-return", true, true},
    // Changing specifications and trial -> commercial.
    {Operation::GetChangeOptions, "getChangeOptions", "GET", "/purchased-apps/{instanceId}/change-options", true, false},
    {Operation::CreateChangeOrder, "createChangeOrder", "POST", "/purchased-apps/{instanceId}/change-orders", true, false},
    {Operation::CreateConversionOrder, "createConversionOrder", "POST", "/purchased-apps/{instanceId}/conversion-orders", true, false},
};
// clang-format on

const Endpoint& endpointOf(Operation operation);

// The path of `operation` below kApiBasePath, its "{parameter}" (if any) replaced by the
// percent-encoded `id`: endpointPath(Operation::GetOrder, "a b") is "/orders/a%20b".
std::string endpointPath(Operation operation, const std::string& id = {});

}  // namespace koo
