// MarketplaceClient against a fake transport: the request every method builds (method, path,
// query, headers, body), the decoded answers, and every kind of error as a value.
#include <gtest/gtest.h>

#include <functional>
#include <optional>

#include "api/marketplace_client.h"
#include "core/json_codec.h"
#include "fake_transport.h"
#include "samples.h"

namespace koo::api {
namespace {

using testing::FakeTransport;

// Keeps the one result a callback receives.
template <class T>
struct Captured {
  std::optional<ApiResult<T>> result;
  int calls = 0;
  ApiCallback<T> callback() {
    return [this](ApiResult<T> r) {
      result.emplace(std::move(r));
      ++calls;
    };
  }
};

class ClientTest : public ::testing::Test {
 protected:
  FakeTransport transport;
  MarketplaceClient client{transport};
};

struct ExpectedRequest {
  std::string name;
  std::function<void(MarketplaceClient&)> call;
  std::string method;
  std::string path;
  std::optional<Json> body;  // POSTs only
};

std::vector<ExpectedRequest> everyEndpoint() {
  auto ignore = [](auto) {};
  const std::string key = "key-1";
  return {
      {"health", [=](auto& c) { c.health(ignore); }, "GET", "/api/v1/health", {}},
      {"demo buyers", [=](auto& c) { c.demoBuyers(ignore); }, "GET", "/api/v1/auth/demo-buyers", {}},
      {"sign in", [=](auto& c) { c.signIn(SignInRequest{std::nullopt, "alice", "pw"}, key, ignore); }, "POST",
       "/api/v1/auth/sign-in", Json{{"userName", "alice"}, {"password", "pw"}}},
      {"me", [=](auto& c) { c.me(ignore); }, "GET", "/api/v1/auth/me", {}},
      {"purchased apps", [=](auto& c) { c.listPurchasedApps({}, ignore); }, "GET", "/api/v1/purchased-apps", {}},
      {"resource details", [=](auto& c) { c.resourceDetails("inst-1", ignore); }, "GET", "/api/v1/purchased-apps/inst-1", {}},
      {"reveal password", [=](auto& c) { c.revealPassword("inst-1", key, ignore); }, "POST",
       "/api/v1/purchased-apps/inst-1/password/reveal", Json::object()},
      {"supervised orders", [=](auto& c) { c.listSupervisedOrders({}, ignore); }, "GET", "/api/v1/supervised-orders", {}},
      {"supervised order", [=](auto& c) { c.supervisedOrder("CS1", ignore); }, "GET", "/api/v1/supervised-orders/CS1", {}},
      {"submit request", [=](auto& c) { c.submitRequest("CS1", samples::submitRequestBody(true), key, ignore); }, "POST",
       "/api/v1/supervised-orders/CS1/submit-request", toJsonValue(samples::submitRequestBody(true))},
      {"confirm acceptance", [=](auto& c) { c.confirmAcceptance("CS1", key, ignore); }, "POST",
       "/api/v1/supervised-orders/CS1/confirm-acceptance", Json::object()},
      {"reject delivery", [=](auto& c) { c.rejectDelivery("CS1", ReasonBody{"missing site 2"}, key, ignore); }, "POST",
       "/api/v1/supervised-orders/CS1/reject", Json{{"reason", "missing site 2"}}},
      {"remind", [=](auto& c) { c.remindSeller("CS1", RemindBody{}, key, ignore); }, "POST",
       "/api/v1/supervised-orders/CS1/remind", Json::object()},
      {"appeal", [=](auto& c) { c.initiateAppeal("CS1", ReasonBody{"no progress"}, key, ignore); }, "POST",
       "/api/v1/supervised-orders/CS1/appeal", Json{{"reason", "no progress"}}},
      {"orders", [=](auto& c) { c.listOrders({}, ignore); }, "GET", "/api/v1/orders", {}},
      {"order", [=](auto& c) { c.order("CS1", ignore); }, "GET", "/api/v1/orders/CS1", {}},
      {"seller action", [=](auto& c) { c.sellerAction("CS1", samples::sellerActionBody(SellerAction::AcceptRequest), key, ignore); },
       "POST", "/api/v1/test/supervised-orders/CS1/seller-action", Json{{"action", "ACCEPT_REQUEST"}}},
      {"appeal decision", [=](auto& c) { c.appealDecision("CS1", AppealDecisionBody{AppealDecision::Cancel, std::nullopt}, key, ignore); },
       "POST", "/api/v1/test/supervised-orders/CS1/appeal-decision", Json{{"decision", "CANCEL"}}},
      {"provisioning failure", [=](auto& c) { c.provisioningFailure("CS1", ProvisioningFailureBody{}, key, ignore); }, "POST",
       "/api/v1/test/orders/CS1/provisioning-failure", Json::object()},
      {"test clock", [=](auto& c) { c.testClock(ignore); }, "GET", "/api/v1/test/clock", {}},
      {"set test clock", [=](auto& c) { c.setTestClock(TestClockBody{std::nullopt, 60}, key, ignore); }, "POST",
       "/api/v1/test/clock", Json{{"advanceSeconds", 60}}},
      {"audit log", [=](auto& c) { c.auditLog(ignore); }, "GET", "/api/v1/test/audit-log", {}},
      {"faults", [=](auto& c) { c.faults(ignore); }, "GET", "/api/v1/test/faults", {}},
      {"set faults", [=](auto& c) { c.setFaults(FaultSpecBody{""}, key, ignore); }, "POST", "/api/v1/test/faults",
       Json{{"spec", ""}}},
      {"renewals", [=](auto& c) { c.listRenewals({}, ignore); }, "GET", "/api/v1/renewals", {}},
      {"renewal orders",
       [=](auto& c) { c.createRenewalOrders(RenewalOrderBody{{{"inst-1", {PeriodUnit::Month, 3}}}}, key, ignore); }, "POST",
       "/api/v1/renewals/orders",
       Json{{"items", Json::array({Json{{"instanceId", "inst-1"}, {"period", {{"unit", "MONTH"}, {"count", 3}}}}})}}},
      {"auto-renew", [=](auto& c) { c.setAutoRenew("inst-1", AutoRenewBody{false, std::nullopt}, key, ignore); }, "POST",
       "/api/v1/purchased-apps/inst-1/auto-renew", Json{{"enabled", false}}},
      {"invoices", [=](auto& c) { c.listInvoices({}, ignore); }, "GET", "/api/v1/invoices", {}},
      {"invoice", [=](auto& c) { c.invoice("INV-1", ignore); }, "GET", "/api/v1/invoices/INV-1", {}},
      {"invoice return", [=](auto& c) { c.requestInvoiceReturn("INV-1", InvoiceReturnBody{"r"}, key, ignore); }, "POST",
       "/api/v1/invoices/INV-1/return", Json{{"reason", "r"}}},
      {"invoice customer", [=](auto& c) { c.invoiceCustomer(ignore); }, "GET", "/api/v1/invoice-customer", {}},
      {"set invoice customer",
       [=](auto& c) { c.setInvoiceCustomer(InvoiceCustomer{"N", "a@b.cn", "Addr", std::nullopt}, key, ignore); }, "POST",
       "/api/v1/invoice-customer", Json{{"name", "N"}, {"email", "a@b.cn"}, {"address", "Addr"}}},
      {"confirm invoice return", [=](auto& c) { c.confirmInvoiceReturn("INV-1", key, ignore); }, "POST",
       "/api/v1/test/invoices/INV-1/confirm-return", Json::object()},
      {"change options", [=](auto& c) { c.changeOptions("inst-1", std::nullopt, ignore); }, "GET",
       "/api/v1/purchased-apps/inst-1/change-options", {}},
      {"change order",
       [=](auto& c) { c.createChangeOrder("inst-1", ChangeOrderBody{SpecTarget{"Pro", std::nullopt}, std::nullopt}, key, ignore); },
       "POST", "/api/v1/purchased-apps/inst-1/change-orders", Json{{"target", {{"specification", "Pro"}}}}},
      {"conversion order",
       [=](auto& c) { c.createConversionOrder("inst-1", ConversionOrderBody{"Pro", {PeriodUnit::Year, 1}}, key, ignore); },
       "POST", "/api/v1/purchased-apps/inst-1/conversion-orders",
       Json{{"specification", "Pro"}, {"period", {{"unit", "YEAR"}, {"count", 1}}}}},
  };
}

TEST_F(ClientTest, EveryEndpointBuildsItsRequest) {
  client.setToken("tok-1");
  for (const ExpectedRequest& expected : everyEndpoint()) {
    SCOPED_TRACE(expected.name);
    const size_t before = transport.sent.size();
    expected.call(client);
    ASSERT_EQ(transport.sent.size(), before + 1);
    const HttpRequest& request = transport.last();
    EXPECT_EQ(request.method, expected.method);
    EXPECT_EQ(request.path, expected.path);
    EXPECT_EQ(request.headers.at("Authorization"), "Bearer tok-1");
    EXPECT_EQ(request.headers.at("Accept"), "application/json");
    if (expected.method == "POST") {
      EXPECT_EQ(request.headers.at("Idempotency-Key"), "key-1");
      EXPECT_EQ(request.headers.at("Content-Type"), "application/json");
      const auto body = parseJsonText(request.body);
      ASSERT_TRUE(body.ok()) << request.body;
      EXPECT_EQ(body.value(), *expected.body);
    } else {
      EXPECT_FALSE(request.headers.count("Idempotency-Key"));
      EXPECT_TRUE(request.body.empty());
    }
  }
}

TEST_F(ClientTest, ListQueriesBecomeQueryParameters) {
  PurchasedAppQuery query;
  query.page = 2;
  query.q = "云帆";
  query.status = ResourceStatus::Expired;
  client.listPurchasedApps(query, [](auto) {});
  EXPECT_EQ(transport.last().query, toQueryParams(query));
  EXPECT_EQ(transport.last().query.at("status"), "EXPIRED");

  OrderQuery orders;
  orders.type = OrderType::Renewal;
  client.listOrders(orders, [](auto) {});
  EXPECT_EQ(transport.last().query.at("type"), "RENEWAL");

  SupervisedOrderQuery supervised;
  supervised.stage = FlowStage::Appealing;
  client.listSupervisedOrders(supervised, [](auto) {});
  EXPECT_EQ(transport.last().query.at("stage"), "APPEALING");

  RenewalQuery renewals;
  renewals.expires = ExpiryWindow::Within15Days;
  renewals.autoRenew = AutoRenewState::On;
  client.listRenewals(renewals, [](auto) {});
  EXPECT_EQ(transport.last().query.at("expires"), "WITHIN_15_DAYS");
  EXPECT_EQ(transport.last().query.at("autoRenew"), "ON");
  EXPECT_EQ(transport.last().query.at("sort"), "expiryTime");
  EXPECT_EQ(transport.last().query.at("order"), "asc");  // soonest expiry first
}

TEST_F(ClientTest, IdsArePercentEncodedInPaths) {
  client.resourceDetails("inst/../1 x", [](auto) {});
  EXPECT_EQ(transport.last().path, "/api/v1/purchased-apps/inst%2F..%2F1%20x");
  client.rejectDelivery("订单", ReasonBody{"r"}, "k", [](auto) {});
  EXPECT_EQ(transport.last().path, "/api/v1/supervised-orders/%E8%AE%A2%E5%8D%95/reject");
}

TEST_F(ClientTest, NoTokenNoAuthorizationHeader) {
  client.health([](auto) {});
  EXPECT_FALSE(transport.last().headers.count("Authorization"));
}

TEST_F(ClientTest, PostsWithoutAnIdempotencyKeyAreRefusedBeforeSending) {
  Captured<SupervisedOrderDetails> captured;
  client.confirmAcceptance("CS1", "", captured.callback());
  EXPECT_TRUE(transport.sent.empty());
  ASSERT_EQ(captured.calls, 1);
  ASSERT_FALSE(captured.result->ok());
  EXPECT_EQ(captured.result->error().kind, ApiErrorKind::InvalidRequest);
  client.confirmAcceptance("CS1", std::string(129, 'k'), captured.callback());
  EXPECT_TRUE(transport.sent.empty());
  EXPECT_EQ(captured.calls, 2);
}

TEST_F(ClientTest, SignInKeepsTheTokenForLaterRequests) {
  Captured<SignInResponse> captured;
  client.signIn(samples::signInRequest(), "k", captured.callback());
  EXPECT_FALSE(transport.last().headers.count("Authorization"));
  transport.answer(200, encodeJsonText(samples::signInResponse()));
  ASSERT_TRUE(captured.result->ok());
  EXPECT_EQ(client.token(), samples::signInResponse().token);
  client.me([](auto) {});
  EXPECT_EQ(transport.last().headers.at("Authorization"), "Bearer " + samples::signInResponse().token);
}

TEST_F(ClientTest, FailedSignInKeepsTheOldToken) {
  client.setToken("old");
  Captured<SignInResponse> captured;
  client.signIn(samples::signInRequest(), "k", captured.callback());
  transport.answer(401, encodeJsonText(ErrorInfo{"UNAUTHORIZED", "Unknown buyer", "req-9"}));
  ASSERT_FALSE(captured.result->ok());
  EXPECT_TRUE(captured.result->error().unauthorized());
  EXPECT_EQ(client.token(), "old");
}

TEST_F(ClientTest, AnswerOutlivingTheClientStillReachesTheCaller) {
  Captured<SignInResponse> captured;
  {
    MarketplaceClient shortLived(transport);
    shortLived.signIn(samples::signInRequest(), "k", captured.callback());
  }
  transport.answer(200, encodeJsonText(samples::signInResponse()));
  ASSERT_EQ(captured.calls, 1);
  EXPECT_TRUE(captured.result->ok());
}

TEST_F(ClientTest, DecodesEveryKindOfAnswer) {
  Captured<Page<PurchasedApp>> apps;
  client.listPurchasedApps({}, apps.callback());
  const Page<PurchasedApp> page{{samples::purchasedApp(true), samples::purchasedApp(false)}, 42, 1, 20};
  transport.answer(200, encodeJsonText(page));
  ASSERT_TRUE(apps.result->ok()) << apps.result->error().message;
  EXPECT_TRUE(apps.result->value() == page);

  Captured<SupervisedOrderDetails> details;
  client.supervisedOrder("CS1", details.callback());
  transport.answer(200, encodeJsonText(samples::supervisedOrderDetails(true)));
  ASSERT_TRUE(details.result->ok());
  EXPECT_TRUE(details.result->value() == samples::supervisedOrderDetails(true));

  Captured<ResourceDetails> resource;
  client.resourceDetails("inst-1", resource.callback());
  transport.answer(200, encodeJsonText(samples::resourceDetails(false)));
  ASSERT_TRUE(resource.result->ok());
  EXPECT_TRUE(resource.result->value() == samples::resourceDetails(false));

  Captured<PasswordReveal> password;
  client.revealPassword("inst-1", "k", password.callback());
  transport.answer(200, encodeJsonText(samples::passwordReveal()));
  ASSERT_TRUE(password.result->ok());
  EXPECT_EQ(password.result->value().password, samples::passwordReveal().password);

  Captured<Page<Order>> orders;
  client.listOrders({}, orders.callback());
  transport.answer(200, encodeJsonText(Page<Order>{{samples::order(true)}, 1, 1, 20}));
  ASSERT_TRUE(orders.result->ok());
  EXPECT_EQ(orders.result->value().items.at(0).orderId, samples::order(true).orderId);
}

TEST_F(ClientTest, ErrorAnswersBecomeApiErrors) {
  Captured<SupervisedOrderDetails> captured;
  client.initiateAppeal("CS1", ReasonBody{"r"}, "k", captured.callback());
  transport.answer(409, encodeJsonText(ErrorInfo{"CONFLICT", "Appeal is available after 5 days (in 2 days)", "req-1"}),
                   {{"X-Request-Id", "req-1"}});
  ASSERT_FALSE(captured.result->ok());
  const ApiError& error = captured.result->error();
  EXPECT_EQ(error.kind, ApiErrorKind::Http);
  EXPECT_EQ(error.httpStatus, 409);
  EXPECT_EQ(error.code, "CONFLICT");
  EXPECT_EQ(error.message, "Appeal is available after 5 days (in 2 days)");
  EXPECT_EQ(error.requestId, "req-1");
  EXPECT_TRUE(error.decodePath.empty());
  EXPECT_FALSE(error.retryable());
}

TEST_F(ClientTest, ErrorStatusWithoutAnErrorBodyStillHasACode) {
  Captured<Page<Order>> captured;
  client.listOrders({}, captured.callback());
  transport.answer(503, "<html>Service Unavailable</html>", {{"x-request-id", "req-proxy"}});
  ASSERT_FALSE(captured.result->ok());
  EXPECT_EQ(captured.result->error().code, "UNAVAILABLE");
  EXPECT_EQ(captured.result->error().httpStatus, 503);
  EXPECT_EQ(captured.result->error().requestId, "req-proxy");
  EXPECT_EQ(captured.result->error().decodePath, "$");
  EXPECT_TRUE(captured.result->error().retryable());

  client.listOrders({}, captured.callback());
  transport.answer(418, "");
  EXPECT_EQ(captured.result->error().code, "HTTP_418");
}

TEST_F(ClientTest, SuccessWithABodyOffContractIsABadResponse) {
  Captured<Page<PurchasedApp>> captured;
  client.listPurchasedApps({}, captured.callback());
  Json page = toJsonValue(Page<PurchasedApp>{{samples::purchasedApp(true), samples::purchasedApp(true)}, 2, 1, 20});
  page["items"][1]["status"] = "SUSPENDED";
  transport.answer(200, dumpJson(page));
  ASSERT_FALSE(captured.result->ok());
  EXPECT_EQ(captured.result->error().kind, ApiErrorKind::BadResponse);
  EXPECT_EQ(captured.result->error().code, "BAD_RESPONSE");
  EXPECT_EQ(captured.result->error().decodePath, "$.items[1].status");

  client.listPurchasedApps({}, captured.callback());
  transport.answer(200, R"({"items":[{"instanceId":"i)");  // a cut-off body
  EXPECT_EQ(captured.result->error().kind, ApiErrorKind::BadResponse);
  EXPECT_EQ(captured.result->error().decodePath, "$");
}

TEST_F(ClientTest, NetworkFailuresAndTimeouts) {
  Captured<HealthStatus> captured;
  client.health(captured.callback());
  transport.fail(TransportError::Network, "connection refused");
  EXPECT_EQ(captured.result->error().kind, ApiErrorKind::Network);
  EXPECT_EQ(captured.result->error().code, "NETWORK_ERROR");
  EXPECT_EQ(captured.result->error().message, "connection refused");
  EXPECT_EQ(captured.result->error().httpStatus, 0);
  EXPECT_TRUE(captured.result->error().retryable());

  client.health(captured.callback());
  transport.fail(TransportError::Timeout);
  EXPECT_EQ(captured.result->error().kind, ApiErrorKind::Timeout);
  EXPECT_EQ(captured.result->error().code, "TIMEOUT");
  EXPECT_FALSE(captured.result->error().message.empty());
  EXPECT_EQ(captured.calls, 2);
}

}  // namespace
}  // namespace koo::api
