// Router tests of Service Supervision: list and details, every buyer action (allowed and
// refused), the test-mode seller and operations actions, and completion into Purchased Apps.
#include <algorithm>

#include "core/base64.h"
#include "core/service_flow.h"
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

class RouterFlow : public RouterTest {
 protected:
  std::string path(const std::string& orderId, const std::string& action = "") {
    return "/api/v1/supervised-orders/" + orderId + (action.empty() ? "" : "/" + action);
  }
  std::string sellerPath(const std::string& orderId) {
    return "/api/v1/test/supervised-orders/" + orderId + "/seller-action";
  }
  static std::string validRequest() {
    return R"({"fields":{"companyName":"Acme","contactPhone":"123","seats":"12","startDate":"2025-04-01"}})";
  }
  size_t historySize(const std::string& orderId) { return store_->eventsOf(orderId).size(); }
};

TEST_F(RouterFlow, ListShowsOnlyTheBuyersOrdersAndFiltersByStage) {
  const std::string token = alice();
  Answer all = get("/api/v1/supervised-orders", token, {{"pageSize", "100"}});
  ASSERT_EQ(all.status(), 200) << all.response.body;
  EXPECT_EQ(all.json["total"], store_->supervisionsOf("buyer-001").size());
  EXPECT_TRUE(decodeJson<Page<SupervisedOrderSummary>>(all.json).ok());
  for (const auto& row : all.json["items"]) EXPECT_TRUE(store_->findSupervision("buyer-001", row["orderId"]));
  Answer waiting = get("/api/v1/supervised-orders", token, {{"stage", "WAITING_REQUEST"}});
  ASSERT_GT(waiting.json["items"].size(), 0u);
  for (const auto& row : waiting.json["items"]) EXPECT_EQ(row["stage"], "WAITING_REQUEST");
  expectError(get("/api/v1/supervised-orders", token, {{"stage", "DONE"}}), 422, "VALIDATION", "query.stage");
}

TEST_F(RouterFlow, DetailsCarryHistoryAllowedActionsAndAppeal) {
  const std::string token = alice();
  const std::string silent = supervisedOrder("buyer-001", FlowStage::WaitingSellerAccept);
  Answer a = get(path(silent), token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_TRUE(decodeJson<SupervisedOrderDetails>(a.json).ok());
  EXPECT_EQ(a.json["history"].size(), historySize(silent));
  EXPECT_EQ(a.json["history"][0]["kind"], "ORDER_PAID");
  EXPECT_TRUE(a.json["applicationInfo"]["hasPassword"].get<bool>());
  EXPECT_EQ(a.response.body.find(store_->findSupervision("buyer-001", silent)->password), std::string::npos);
  const std::string bobs = supervisedOrder("buyer-002", FlowStage::WaitingRequest);
  expectError(get(path(bobs), token), 404, "NOT_FOUND");
}

TEST_F(RouterFlow, SubmitRequestMovesTheFlowAndRecordsIt) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingRequest);
  const size_t before = historySize(order);
  const std::string attachment = base64Encode("site A: 10.0.0.0/24");
  Answer a = post(path(order, "submit-request"),
                  R"({"fields":{"companyName":"Acme","contactPhone":"123","seats":"12"},)"
                  R"("attachment":{"fileName":"net.txt","contentType":"text/plain","base64":")" +
                      attachment + R"("}})",
                  token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["flow"]["stage"], "WAITING_SELLER_ACCEPT");
  EXPECT_EQ(a.json["request"]["fields"]["seats"], "12");
  EXPECT_EQ(a.json["request"]["attachment"]["sizeBytes"], 19);
  EXPECT_EQ(a.json["history"].back()["kind"], "REQUEST_SUBMITTED");
  EXPECT_EQ(a.json["history"].back()["attachment"]["fileName"], "net.txt");
  EXPECT_EQ(historySize(order), before + 1);
  EXPECT_EQ(store_->findSupervision("buyer-001", order)->flow.stage, FlowStage::WaitingSellerAccept);
  // The answer is the same as reading the details afterwards.
  EXPECT_EQ(get(path(order), token).json, a.json);
}

