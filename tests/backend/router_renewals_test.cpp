// Renewals through the router over the demo data: the list and its filters, renewal orders
// (one, combined, replayed), every refusal, auto-renew on and off, buyer isolation, and the app
// a paid renewal order leaves.
#include "core/renewal.h"
#include "demo_renewal_apps.h"
#include "router_fixture.h"
#include "router_internal.h"

namespace koo::backend::test {
namespace {

using namespace demo_apps;

class RouterRenewals : public RouterTest {
 protected:
  std::vector<std::string> ids(const Answer& page) {
    std::vector<std::string> out;
    for (const auto& item : page.json["items"]) out.push_back(item["instanceId"]);
    return out;
  }
  Answer list(const std::string& token, std::map<std::string, std::string> query = {}) {
    query.emplace("pageSize", "100");
    return get("/api/v1/renewals", token, std::move(query));
  }
  static std::string renewBody(std::vector<std::pair<std::string, Json>> items) {
    Json body{{"items", Json::array()}};
    for (auto& [id, period] : items) body["items"].push_back({{"instanceId", id}, {"period", period}});
    return body.dump();
  }
  static Json months(int n) { return {{"unit", "MONTH"}, {"count", n}}; }
  static Json years(int n) { return {{"unit", "YEAR"}, {"count", n}}; }
  static bool has(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  }
};

TEST_F(RouterRenewals, ListsOnlyYearlyAndMonthlyAppsThatAreNoTrials) {
  const Answer all = list(alice());
  ASSERT_EQ(all.status(), 200) << all.response.body;
  EXPECT_TRUE(decodeJson<Page<PurchasedApp>>(all.json).ok());
  const auto listed = ids(all);
  for (const char* id : {kWithin30AutoOn, kWithin7, kInGrace, kInRetention, kNotOnSale, kWithUnpaidOrder})
    EXPECT_TRUE(has(listed, id)) << id;
  EXPECT_FALSE(has(listed, kTrial));
  EXPECT_FALSE(has(listed, kOnDemand));
  for (const auto& item : all.json["items"]) {
    EXPECT_EQ(item["billingMode"], "PERIOD");
    EXPECT_FALSE(item["isTrial"].get<bool>());
  }
  // Soonest expiry first by default.
  for (std::size_t i = 1; i < all.json["items"].size(); ++i)
    EXPECT_LE(all.json["items"][i - 1]["expiryTime"].get<std::string>(), all.json["items"][i]["expiryTime"].get<std::string>());
}

TEST_F(RouterRenewals, FiltersByExpiryWindowStateAutoRenewAndSearch) {
  const std::string token = alice();
  EXPECT_EQ(ids(list(token, {{"expires", "WITHIN_7_DAYS"}})), std::vector<std::string>{kWithin7});
  const auto within15 = ids(list(token, {{"expires", "WITHIN_15_DAYS"}}));
  EXPECT_TRUE(has(within15, kWithin7) && has(within15, kWithin15));
  EXPECT_TRUE(has(ids(list(token, {{"expires", "WITHIN_30_DAYS"}})), kWithin30AutoOn));
  EXPECT_EQ(ids(list(token, {{"expires", "EXPIRED"}})), std::vector<std::string>{kInGrace});
  const Answer frozen = list(token, {{"expires", "FROZEN"}});
  EXPECT_TRUE(has(ids(frozen), kInRetention));
  for (const auto& item : frozen.json["items"]) EXPECT_EQ(item["status"], "FROZEN");
  const auto autoOn = ids(list(token, {{"autoRenew", "ON"}}));
  EXPECT_EQ(autoOn.size(), 2u);
  EXPECT_TRUE(has(autoOn, kWithin30AutoOn) && has(autoOn, kYearlyAutoOn));
  EXPECT_FALSE(has(ids(list(token, {{"autoRenew", "OFF"}})), kWithin30AutoOn));
  EXPECT_EQ(ids(list(token, {{"q", kWithin7}})), std::vector<std::string>{kWithin7});
  const std::string orderId = appOf("buyer-001", [](const AppRecord& r) { return r.app.instanceId == kWithin7; }).app.orderId;
  EXPECT_EQ(ids(list(token, {{"q", orderId}})), std::vector<std::string>{kWithin7});
  expectError(list(token, {{"expires", "SOON"}}), 422, "VALIDATION", "query.expires");
}

TEST_F(RouterRenewals, RowsSayWhatBlocksAndWhatItCosts) {
  const Answer all = list(alice());
  for (const auto& item : all.json["items"]) {
    if (item["instanceId"] == kWithUnpaidOrder) EXPECT_TRUE(item.contains("pendingOrderId"));
    else EXPECT_FALSE(item.contains("pendingOrderId")) << item.dump();
    EXPECT_EQ(item.contains("renewalOffer"), item["instanceId"] != kNotOnSale) << item.dump();
  }
}

TEST_F(RouterRenewals, RenewingOneMakesAPendingRenewalOrderInMyOrders) {
  const std::string token = alice();
  const Answer made = post("/api/v1/renewals/orders", renewBody({{kWithin7, months(3)}}), token, "renew-1");
  ASSERT_EQ(made.status(), 201) << made.response.body;
  const auto purchase = decodeJson<RenewalPurchase>(made.json);
  ASSERT_TRUE(purchase.ok());
  EXPECT_FALSE(purchase->combinedOrderId);
  ASSERT_EQ(purchase->orders.size(), 1u);
  const Order& order = purchase->orders[0];
  EXPECT_EQ(order.type, OrderType::Renewal);
  EXPECT_EQ(order.status, OrderStatus::PendingPayment);
  EXPECT_EQ(order.instanceId, kWithin7);
  EXPECT_EQ(order.period, (BillingPeriod{PeriodUnit::Month, 3}));
  const PurchasedApp app = decodeJson<PurchasedApp>(list(token, {{"q", kWithin7}}).json["items"][0]).value();
  EXPECT_EQ(order.amount, renewalPrice(app, {PeriodUnit::Month, 3}).value());
  EXPECT_EQ(app.pendingOrderId, order.orderId);  // the app now waits for that order
  EXPECT_EQ(get("/api/v1/orders/" + order.orderId, token).status(), 200);

  // The same request again is the same answer; a new one is refused, naming the order.
  const Answer replay = post("/api/v1/renewals/orders", renewBody({{kWithin7, months(3)}}), token, "renew-1");
  EXPECT_EQ(replay.json, made.json);
  expectError(post("/api/v1/renewals/orders", renewBody({{kWithin7, months(3)}}), token), 409, "CONFLICT",
              order.orderId);
}

TEST_F(RouterRenewals, RenewingSeveralIsOneCombinedPurchase) {
  const std::string token = alice();
  const Answer made =
      post("/api/v1/renewals/orders", renewBody({{kWithin15, months(1)}, {kYearlyAutoOn, years(2)}}), token);
  ASSERT_EQ(made.status(), 201) << made.response.body;
  const auto purchase = decodeJson<RenewalPurchase>(made.json).value();
  ASSERT_TRUE(purchase.combinedOrderId);
  ASSERT_EQ(purchase.orders.size(), 2u);
  for (const auto& order : purchase.orders) {
    EXPECT_EQ(order.combinedOrderId, purchase.combinedOrderId);
    EXPECT_EQ(store_->findOrder("buyer-001", order.orderId)->order.status, OrderStatus::PendingPayment);
  }
  EXPECT_NE(purchase.orders[0].orderId, purchase.orders[1].orderId);
  EXPECT_EQ(purchase.orders[1].period, (BillingPeriod{PeriodUnit::Year, 2}));
}

TEST_F(RouterRenewals, GraceAndRetentionAppsRenew) {
  const std::string token = alice();
  EXPECT_EQ(post("/api/v1/renewals/orders", renewBody({{kInGrace, years(1)}, {kInRetention, months(1)}}), token).status(),
            201);
}

TEST_F(RouterRenewals, TheDocumentedRefusalsRefuseTheWholePurchase) {
  const std::string token = alice();
  const Answer pending = post("/api/v1/renewals/orders", renewBody({{kWithin15, months(1)}, {kWithUnpaidOrder, months(1)}}), token);
  expectError(pending, 409, "CONFLICT", kWithUnpaidOrder);
  EXPECT_NE(pending.errorMessage().find("awaits payment"), std::string::npos);
  EXPECT_FALSE(decodeJson<PurchasedApp>(list(token, {{"q", kWithin15}}).json["items"][0]).value().pendingOrderId)
      << "nothing was made for the other instance";
  expectError(post("/api/v1/renewals/orders", renewBody({{kNotOnSale, months(1)}}), token), 409, "CONFLICT",
              "no longer on sale");
  expectError(post("/api/v1/renewals/orders", renewBody({{kTrial, months(1)}}), token), 409, "CONFLICT");
  expectError(post("/api/v1/renewals/orders", renewBody({{kOnDemand, months(1)}}), token), 409, "CONFLICT");
  expectError(post("/api/v1/renewals/orders", renewBody({{kWithin7, months(10)}}), token), 422, "VALIDATION",
              "$.items[0].period");
  expectError(post("/api/v1/renewals/orders", renewBody({{kWithin7, years(1)}}), token), 422, "VALIDATION");
  expectError(post("/api/v1/renewals/orders", renewBody({}), token), 422, "VALIDATION", "$.items");
  expectError(post("/api/v1/renewals/orders", renewBody({{kWithin7, months(1)}, {kWithin7, months(2)}}), token), 422,
              "VALIDATION", "twice");
  expectError(post("/api/v1/renewals/orders", renewBody({{"ins-none", months(1)}}), token), 404, "NOT_FOUND");
  // Another buyer's instance is as unknown as one that does not exist.
  expectError(post("/api/v1/renewals/orders", renewBody({{bobApp(), months(1)}}), token), 404, "NOT_FOUND");
}

TEST_F(RouterRenewals, ReleasedThirtyDaysAfterExpiryLeavesTheListAndCantRenew) {
  const AppRecord& grace = appOf("buyer-001", [](const AppRecord& r) { return r.app.instanceId == kInGrace; });
  router_->clock().pin(*grace.app.expiryTime + std::chrono::hours{24 * 30});
  const std::string token = alice();
  EXPECT_FALSE(has(ids(list(token)), kInGrace));
  expectError(post("/api/v1/renewals/orders", renewBody({{kInGrace, years(1)}}), token), 409, "CONFLICT", "deleted");
}

TEST_F(RouterRenewals, AutoRenewTurnsOnAndOffAndIsKept) {
  const std::string token = alice();
  const std::string path = std::string("/api/v1/purchased-apps/") + kWithin7 + "/auto-renew";
  const Answer on = post(path, Json{{"enabled", true}, {"period", months(3)}}.dump(), token);
  ASSERT_EQ(on.status(), 200) << on.response.body;
  EXPECT_EQ(on.json["autoRenewPeriod"], months(3));
  EXPECT_EQ(store_->findApp("buyer-001", kWithin7)->app.autoRenewPeriod, (BillingPeriod{PeriodUnit::Month, 3}));
  EXPECT_TRUE(has(ids(list(token, {{"autoRenew", "ON"}})), kWithin7));
  const Answer off = post(path, Json{{"enabled", false}}.dump(), token);
  ASSERT_EQ(off.status(), 200);
  EXPECT_FALSE(off.json.contains("autoRenewPeriod"));
  EXPECT_FALSE(store_->findApp("buyer-001", kWithin7)->app.autoRenewPeriod);
  // Other fields of the kept app are untouched (the password stays).
  EXPECT_EQ(store_->findApp("buyer-001", kWithin7)->password,
            appOf("buyer-001", [](const AppRecord& r) { return r.app.instanceId == kWithin7; }).password);
}

TEST_F(RouterRenewals, AutoRenewRefusals) {
  const std::string token = alice();
  auto path = [](const std::string& id) { return "/api/v1/purchased-apps/" + id + "/auto-renew"; };
  expectError(post(path(kInGrace), Json{{"enabled", true}, {"period", years(1)}}.dump(), token), 409, "CONFLICT",
              "expired");
  expectError(post(path(kNotOnSale), Json{{"enabled", false}}.dump(), token), 409, "CONFLICT");
  expectError(post(path(kWithin7), Json{{"enabled", true}}.dump(), token), 422, "VALIDATION", "$.period");
  expectError(post(path(kWithin7), Json{{"enabled", true}, {"period", years(1)}}.dump(), token), 422, "VALIDATION");
  expectError(post(path(bobApp()), Json{{"enabled", false}}.dump(), token), 404, "NOT_FOUND");
}

TEST_F(RouterRenewals, APaidRenewalOrderMovesTheExpiryFromTheOriginalOne) {
  const std::string token = alice();
  const Answer made = post("/api/v1/renewals/orders", renewBody({{kInGrace, years(1)}}), token);
  ASSERT_EQ(made.status(), 201);
  OrderRecord paid = *store_->findOrder("buyer-001", made.json["orders"][0]["orderId"]);
  paid.order.status = OrderStatus::Completed;
  const Timestamp expiry = *store_->findApp("buyer-001", kInGrace)->app.expiryTime;
  const auto renewed = detail::appRenewedBy(paid, *store_, kFixedNow);
  ASSERT_TRUE(renewed);
  EXPECT_EQ(renewed->app.expiryTime, addRenewalPeriod(expiry, {PeriodUnit::Year, 1}));
  EXPECT_EQ(withStatusAt(renewed->app, kFixedNow).status, ResourceStatus::InUse);
  StoreChange change;
  change.putOrders.push_back(paid);
  change.putApps.push_back(*renewed);
  store_->apply(change);
  const Answer details = get(std::string("/api/v1/purchased-apps/") + kInGrace, token);
  EXPECT_EQ(details.json["basicInfo"]["status"], "IN_USE");
  EXPECT_FALSE(details.json["basicInfo"].contains("pendingOrderId"));
  EXPECT_FALSE(detail::appRenewedBy(*store_->findOrder("buyer-001", seed_.orders[0].order.orderId), *store_, kFixedNow));
}

TEST_F(RouterRenewals, PayingARenewalOrderRenewsTheAppAndFreesItForTheNext) {
  const std::string token = alice();
  const Timestamp expiry = *store_->findApp("buyer-001", kInGrace)->app.expiryTime;
  const Answer made = post("/api/v1/renewals/orders", renewBody({{kInGrace, years(2)}}), token);
  ASSERT_EQ(made.status(), 201) << made.response.body;
  const std::string orderId = made.json["orders"][0]["orderId"];
  const Answer paid = post("/api/v1/orders/" + orderId + "/pay", R"({"method":"BALANCE"})", token);
  ASSERT_EQ(paid.status(), 200) << paid.response.body;
  EXPECT_EQ(paid.json["status"], "COMPLETED");
  const Answer details = get(std::string("/api/v1/purchased-apps/") + kInGrace, token);
  EXPECT_EQ(details.json["basicInfo"]["status"], "IN_USE");
  EXPECT_EQ(decodeJson<Timestamp>(details.json["basicInfo"]["expiryTime"]).value(),
            addRenewalPeriod(expiry, {PeriodUnit::Year, 2}));
  EXPECT_FALSE(details.json["basicInfo"].contains("pendingOrderId"));
  // Renewable again at once, and the paid order is not paid twice.
  EXPECT_EQ(post("/api/v1/renewals/orders", renewBody({{kInGrace, years(1)}}), token).status(), 201);
  EXPECT_EQ(post("/api/v1/orders/" + orderId + "/pay", R"({"method":"BALANCE"})", token).status(), 409);
}

}  // namespace
}  // namespace koo::backend::test
