// Router tests of issue 13's order paths: the supervised order's password revealed during the
// flow (audited, only once provisioned), the seller's stand-in provisioning on accepting, paying
// (by type, refusals of the payment stand-in), cancelling, the payment deadline and isolation.
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

class RouterOrders : public RouterTest {
 protected:
  std::string revealPath(const std::string& orderId) {
    return "/api/v1/supervised-orders/" + orderId + "/password/reveal";
  }
  // The order of `buyerId` for this product and specification, from the seed.
  std::string orderOf(const std::string& buyerId, const std::string& productId, const std::string& spec,
                      OrderStatus status = OrderStatus::PendingPayment) {
    for (const auto& r : seed_.orders)
      if (r.buyerId == buyerId && r.order.productId == productId && r.order.specification == spec &&
          r.order.status == status)
        return r.order.orderId;
    ADD_FAILURE() << "no such order in the demo data: " << productId << " " << spec;
    return "";
  }
  std::string payPath(const std::string& orderId) { return "/api/v1/orders/" + orderId + "/pay"; }
  std::string cancelPath(const std::string& orderId) { return "/api/v1/orders/" + orderId + "/cancel"; }
  // buyer-001's supervised order whose seller has not provisioned the instance yet.
  std::string unprovisioned() {
    for (const auto& s : seed_.supervisions)
      if (s.buyerId == "buyer-001" && !s.applicationInfo) return s.orderId;
    ADD_FAILURE() << "the demo data has no unprovisioned supervised order";
    return "";
  }
};

TEST_F(RouterOrders, ASupervisedOrdersPasswordIsRevealedBeforeCompletionAndAudited) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingBuyerConfirm);
  const std::string password = store_->findSupervision("buyer-001", order)->password;
  ASSERT_FALSE(password.empty());
  Answer a = post(revealPath(order), "", token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["password"], password);
  const auto log = store_->auditLog("buyer-001");
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back().action, "SUPERVISED_PASSWORD_REVEAL");
  EXPECT_EQ(log.back().targetId, order);
  EXPECT_EQ(*findHeader(a.response.headers, "X-Request-Id"), log.back().requestId);
  // A repeat with the same key reads it again and is audited again (secrets are never kept).
  const std::string key = nextKey();
  EXPECT_EQ(post(revealPath(order), "{}", token, key).status(), 200);
  EXPECT_EQ(post(revealPath(order), "{}", token, key).status(), 200);
  EXPECT_EQ(store_->auditLog("buyer-001").size(), log.size() + 2);
}

TEST_F(RouterOrders, NoPasswordBeforeTheSellerProvidedTheInformationNorForOthers) {
  const std::string token = alice();
  const std::string order = unprovisioned();
  expectError(post(revealPath(order), "", token), 409, "CONFLICT", "not provided the application information");
  Answer details = get("/api/v1/supervised-orders/" + order, token);
  ASSERT_EQ(details.status(), 200);
  EXPECT_FALSE(details.json.contains("applicationInfo"));
  const std::string bobs = supervisedOrder("buyer-002", FlowStage::WaitingRequest);
  expectError(post(revealPath(bobs), "", token), 404, "NOT_FOUND");
  expectError(post(revealPath(order), "[]", token), 422, "VALIDATION");
  EXPECT_TRUE(store_->auditLog("buyer-001").empty());
}

TEST_F(RouterOrders, TheSellerAcceptingTheRequestProvisionsTheLogin) {
  const std::string token = alice();
  const std::string order = unprovisioned();
  const std::string submit = "/api/v1/supervised-orders/" + order + "/submit-request";
  Answer submitted = post(submit, R"({"fields":{"sourceDatabase":"MySQL 8","dataSizeGb":"40"}})", token);
  ASSERT_EQ(submitted.status(), 200) << submitted.response.body;
  Answer accepted = post("/api/v1/test/supervised-orders/" + order + "/seller-action",
                         R"({"action":"ACCEPT_REQUEST"})", token);
  ASSERT_EQ(accepted.status(), 200) << accepted.response.body;
  ASSERT_TRUE(accepted.json.contains("applicationInfo"));
  EXPECT_TRUE(accepted.json["applicationInfo"]["hasPassword"].get<bool>());
  EXPECT_EQ(accepted.json["applicationInfo"]["frontEndUrl"].get<std::string>().rfind("https://", 0), 0u);
  Answer revealed = post(revealPath(order), "", token);
  ASSERT_EQ(revealed.status(), 200) << revealed.response.body;
  EXPECT_EQ(revealed.json["password"], store_->findSupervision("buyer-001", order)->password);
}

