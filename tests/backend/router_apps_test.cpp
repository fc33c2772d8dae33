// Router tests of Purchased Apps, Resource Details, the password reveal and its audit log,
// and the Billing Center's orders, including isolation between buyers.
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

using RouterApps = RouterTest;

TEST_F(RouterApps, ListPagesThroughOnlyTheBuyersApps) {
  const std::string token = alice();
  const size_t own = store_->appsOf("buyer-001").size();
  Answer first = get("/api/v1/purchased-apps", token, {{"pageSize", "10"}});
  ASSERT_EQ(first.status(), 200) << first.response.body;
  EXPECT_EQ(first.json["total"], own);
  EXPECT_EQ(first.json["items"].size(), 10u);
  EXPECT_EQ(first.json["page"], 1);
  EXPECT_TRUE(decodeJson<Page<PurchasedApp>>(first.json).ok());
  size_t seen = 0;
  for (int page = 1; page <= 10; ++page) {
    Answer a = get("/api/v1/purchased-apps", token, {{"pageSize", "10"}, {"page", std::to_string(page)}});
    for (const auto& item : a.json["items"]) {
      ++seen;
      EXPECT_TRUE(store_->findApp("buyer-001", item["instanceId"])) << item.dump();
    }
  }
  EXPECT_EQ(seen, own);
}

TEST_F(RouterApps, ListFiltersSearchesAndSorts) {
  const std::string token = alice();
  Answer expired = get("/api/v1/purchased-apps", token, {{"status", "EXPIRED"}, {"pageSize", "100"}});
  ASSERT_GT(expired.json["items"].size(), 0u);
  for (const auto& item : expired.json["items"]) EXPECT_EQ(item["status"], "EXPIRED");

  Answer onDemand = get("/api/v1/purchased-apps", token, {{"billingMode", "ON_DEMAND"}, {"pageSize", "100"}});
  ASSERT_GT(onDemand.json["items"].size(), 0u);
  for (const auto& item : onDemand.json["items"]) EXPECT_EQ(item["billingMode"], "ON_DEMAND");

  Answer chinese = get("/api/v1/purchased-apps", token, {{"q", "云速建站"}, {"pageSize", "100"}});
  ASSERT_GT(chinese.json["items"].size(), 0u);
  for (const auto& item : chinese.json["items"])
    EXPECT_NE(item["productName"].get<std::string>().find("云速建站"), std::string::npos);

  const std::string orderId = store_->appsOf("buyer-001").front().app.orderId;
  Answer byOrder = get("/api/v1/purchased-apps", token, {{"q", orderId}});
  ASSERT_EQ(byOrder.json["items"].size(), 1u);
  EXPECT_EQ(byOrder.json["items"][0]["orderId"], orderId);

  // ISO times in UTC sort as text, so the order is easy to check here.
  Answer sorted = get("/api/v1/purchased-apps", token,
                      {{"sort", "purchaseTime"}, {"order", "asc"}, {"pageSize", "100"}});
  ASSERT_GT(sorted.json["items"].size(), 1u);
  std::string previous;
  for (const auto& item : sorted.json["items"]) {
    EXPECT_LE(previous, item["purchaseTime"].get<std::string>());
    previous = item["purchaseTime"];
  }
  Answer newest = get("/api/v1/purchased-apps", token, {{"pageSize", "1"}});  // default: newest first
  EXPECT_EQ(newest.json["items"][0]["purchaseTime"], previous);
}

TEST_F(RouterApps, BadQueryParametersAre422WithTheParameter) {
  const std::string token = alice();
  expectError(get("/api/v1/purchased-apps", token, {{"status", "GONE"}}), 422, "VALIDATION", "query.status");
  expectError(get("/api/v1/purchased-apps", token, {{"pageSize", "1000"}}), 422, "VALIDATION", "query.pageSize");
  expectError(get("/api/v1/purchased-apps", token, {{"page", "abc"}}), 422, "VALIDATION", "query.page");
  expectError(get("/api/v1/orders", token, {{"type", "GIFT"}}), 422, "VALIDATION", "query.type");
  expectError(get("/api/v1/orders", token, {{"sort", "price"}}), 422, "VALIDATION", "query.sort");
}

TEST_F(RouterApps, DetailsHideThePasswordAndAnotherBuyersIdIs404) {
  const std::string token = alice();
  const std::string id = aliceApp();
  Answer a = get("/api/v1/purchased-apps/" + id, token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["basicInfo"]["instanceId"], id);
  EXPECT_EQ(a.json["applicationInfo"]["hasPassword"], true);
  EXPECT_EQ(a.response.body.find(store_->findApp("buyer-001", id)->password), std::string::npos);
  EXPECT_FALSE(a.json["applicationInfo"].contains("password"));
  EXPECT_FALSE(a.json["seller"]["name"].get<std::string>().empty());

  Answer other = get("/api/v1/purchased-apps/" + bobApp(), token);
  expectError(other, 404, "NOT_FOUND");
  Answer missing = get("/api/v1/purchased-apps/ins-does-not-exist", token);
  expectError(missing, 404, "NOT_FOUND");
  EXPECT_EQ(other.json["error"]["message"].get<std::string>().find("bob"), std::string::npos);
}

