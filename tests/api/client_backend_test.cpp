// The client against the real backend router in-process (LocalTransport over Router, the
// offline demo's wiring): sign-in, the lists, the password reveal with its audit, a whole
// supervised flow to completion, an appeal after 5 idle days, and errors as values.
#include <gtest/gtest.h>

#include <functional>
#include <optional>

#include "api/local_transport.h"
#include "api/marketplace_client.h"
#include "demo_data.h"
#include "memory_store.h"
#include "router.h"

namespace koo::api {
namespace {

// LocalTransport answers immediately, so a call's result is there when the call returns.
template <class T>
ApiResult<T> await(const std::function<void(ApiCallback<T>)>& call) {
  std::optional<ApiResult<T>> result;
  call([&](ApiResult<T> r) { result.emplace(std::move(r)); });
  if (!result) return ApiError{ApiErrorKind::Network, 0, "NO_ANSWER", "no answer", "", "", 0};
  return std::move(*result);
}

class ClientBackendTest : public ::testing::Test {
 protected:
  ClientBackendTest()
      : now(*parseIsoUtc("2025-03-01T08:00:00Z")),
        store(loadSeed(now)),
        router(store, backend::fixedClock(now), backend::RouterOptions{true}),
        transport(withoutDelay([this](const HttpRequest& request) { return router.handle(request); })),
        client(transport) {}

  static backend::SeedData loadSeed(Timestamp now) {
    auto seed = backend::loadDemoData(backend::embeddedDemoData(), now);
    EXPECT_TRUE(seed.ok()) << (seed.ok() ? "" : seed.error());
    return seed.ok() ? seed.value() : backend::SeedData{};
  }

  std::string nextKey() { return "key-" + std::to_string(++keys); }

  void signInAs(const std::string& userName, const std::string& password) {
    auto signedIn = await<SignInResponse>([&](auto done) {
      client.signIn(SignInRequest{std::nullopt, userName, password}, nextKey(), done);
    });
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message;
  }

  // The page a list call answers for `query`; a failed call fails the test (and is empty).
  template <class Query, class Item>
  Page<Item> listed(void (MarketplaceClient::*list)(const Query&, ApiCallback<Page<Item>>), const Query& query) {
    auto page = await<Page<Item>>([&](auto done) { (client.*list)(query, done); });
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? page.value() : Page<Item>{{}, 0, 1, 1};
  }

  // The first supervised order of the signed-in buyer in `stage`.
  std::optional<SupervisedOrderSummary> firstInStage(FlowStage stage) {
    SupervisedOrderQuery query;
    query.stage = stage;
    query.pageSize = 100;
    const auto page = listed(&MarketplaceClient::listSupervisedOrders, query);
    if (page.items.empty()) return std::nullopt;
    return page.items.front();
  }

  Timestamp now;
  backend::MemoryStore store;
  backend::Router router;
  LocalTransport transport;
  MarketplaceClient client;
  int keys = 0;
};

TEST_F(ClientBackendTest, HealthDemoBuyersAndSignIn) {
  auto health = await<HealthStatus>([&](auto done) { client.health(done); });
  ASSERT_TRUE(health.ok()) << health.error().message;
  EXPECT_TRUE(health->testMode);

  auto buyers = await<ItemList<Buyer>>([&](auto done) { client.demoBuyers(done); });
  ASSERT_TRUE(buyers.ok()) << buyers.error().message;
  EXPECT_GE(buyers->items.size(), 3u);

  auto anonymous = await<Page<PurchasedApp>>([&](auto done) { client.listPurchasedApps({}, done); });
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().httpStatus, 401);
  EXPECT_EQ(anonymous.error().code, "UNAUTHORIZED");