TEST_F(RouterOrders, PayingAnOrdinaryOrderProvisionsItIntoPurchasedApps) {
  const std::string token = alice();
  const std::string order = orderOf("buyer-001", "prod-crm", "Professional, 50 users");
  Answer listed = get("/api/v1/orders/" + order, token);
  ASSERT_EQ(listed.status(), 200);
  const Timestamp created = store_->findOrder("buyer-001", order)->order.createdTime;
  EXPECT_EQ(listed.json["paymentDeadline"], formatIsoUtc(created + std::chrono::hours{7 * 24}));
  EXPECT_EQ(listed.json["secondsToDeadline"], epochSeconds(created) + 7 * 86400 - epochSeconds(kFixedNow));
  const size_t appsBefore = store_->appsOf("buyer-001").size();
  const std::string key = nextKey();
  Answer paid = post(payPath(order), R"({"method":"BALANCE"})", token, key);
  ASSERT_EQ(paid.status(), 200) << paid.response.body;
  EXPECT_EQ(paid.json["status"], "COMPLETED");
  EXPECT_EQ(paid.json["paymentMethod"], "BALANCE");
  EXPECT_FALSE(paid.json.contains("paymentDeadline"));
  ASSERT_TRUE(paid.json.contains("instanceId"));
  const std::string instance = paid.json["instanceId"];
  const auto app = store_->findApp("buyer-001", instance);
  ASSERT_TRUE(app.has_value());
  EXPECT_FALSE(app->password.empty());
  EXPECT_EQ(app->app.orderId, order);
  EXPECT_TRUE(app->app.expiryTime.has_value());  // a month from now
  Answer details = get("/api/v1/orders/" + order, token);
  EXPECT_EQ(details.json["validFrom"], formatIsoUtc(kFixedNow));
  EXPECT_EQ(get("/api/v1/purchased-apps/" + instance, token).status(), 200);
  // The same intent again is the same answer; a new one is refused: it is paid.
  Answer again = post(payPath(order), R"({"method":"BALANCE"})", token, key);
  EXPECT_EQ(again.response.body, paid.response.body);
  expectError(post(payPath(order), R"({"method":"BALANCE"})", token), 409, "CONFLICT", "this one is Completed");
  EXPECT_EQ(store_->appsOf("buyer-001").size(), appsBefore + 1);
}

TEST_F(RouterOrders, PayingASupervisedOrderStartsItsServiceFlow) {
  const std::string token = alice();
  const std::string order = orderOf("buyer-001", "prod-impl", "Standard implementation");
  Answer paid = post(payPath(order), R"({"method":"ONLINE_CARD"})", token);
  ASSERT_EQ(paid.status(), 200) << paid.response.body;
  EXPECT_EQ(paid.json["status"], "PROCESSING");
  Answer flow = get("/api/v1/supervised-orders/" + order, token);
  ASSERT_EQ(flow.status(), 200) << flow.response.body;
  EXPECT_EQ(flow.json["flow"]["stage"], "WAITING_REQUEST");
  EXPECT_EQ(flow.json["history"][0]["kind"], "ORDER_PAID");
  EXPECT_EQ(flow.json["allowedActions"], Json::array({"SUBMIT_REQUEST"}));
  EXPECT_FALSE(flow.json.contains("applicationInfo"));  // the seller provisions on accepting
  EXPECT_FALSE(store_->findApp("buyer-001", paid.json["instanceId"]).has_value());
}