TEST_F(RouterFlow, SubmitRequestRefusals) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingRequest);
  expectError(post(path(order, "submit-request"), R"({"fields":{"companyName":"Acme"}})", token), 422,
              "VALIDATION", "$.fields.");
  expectError(post(path(order, "submit-request"),
                   R"({"fields":{"companyName":"Acme","contactPhone":"1","seats":"many"}})", token),
              422, "VALIDATION", "$.fields.seats");
  expectError(post(path(order, "submit-request"), R"({"fields":{"bogus":"1"}})", token), 422,
              "VALIDATION", "$.fields.bogus");
  expectError(post(path(order, "submit-request"), R"({"fields":"x"})", token), 422, "VALIDATION", "$.fields");
  expectError(post(path(order, "submit-request"), R"({"fields":{}, )", token), 400, "BAD_JSON");
  const std::string big = base64Encode(std::string(limits::kAttachmentBytes + 1, 'x'));
  expectError(post(path(order, "submit-request"),
                   R"({"fields":{},"attachment":{"fileName":"a","contentType":"b","base64":")" + big + R"("}})",
                   token),
              413, "PAYLOAD_TOO_LARGE", "$.attachment.base64");
  const std::string accepted = supervisedOrder("buyer-001", FlowStage::WaitingDelivery);
  expectError(post(path(accepted, "submit-request"), validRequest(), token), 409, "CONFLICT");
  EXPECT_EQ(store_->findSupervision("buyer-001", order)->flow.stage, FlowStage::WaitingRequest);
}

TEST_F(RouterFlow, FullFlowCompletesTheOrderAndTheAppAppears) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingRequest);
  const std::string instance = *store_->findOrder("buyer-001", order)->order.instanceId;
  EXPECT_FALSE(store_->findApp("buyer-001", instance));
  ASSERT_EQ(post(path(order, "submit-request"), validRequest(), token).status(), 200);
  ASSERT_EQ(post(sellerPath(order), R"({"action":"ACCEPT_REQUEST"})", token).status(), 200);
  Answer delivered = post(sellerPath(order),
                          R"({"action":"DELIVER","delivery":{"statementOfWork":"Done.","enablingTime":"2025-03-05T00:00:00Z"}})",
                          token);
  ASSERT_EQ(delivered.status(), 200) << delivered.response.body;
  EXPECT_EQ(delivered.json["flow"]["stage"], "WAITING_BUYER_CONFIRM");
  EXPECT_EQ(delivered.json["allowedActions"], Json({"CONFIRM_ACCEPTANCE", "REJECT_DELIVERY"}));
  expectError(get("/api/v1/purchased-apps/" + instance, token), 404, "NOT_FOUND");

  Answer done = post(path(order, "confirm-acceptance"), "", token);
  ASSERT_EQ(done.status(), 200) << done.response.body;
  EXPECT_EQ(done.json["flow"]["stage"], "COMPLETED");
  EXPECT_EQ(done.json["order"]["status"], "COMPLETED");
  EXPECT_EQ(get("/api/v1/orders/" + order, token).json["status"], "COMPLETED");
  Answer app = get("/api/v1/purchased-apps/" + instance, token);
  ASSERT_EQ(app.status(), 200) << app.response.body;
  EXPECT_EQ(app.json["basicInfo"]["involvesSupervision"], true);
  EXPECT_EQ(app.json["basicInfo"]["effectiveTime"], "2025-03-05T00:00:00Z");  // the enabling time
  EXPECT_EQ(app.json["basicInfo"]["expiryTime"], "2026-03-05T00:00:00Z");     // one-year period
  EXPECT_EQ(app.json["applicationInfo"]["hasPassword"], true);
  Answer reveal = post("/api/v1/purchased-apps/" + instance + "/password/reveal", "", token);
  EXPECT_EQ(reveal.json["password"], store_->findSupervision("buyer-001", order)->password);
  expectError(post(path(order, "confirm-acceptance"), "", token), 409, "CONFLICT", "completed");
}

TEST_F(RouterFlow, RejectDeliveryGoesBackAndCounts) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingBuyerConfirm);
  expectError(post(path(order, "reject"), R"({"reason":"   "})", token), 422, "VALIDATION", "$.reason");
  expectError(post(path(order, "reject"), R"({"reason":")" + std::string(501, 'r') + R"("})", token),
              422, "VALIDATION", "$.reason");
  expectError(post(path(order, "reject"), "{}", token), 422, "VALIDATION", "$.reason");
  Answer a = post(path(order, "reject"), R"({"reason":"Pipelines missing"})", token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["flow"]["stage"], "WAITING_DELIVERY");
  EXPECT_EQ(a.json["flow"]["deliveryRejections"], 1);
  EXPECT_EQ(a.json["history"].back()["note"], "Pipelines missing");
  expectError(post(path(order, "reject"), R"({"reason":"again"})", token), 409, "CONFLICT");
}