TEST_F(RouterApps, NonHttpManagementUrlsReachTheConsoleAsData) {
  const std::string token = alice();
  const AppRecord& unsafe = appOf("buyer-001", [](const AppRecord& r) {
    return r.applicationInfo.adminUrl && r.applicationInfo.adminUrl->rfind("javascript:", 0) == 0;
  });
  Answer a = get("/api/v1/purchased-apps/" + unsafe.app.instanceId, token);
  ASSERT_EQ(a.status(), 200);
  EXPECT_EQ(a.json["applicationInfo"]["adminUrl"], "javascript:alert(1)") << a.response.body;
  EXPECT_TRUE(decodeJson<ResourceDetails>(a.json).ok());  // core's codec accepts the answer
  EXPECT_EQ(store_->findApp("buyer-001", unsafe.app.instanceId)->applicationInfo.adminUrl, "javascript:alert(1)");
}

TEST_F(RouterApps, StatusFollowsTheClock) {
  const std::string token = alice();
  const AppRecord& app = appOf("buyer-001", [](const AppRecord& r) {
    return r.app.status == ResourceStatus::InUse && r.app.expiryTime.has_value();
  });
  const std::string path = "/api/v1/purchased-apps/" + app.app.instanceId;
  EXPECT_EQ(get(path, token).json["basicInfo"]["status"], "IN_USE");
  router_->clock().pin(*app.app.expiryTime);
  const std::string later = alice();  // the earlier token expired with the jump
  EXPECT_EQ(get(path, later).json["basicInfo"]["status"], "EXPIRED");
}

TEST_F(RouterApps, RevealGivesThePasswordAndWritesTheAuditLog) {
  const std::string token = alice();
  const std::string id = aliceApp();
  Answer a = post("/api/v1/purchased-apps/" + id + "/password/reveal", "", token);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  EXPECT_EQ(a.json["password"], store_->findApp("buyer-001", id)->password);
  EXPECT_EQ(a.json["revealedAt"], "2025-03-01T08:00:00Z");
  EXPECT_EQ(post("/api/v1/purchased-apps/" + id + "/password/reveal", "{}", token).status(), 200);

  auto log = store_->auditLog("buyer-001");
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].action, "PASSWORD_REVEAL");
  EXPECT_EQ(log[0].targetId, id);
  EXPECT_EQ(log[0].time, kFixedNow);
  EXPECT_EQ(log[0].requestId, *findHeader(a.response.headers, "X-Request-Id"));

  Answer viaApi = get("/api/v1/test/audit-log", token);
  ASSERT_EQ(viaApi.json["items"].size(), 2u);
  EXPECT_EQ(viaApi.response.body.find(a.json["password"].get<std::string>()), std::string::npos);
  EXPECT_TRUE(store_->auditLog("buyer-002").empty());
}

TEST_F(RouterApps, RevealRefusals) {
  const std::string token = alice();
  const std::string none = appOf("buyer-001", [](const AppRecord& r) { return r.password.empty(); }).app.instanceId;
  EXPECT_EQ(get("/api/v1/purchased-apps/" + none, token).json["applicationInfo"]["hasPassword"], false);
  expectError(post("/api/v1/purchased-apps/" + none + "/password/reveal", "", token), 409, "CONFLICT");
  expectError(post("/api/v1/purchased-apps/" + bobApp() + "/password/reveal", "", token), 404, "NOT_FOUND");
  expectError(post("/api/v1/purchased-apps/" + aliceApp() + "/password/reveal", "[]", token), 422,
              "VALIDATION", "$");
  expectError(post("/api/v1/purchased-apps/" + aliceApp() + "/password/reveal", "{", token), 400,
              "BAD_JSON");
  EXPECT_TRUE(store_->auditLog("buyer-001").empty());
  EXPECT_TRUE(store_->auditLog("buyer-002").empty());
}

TEST_F(RouterApps, OrdersListFiltersAndIsolates) {
  const std::string token = alice();
  Answer all = get("/api/v1/orders", token, {{"pageSize", "100"}});
  ASSERT_EQ(all.status(), 200);
  EXPECT_EQ(all.json["total"], store_->ordersOf("buyer-001").size());
  Answer cancelled = get("/api/v1/orders", token, {{"status", "CANCELLED"}, {"pageSize", "100"}});
  ASSERT_GT(cancelled.json["items"].size(), 0u);
  bool provisioning = false;
  for (const auto& o : cancelled.json["items"]) {
    EXPECT_EQ(o["status"], "CANCELLED");
    provisioning = provisioning || o.value("statusReason", "").find("Provisioning failed") == 0;
  }
  EXPECT_TRUE(provisioning);
  Answer renewals = get("/api/v1/orders", token, {{"type", "RENEWAL"}});
  for (const auto& o : renewals.json["items"]) EXPECT_EQ(o["type"], "RENEWAL");

  const std::string mine = store_->ordersOf("buyer-001").front().order.orderId;
  const std::string bobs = store_->ordersOf("buyer-002").front().order.orderId;
  EXPECT_EQ(get("/api/v1/orders/" + mine, token).json["orderId"], mine);
  expectError(get("/api/v1/orders/" + bobs, token), 404, "NOT_FOUND");
  Answer search = get("/api/v1/orders", token, {{"q", bobs}});
  EXPECT_EQ(search.json["total"], 0);
}

}  // namespace
}  // namespace koo::backend::test