TEST_F(RouterOrders, ThePaymentStandInRefusesAsToldAndRefusalsChangeNothing) {
  const std::string token = alice();
  const std::string failing = orderOf("buyer-001", "prod-sms", "100k messages");
  expectError(post(payPath(failing), R"({"method":"ONLINE_CARD"})", token), 402, "PAYMENT_FAILED");
  EXPECT_EQ(store_->findOrder("buyer-001", failing)->order.status, OrderStatus::PendingPayment);
  const std::string poor = orderOf("buyer-001", "prod-sign", "10,000 次签署包");
  expectError(post(payPath(poor), R"({"method":"BALANCE"})", token), 402, "INSUFFICIENT_BALANCE");
  Answer byCard = post(payPath(poor), R"({"method":"ONLINE_CARD"})", token);  // another method works
  ASSERT_EQ(byCard.status(), 200) << byCard.response.body;
  // Test mode switches the stand-in per order.
  const std::string outcome = "/api/v1/test/orders/" + failing + "/payment-outcome";
  ASSERT_EQ(post(outcome, R"({"outcome":"SUCCEED"})", token).status(), 200);
  EXPECT_EQ(post(payPath(failing), R"({"method":"BALANCE"})", token).status(), 200);
  expectError(post(payPath(failing), R"({"method":"CASH"})", token), 422, "VALIDATION", "$.method");
  expectError(post(outcome, R"({"outcome":"MAYBE"})", token), 422, "VALIDATION", "$.outcome");
}

TEST_F(RouterOrders, CancellingIsForUnpaidOrdersOnlyAndFinal) {
  const std::string token = alice();
  const std::string order = orderOf("buyer-001", "prod-hr", "500 人");
  Answer cancelled = post(cancelPath(order), "", token);
  ASSERT_EQ(cancelled.status(), 200) << cancelled.response.body;
  EXPECT_EQ(cancelled.json["status"], "CANCELLED");
  EXPECT_EQ(cancelled.json["cancelReason"], "BUYER_CANCELLED");
  expectError(post(cancelPath(order), "{}", token), 409, "CONFLICT");
  expectError(post(payPath(order), R"({"method":"BALANCE"})", token), 409, "CONFLICT");
  expectError(post(cancelPath(orderOf("buyer-001", "prod-crm", "Standard, 10 users", OrderStatus::Completed)), "", token),
              409, "CONFLICT", "this one is Completed");
  expectError(post(cancelPath(order), "[]", token), 422, "VALIDATION");
}

TEST_F(RouterOrders, AnUnpaidOrderPastItsDeadlineIsCancelledAutomatically) {
  const std::string token = alice();
  const std::string overdue = orderOf("buyer-001", "prod-helpdesk", "20 seats");
  Answer a = get("/api/v1/orders/" + overdue, token);
  EXPECT_EQ(a.json["status"], "CANCELLED");
  EXPECT_EQ(a.json["cancelReason"], "PAYMENT_TIMEOUT");
  expectError(post(payPath(overdue), R"({"method":"BALANCE"})", token), 409, "CONFLICT", "cancelled automatically");
  // The near one: due within a day, and cancelled once the clock passes its deadline.
  const std::string near = orderOf("buyer-001", "prod-hr", "500 人");
  Answer pending = get("/api/v1/orders", token, {{"status", "PENDING_PAYMENT"}, {"pageSize", "100"}});
  bool seen = false;
  for (const auto& row : pending.json["items"]) {
    EXPECT_TRUE(row.contains("paymentDeadline")) << row.dump();
    EXPECT_NE(row["orderId"], overdue);
    if (row["orderId"] == near) {
      seen = true;
      EXPECT_LE(row["secondsToDeadline"].get<std::int64_t>(), 86400 + 1800);
    }
  }
  EXPECT_TRUE(seen);
  router_->clock().advance(std::chrono::seconds{2 * 86400});
  Answer later = get("/api/v1/orders/" + near, alice());  // a new session: the first one expired meanwhile
  EXPECT_EQ(later.json["status"], "CANCELLED") << later.response.body;
  EXPECT_EQ(later.json["cancelReason"], "PAYMENT_TIMEOUT");
}

TEST_F(RouterOrders, ABuyerCannotPayOrCancelAnotherBuyersOrder) {
  const std::string token = alice();
  const std::string bobs = orderOf("buyer-002", "prod-site", "企业版");
  expectError(post(payPath(bobs), R"({"method":"BALANCE"})", token), 404, "NOT_FOUND");
  expectError(post(cancelPath(bobs), "", token), 404, "NOT_FOUND");
  expectError(post("/api/v1/test/orders/" + bobs + "/payment-outcome", R"({"outcome":"FAIL"})", token), 404,
              "NOT_FOUND");
  EXPECT_EQ(store_->findOrder("buyer-002", bobs)->order.status, OrderStatus::PendingPayment);
}

}  // namespace
}  // namespace koo::backend::test