TEST_F(RouterFlow, RemindOncePerDay) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingDelivery);
  Answer a = post(path(order, "remind"), "", token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["history"].back()["kind"], "REMINDER_SENT");
  EXPECT_EQ(a.json["flow"]["stage"], "WAITING_DELIVERY");
  expectError(post(path(order, "remind"), R"({"message":"again?"})", token), 409, "CONFLICT", "24 hours");
  router_->clock().advance(std::chrono::hours(25));
  const std::string later = alice();
  Answer b = post(path(order, "remind"), R"({"message":"again?"})", later);
  ASSERT_EQ(b.status(), 200) << b.response.body;
  EXPECT_EQ(b.json["history"].back()["note"], "again?");
  const std::string waitingForBuyer = supervisedOrder("buyer-001", FlowStage::WaitingRequest);
  expectError(post(path(waitingForBuyer, "remind"), "", later), 409, "CONFLICT");
  expectError(post(path(order, "remind"), R"({"message":7})", later), 422, "VALIDATION", "$.message");
}

TEST_F(RouterFlow, AppealWhenTheSellerIsSilentOrAfterThreeRejections) {
  const std::string token = alice();
  // Seller silent for more than 5 days (the demo data set's appealable order).
  std::string silent;
  for (const auto& s : seed_.supervisions)
    if (s.buyerId == "buyer-001" && s.flow.stage == FlowStage::WaitingSellerAccept &&
        appealAvailability(s.flow, kFixedNow).available)
      silent = s.orderId;
  ASSERT_FALSE(silent.empty());
  EXPECT_EQ(get(path(silent), token).json["appeal"]["available"], true);
  Answer a = post(path(silent, "appeal"), R"({"reason":"No answer for a week"})", token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["flow"]["stage"], "APPEALING");
  EXPECT_EQ(a.json["flow"]["frozenStage"], "WAITING_SELLER_ACCEPT");
  EXPECT_EQ(a.json["allowedActions"], Json::array());
  expectError(post(path(silent, "remind"), "", token), 409, "CONFLICT", "frozen");

  const std::string rejected = supervisedOrder("buyer-001", FlowStage::WaitingRequest, 3);
  EXPECT_EQ(post(path(rejected, "appeal"), R"({"reason":"Rejected 3 times"})", token).status(), 200);

  const std::string fresh = supervisedOrder("buyer-001", FlowStage::WaitingDelivery);
  Answer early = post(path(fresh, "appeal"), R"({"reason":"impatient"})", token);
  expectError(early, 409, "CONFLICT", "5 days");
  router_->clock().advance(std::chrono::hours(24 * 6));
  EXPECT_EQ(post(path(fresh, "appeal"), R"({"reason":"now silent"})", alice()).status(), 200);
}

TEST_F(RouterFlow, AppealDecisions) {
  const std::string token = alice();
  const std::string frozen = supervisedOrder("buyer-001", FlowStage::Appealing);
  const std::string decide = "/api/v1/test/supervised-orders/" + frozen + "/appeal-decision";
  expectError(post(decide, R"({"decision":"MAYBE"})", token), 422, "VALIDATION", "$.decision");
  Answer resumed = post(decide, R"({"decision":"RESUME","note":"Seller promised Friday"})", token);
  ASSERT_EQ(resumed.status(), 200) << resumed.response.body;
  EXPECT_EQ(resumed.json["flow"]["stage"], "WAITING_DELIVERY");
  expectError(post(decide, R"({"decision":"CANCEL"})", token), 409, "CONFLICT");

  router_->clock().advance(std::chrono::hours(24 * 6));
  const std::string t2 = alice();
  ASSERT_EQ(post(path(frozen, "appeal"), R"({"reason":"Still nothing"})", t2).status(), 200);
  Answer cancelled = post(decide, R"({"decision":"CANCEL","note":"Refunded"})", t2);
  ASSERT_EQ(cancelled.status(), 200) << cancelled.response.body;
  EXPECT_EQ(cancelled.json["flow"]["stage"], "CANCELLED");
  EXPECT_EQ(cancelled.json["order"]["status"], "CANCELLED");
  EXPECT_NE(cancelled.json["order"]["statusReason"].get<std::string>().find("Refunded"), std::string::npos);
}