  signInAs("alice", "alice-demo-2025");
  auto me = await<Buyer>([&](auto done) { client.me(done); });
  ASSERT_TRUE(me.ok()) << me.error().message;
  EXPECT_EQ(me->userName, "alice");
}

TEST_F(ClientBackendTest, SignOutEndsTheSessionOnTheServer) {
  signInAs("alice", "alice-demo-2025");
  const std::string token = client.token();
  auto out = await<NoContent>([&](auto done) { client.signOut(nextKey(), done); });
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_TRUE(client.token().empty());
  client.setToken(token);  // the old token is refused by the server, not only forgotten here
  auto me = await<Buyer>([&](auto done) { client.me(done); });
  ASSERT_FALSE(me.ok());
  EXPECT_EQ(me.error().httpStatus, 401);
}

TEST_F(ClientBackendTest, PurchasedAppsDetailsAndAuditedPasswordReveal) {
  signInAs("alice", "alice-demo-2025");
  PurchasedAppQuery query;
  query.pageSize = 100;
  const auto all = listed(&MarketplaceClient::listPurchasedApps, query);
  ASSERT_FALSE(all.items.empty());

  query.status = ResourceStatus::Expired;
  for (const auto& app : listed(&MarketplaceClient::listPurchasedApps, query).items)
    EXPECT_EQ(app.status, ResourceStatus::Expired);

  std::optional<ResourceDetails> withPassword;
  for (const auto& app : all.items) {
    auto details = await<ResourceDetails>([&](auto done) { client.resourceDetails(app.instanceId, done); });
    ASSERT_TRUE(details.ok()) << details.error().message;
    if (details->applicationInfo.hasPassword) {
      withPassword = details.value();
      break;
    }
  }
  ASSERT_TRUE(withPassword.has_value()) << "the demo data has apps with a password";
  const std::string instanceId = withPassword->basicInfo.instanceId;
  auto revealed = await<PasswordReveal>([&](auto done) { client.revealPassword(instanceId, nextKey(), done); });
  ASSERT_TRUE(revealed.ok()) << revealed.error().message;
  EXPECT_FALSE(revealed->password.empty());

  auto audit = await<ItemList<AuditEntry>>([&](auto done) { client.auditLog(done); });
  ASSERT_TRUE(audit.ok()) << audit.error().message;
  ASSERT_FALSE(audit->items.empty());
  EXPECT_EQ(audit->items.back().action, "PASSWORD_REVEAL");
  EXPECT_EQ(audit->items.back().targetId, instanceId);

  auto missing = await<ResourceDetails>([&](auto done) { client.resourceDetails("no-such-instance", done); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "NOT_FOUND");
}

TEST_F(ClientBackendTest, ASupervisedFlowFromRequestToPurchasedApp) {
  signInAs("alice", "alice-demo-2025");
  const auto waiting = firstInStage(FlowStage::WaitingRequest);
  ASSERT_TRUE(waiting.has_value()) << "the demo data has an order waiting for the buyer's request";
  const std::string orderId = waiting->orderId;

  auto details = await<SupervisedOrderDetails>([&](auto done) { client.supervisedOrder(orderId, done); });
  ASSERT_TRUE(details.ok()) << details.error().message;
  EXPECT_EQ(details->allowedActions.front(), BuyerAction::SubmitRequest);
  SubmitRequestBody request;
  for (const auto& field : details->requestForm)
    request.fields[field.key] = field.type == FormFieldType::Number ? "2"
                                : field.type == FormFieldType::Date ? "2025-04-01"
                                                                    : "Filled in by the api test";

  const std::string submitKey = nextKey();
  auto submitted = await<SupervisedOrderDetails>([&](auto done) { client.submitRequest(orderId, request, submitKey, done); });
  ASSERT_TRUE(submitted.ok()) << submitted.error().message;
  EXPECT_EQ(submitted->flow.stage, FlowStage::WaitingSellerAccept);

  // The same key again: the first answer, nothing applied twice.
  auto replayed = await<SupervisedOrderDetails>([&](auto done) { client.submitRequest(orderId, request, submitKey, done); });
  ASSERT_TRUE(replayed.ok()) << replayed.error().message;
  EXPECT_TRUE(replayed.value() == submitted.value());

  auto accepted = await<SupervisedOrderDetails>([&](auto done) {
    client.sellerAction(orderId, SellerActionBody{SellerAction::AcceptRequest, std::nullopt, std::nullopt}, nextKey(), done);
  });
  ASSERT_TRUE(accepted.ok()) << accepted.error().message;
  EXPECT_EQ(accepted->flow.stage, FlowStage::WaitingDelivery);

  auto delivered = await<SupervisedOrderDetails>([&](auto done) {
    client.sellerAction(orderId, SellerActionBody{SellerAction::Deliver, std::nullopt, DeliveryInput{"Done.", std::nullopt, std::nullopt}},
                        nextKey(), done);
  });
  ASSERT_TRUE(delivered.ok()) << delivered.error().message;
  EXPECT_EQ(delivered->flow.stage, FlowStage::WaitingBuyerConfirm);

  auto confirmed = await<SupervisedOrderDetails>([&](auto done) { client.confirmAcceptance(orderId, nextKey(), done); });
  ASSERT_TRUE(confirmed.ok()) << confirmed.error().message;
  EXPECT_EQ(confirmed->flow.stage, FlowStage::Completed);
  EXPECT_EQ(confirmed->order.status, OrderStatus::Completed);
  EXPECT_TRUE(confirmed->allowedActions.empty());

  auto again = await<SupervisedOrderDetails>([&](auto done) { client.confirmAcceptance(orderId, nextKey(), done); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().httpStatus, 409);
  EXPECT_EQ(again.error().code, "CONFLICT");

  PurchasedAppQuery byOrder;
  byOrder.q = orderId;
  const auto apps = listed(&MarketplaceClient::listPurchasedApps, byOrder);
  ASSERT_EQ(apps.total, 1);
  EXPECT_EQ(apps.items.front().orderId, orderId);
}

TEST_F(ClientBackendTest, AppealAfterFiveIdleDaysFreezesTheFlow) {
  signInAs("alice", "alice-demo-2025");
  auto candidate = firstInStage(FlowStage::WaitingDelivery);
  if (!candidate) candidate = firstInStage(FlowStage::WaitingSellerAccept);
  ASSERT_TRUE(candidate.has_value()) << "the demo data has an order waiting for the seller";
  const std::string orderId = candidate->orderId;

  auto moved = await<TestClock>([&](auto done) {
    client.setTestClock(TestClockBody{std::nullopt, 6 * kSecondsPerDay}, nextKey(), done);
  });
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  signInAs("alice", "alice-demo-2025");  // six days later the session has expired

  auto details = await<SupervisedOrderDetails>([&](auto done) { client.supervisedOrder(orderId, done); });
  ASSERT_TRUE(details.ok()) << details.error().message;
  EXPECT_TRUE(details->appeal.available) << details->appeal.reason.value_or("");

  auto appealed = await<SupervisedOrderDetails>([&](auto done) {
    client.initiateAppeal(orderId, ReasonBody{"No progress for six days."}, nextKey(), done);
  });
  ASSERT_TRUE(appealed.ok()) << appealed.error().message;
  EXPECT_EQ(appealed->flow.stage, FlowStage::Appealing);
  EXPECT_EQ(appealed->flow.frozenStage, candidate->stage);

  auto frozen = await<SupervisedOrderDetails>([&](auto done) {
    client.remindSeller(orderId, RemindBody{}, nextKey(), done);
  });
  ASSERT_FALSE(frozen.ok());
  EXPECT_EQ(frozen.error().code, "CONFLICT");

  auto resumed = await<SupervisedOrderDetails>([&](auto done) {
    client.appealDecision(orderId, AppealDecisionBody{AppealDecision::Resume, std::nullopt}, nextKey(), done);
  });
  ASSERT_TRUE(resumed.ok()) << resumed.error().message;
  EXPECT_EQ(resumed->flow.stage, candidate->stage);
}

TEST_F(ClientBackendTest, BuyersSeeOnlyTheirOwnOrders) {
  signInAs("alice", "alice-demo-2025");
  OrderQuery query;
  query.pageSize = 1;
  const auto aliceOrders = listed(&MarketplaceClient::listOrders, query);
  ASSERT_FALSE(aliceOrders.items.empty());
  const std::string aliceOrderId = aliceOrders.items.front().orderId;

  signInAs("bob", "bob-demo-2025");
  auto foreign = await<Order>([&](auto done) { client.order(aliceOrderId, done); });
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().httpStatus, 404);
}

// Issue 13: paying, the stand-in's refusals as error values, cancelling, and the supervised
// order's password during its flow.
TEST_F(ClientBackendTest, PayCancelAndASupervisedOrdersPassword) {
  signInAs("alice", "alice-demo-2025");
  OrderQuery unpaid;
  unpaid.status = OrderStatus::PendingPayment;
  unpaid.pageSize = 100;
  const Page<Order> pending = listed(&MarketplaceClient::listOrders, unpaid);
  const auto find = [&](const std::string& productId) {
    for (const Order& order : pending.items)
      if (order.productId == productId) return order;
    ADD_FAILURE() << "no unpaid order of " << productId;
    return Order{};
  };
  const Order declined = find("prod-sms");
  auto refused = await<Order>([&](auto done) { client.payOrder(declined.orderId, PayOrderBody{}, nextKey(), done); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().httpStatus, 402);
  EXPECT_EQ(refused.error().code, "PAYMENT_FAILED");
  EXPECT_FALSE(refused.error().outcomeUnknown());  // a definite refusal: a new attempt is a new intent

  const Order crm = find("prod-crm");
  ASSERT_TRUE(crm.paymentDeadline.has_value());
  auto paid = await<Order>([&](auto done) {
    client.payOrder(crm.orderId, PayOrderBody{PaymentMethod::MonthlySettlement}, nextKey(), done);
  });
  ASSERT_TRUE(paid.ok()) << paid.error().message;
  EXPECT_EQ(paid->status, OrderStatus::Completed);
  EXPECT_EQ(paid->paymentMethod, PaymentMethod::MonthlySettlement);

  const Order hr = find("prod-hr");
  auto cancelled = await<Order>([&](auto done) { client.cancelOrder(hr.orderId, nextKey(), done); });
  ASSERT_TRUE(cancelled.ok()) << cancelled.error().message;
  EXPECT_EQ(cancelled->cancelReason, OrderCancelReason::BuyerCancelled);

  const auto waiting = firstInStage(FlowStage::WaitingBuyerConfirm);
  ASSERT_TRUE(waiting.has_value());
  auto revealed = await<PasswordReveal>([&](auto done) { client.revealSupervisedPassword(waiting->orderId, nextKey(), done); });
  ASSERT_TRUE(revealed.ok()) << revealed.error().message;
  EXPECT_EQ(revealed->password, store.findSupervision("buyer-001", waiting->orderId)->password);
}

}  // namespace
}  // namespace koo::api