TEST_F(RouterFlow, SellerActionRefusals) {
  const std::string token = alice();
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingRequest);
  expectError(post(sellerPath(order), R"({"action":"ACCEPT_REQUEST"})", token), 409, "CONFLICT");
  expectError(post(sellerPath(order), R"({"action":"REJECT_REQUEST"})", token), 422, "VALIDATION", "$.reason");
  expectError(post(sellerPath(order), R"({"action":"DELIVER"})", token), 422, "VALIDATION", "$.delivery");
  expectError(post(sellerPath(order), R"({"action":"SHRUG"})", token), 422, "VALIDATION", "$.action");
  ASSERT_EQ(post(path(order, "submit-request"), validRequest(), token).status(), 200);
  Answer rejected = post(sellerPath(order), R"({"action":"REJECT_REQUEST","reason":"Need more"})", token);
  ASSERT_EQ(rejected.status(), 200);
  EXPECT_EQ(rejected.json["flow"]["stage"], "WAITING_REQUEST");
  EXPECT_EQ(rejected.json["flow"]["requestRejections"], 1);
  expectError(post(sellerPath(supervisedOrder("buyer-002", FlowStage::WaitingRequest)),
                   R"({"action":"ACCEPT_REQUEST"})", token),
              404, "NOT_FOUND");
}

TEST_F(RouterFlow, ProvisioningFailureCancelsTheOrderAndClosesItsFlow) {
  const std::string token = alice();
  const std::string open = supervisedOrder("buyer-001", FlowStage::WaitingDelivery);
  Answer a = post("/api/v1/test/orders/" + open + "/provisioning-failure",
                  R"({"reason":"Seller interface answered 000100"})", token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["status"], "CANCELLED");
  EXPECT_EQ(a.json["statusReason"], "Seller interface answered 000100");
  EXPECT_EQ(store_->findSupervision("buyer-001", open)->flow.stage, FlowStage::Cancelled);
  EXPECT_EQ(store_->eventsOf(open).back().kind, FlowEventKind::FlowClosed);
  expectError(post("/api/v1/test/orders/" + open + "/provisioning-failure", "", token), 409, "CONFLICT");
  const OrderRecord& pending = *std::find_if(seed_.orders.begin(), seed_.orders.end(), [](const OrderRecord& o) {
    return o.buyerId == "buyer-001" && o.order.status == OrderStatus::PendingPayment;
  });
  Answer b = post("/api/v1/test/orders/" + pending.order.orderId + "/provisioning-failure", "", token);
  ASSERT_EQ(b.status(), 200);
  EXPECT_EQ(b.json["statusReason"].get<std::string>().rfind("Provisioning failed", 0), 0u);
}

TEST_F(RouterFlow, AnotherBuyerCannotActOnAnOrder) {
  const std::string order = supervisedOrder("buyer-001", FlowStage::WaitingBuyerConfirm);
  const std::string mallory = bob();
  const size_t before = historySize(order);
  for (const char* action : {"confirm-acceptance", "remind"})
    expectError(post(path(order, action), "", mallory), 404, "NOT_FOUND");
  expectError(post(path(order, "reject"), R"({"reason":"x"})", mallory), 404, "NOT_FOUND");
  expectError(post(path(order, "appeal"), R"({"reason":"x"})", mallory), 404, "NOT_FOUND");
  expectError(post("/api/v1/test/orders/" + order + "/provisioning-failure", "", mallory), 404, "NOT_FOUND");
  EXPECT_EQ(historySize(order), before);
  EXPECT_EQ(store_->findSupervision("buyer-001", order)->flow.stage, FlowStage::WaitingBuyerConfirm);
}

TEST_F(RouterFlow, TestClockSetsAndAdvances) {
  const std::string token = alice();
  EXPECT_EQ(get("/api/v1/test/clock", token).json["now"], "2025-03-01T08:00:00Z");
  Answer moved = post("/api/v1/test/clock", R"({"advanceSeconds":3600})", token);
  EXPECT_EQ(moved.json["now"], "2025-03-01T09:00:00Z");
  Answer set = post("/api/v1/test/clock", R"({"now":"2025-03-01T10:00:00+01:00"})", token);
  EXPECT_EQ(set.json["now"], "2025-03-01T09:00:00Z");
  expectError(post("/api/v1/test/clock", R"({})", token), 422, "VALIDATION");
  expectError(post("/api/v1/test/clock", R"({"advanceSeconds":-5})", token), 422, "VALIDATION",
              "$.advanceSeconds");
}

}  // namespace
}  // namespace koo::backend::test
