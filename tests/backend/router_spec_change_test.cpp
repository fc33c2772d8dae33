// Changing specifications and buying a trial through the router over the demo data: options
// with their fees, CHANGE orders (created once per key, paid with the payment step, applied at
// once with the expiry kept), each refusal, a downgrade carried by a renewal and applied from
// the renewed period, volume-priced scale-out, a trial bought on its own instance, isolation.
#include "core/renewal.h"
#include "core/spec_change.h"
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

// alice's apps that assets/demo/generate-demo-data.mjs puts in each state of a change.
constexpr const char* kUpgradeable = "ins-5a4304000b";     // CRM, yearly, Standard; Professional is dearer
constexpr const char* kPerUser = "ins-5b39220020";         // 10 users, volume-priced, 10 % discount
constexpr const char* kDowngradeWindow = "ins-5a91c30019"; // 20 seats, monthly, expires within 15 days
constexpr const char* kSkuRemoved = "ins-5ac195001b";
constexpr const char* kNoChange = "ins-5ad27a0011";        // the HR system supports no change
constexpr const char* kTrial = "ins-5ab38d0005";           // Helpdesk trial, convertible
constexpr const char* kClosedTrial = "ins-5a5aed000c";     // site builder trial: not convertible
constexpr const char* kWithUnpaidOrder = "ins-5b2139001f";

class RouterSpecChange : public RouterTest {
 protected:
  Answer options(const std::string& token, const std::string& id, std::map<std::string, std::string> query = {}) {
    return get("/api/v1/purchased-apps/" + id + "/change-options", token, std::move(query));
  }
  Answer change(const std::string& token, const std::string& id, Json target, std::optional<Json> period = {},
                const std::string& key = "") {
    Json body{{"target", std::move(target)}};
    if (period) body["renewalPeriod"] = *period;
    return post("/api/v1/purchased-apps/" + id + "/change-orders", body.dump(), token, key);
  }
  Answer pay(const std::string& token, const std::string& orderId) {
    return post("/api/v1/orders/" + orderId + "/pay", R"({"method":"BALANCE"})", token);
  }
  Json app(const std::string& token, const std::string& id) {
    return get("/api/v1/purchased-apps/" + id, token).json["basicInfo"];
  }
  const AppRecord& seeded(const std::string& id) {
    return appOf("buyer-001", [&](const AppRecord& r) { return r.app.instanceId == id; });
  }
};

TEST_F(RouterSpecChange, OptionsQuoteTheUpgradeByTheDocumentedFormula) {
  const Answer a = options(alice(), kUpgradeable);
  ASSERT_EQ(a.status(), 200) << a.response.body;
  auto decoded = decodeJson<ChangeOptions>(a.json);
  ASSERT_TRUE(decoded.ok());
  const ChangeOptions& answer = decoded.value();
  EXPECT_FALSE(answer.refusal);
  ASSERT_EQ(answer.options.size(), 1u);
  const ChangeOption& upgrade = answer.options[0];
  EXPECT_EQ(upgrade.kind, ChangeKind::Upgrade);
  EXPECT_EQ(upgrade.target.specification, "Professional, 50 users");
  ASSERT_TRUE(upgrade.quote);
  const PurchasedApp& app = seeded(kUpgradeable).app;
  const std::int64_t remaining = remainingDaysOf(*app.expiryTime, kFixedNow);
  const std::int64_t days = daysInPeriodOf(*app.expiryTime, *app.period);
  EXPECT_EQ(upgrade.quote->remainingDays, remaining);
  EXPECT_EQ(upgrade.quote->daysInPeriod, days);
  EXPECT_EQ(upgrade.quote->originalPrice.minorUnits, 99000);
  EXPECT_EQ(upgrade.quote->newPrice.minorUnits, 198000);
  EXPECT_EQ(upgrade.quote->fee, upgradeFee(Money{198000, "CNY"}, Money{99000, "CNY"}, remaining, days, 0));
  EXPECT_EQ(answer.purchaseRefusal->code, ChangeRefusalCode::NotTrial);
}

TEST_F(RouterSpecChange, AChangeOrderIsMadeOncePaidAndAppliedAtOnceKeepingTheExpiry) {
  const std::string token = alice();
  const Json before = app(token, kUpgradeable);
  const Json target{{"specification", "Professional, 50 users"}};
  const Json fee = options(token, kUpgradeable).json["options"][0]["quote"]["fee"];
  const Answer made = change(token, kUpgradeable, target, {}, "change-1");
  ASSERT_EQ(made.status(), 201) << made.response.body;
  EXPECT_EQ(made.json["type"], "CHANGE");
  EXPECT_EQ(made.json["status"], "PENDING_PAYMENT");
  EXPECT_EQ(made.json["instanceId"], kUpgradeable);
  EXPECT_EQ(made.json["specChange"]["specification"], "Professional, 50 users");
  EXPECT_EQ(made.json["amount"], fee);
  const std::string orderId = made.json["orderId"];
  // The same key replays the same order; the instance now has an unpaid order.
  EXPECT_EQ(change(token, kUpgradeable, target, {}, "change-1").json["orderId"], orderId);
  EXPECT_EQ(app(token, kUpgradeable)["pendingOrderId"], orderId);
  const Answer blocked = options(token, kUpgradeable);
  EXPECT_EQ(blocked.json["refusal"]["code"], "PENDING_ORDER");
  expectError(change(token, kUpgradeable, target), 409, "CONFLICT", "PENDING_ORDER");
  // Paid: the specification changes at once, the expiry does not.
  const Answer paid = pay(token, orderId);
  ASSERT_EQ(paid.status(), 200) << paid.response.body;
  EXPECT_EQ(paid.json["status"], "COMPLETED");
  const Json after = app(token, kUpgradeable);
  EXPECT_EQ(after["specification"], "Professional, 50 users");
  EXPECT_EQ(after["expiryTime"], before["expiryTime"]);
  EXPECT_FALSE(after.contains("pendingOrderId"));
  // Professional is the top: nothing more to upgrade to, Standard only at renewal.
  const Answer now = options(token, kUpgradeable);
  ASSERT_EQ(now.json["options"].size(), 1u);
  EXPECT_EQ(now.json["options"][0]["kind"], "DOWNGRADE");
  EXPECT_EQ(now.json["options"][0]["refusal"]["code"], "OUTSIDE_RENEWAL_WINDOW");
}

TEST_F(RouterSpecChange, RefusalsSayWhy) {
  const std::string token = alice();
  EXPECT_EQ(options(token, kSkuRemoved).json["refusal"]["code"], "SKU_REMOVED");
  EXPECT_EQ(options(token, kNoChange).json["refusal"]["code"], "NOT_SUPPORTED");
  EXPECT_EQ(options(token, kTrial).json["refusal"]["code"], "TRIAL");
  EXPECT_EQ(options(token, kWithUnpaidOrder).json["refusal"]["code"], "PENDING_ORDER");
  expectError(change(token, kSkuRemoved, {{"specification", "500 人"}}), 409, "CONFLICT", "SKU_REMOVED");
  expectError(change(token, kNoChange, {{"specification", "500 人"}}), 409, "CONFLICT", "NOT_SUPPORTED");
  expectError(change(token, kTrial, {{"specification", "20 seats"}}), 409, "CONFLICT", "TRIAL");
  // A downgrade is never immediate, also within 30 days of expiry.
  expectError(change(token, kDowngradeWindow, {{"specification", "5 seats"}}), 409, "CONFLICT",
              "OUTSIDE_RENEWAL_WINDOW");
  // Nor at renewal more than 30 days before expiry.
  expectError(change(token, kPerUser, {{"specification", "Team, per user"}, {"users", 5}}, Json{{"unit", "YEAR"}, {"count", 1}}),
              409, "CONFLICT", "OUTSIDE_RENEWAL_WINDOW");
  expectError(change(token, kUpgradeable, {{"specification", "Ultimate"}}), 422, "VALIDATION", "$.target");
  expectError(change(token, kUpgradeable, {{"users", 3}}), 422, "VALIDATION", "specification");
  expectError(options(token, kUpgradeable, {{"users", "many"}}), 422, "VALIDATION", "query.users");
  expectError(options(token, kUpgradeable, {{"colour", "red"}}), 422, "VALIDATION", "query.colour");
  // Another buyer's app does not exist for bob.
  expectError(options(bob(), kUpgradeable), 404, "NOT_FOUND");
  expectError(change(bob(), kUpgradeable, {{"specification", "Professional, 50 users"}}), 404, "NOT_FOUND");
}

TEST_F(RouterSpecChange, ADowngradeRidesTheRenewalAndAppliesFromTheRenewedPeriod) {
  const std::string token = alice();
  const Answer listed = options(token, kDowngradeWindow);
  ASSERT_EQ(listed.json["options"].size(), 1u) << listed.response.body;
  EXPECT_EQ(listed.json["options"][0]["kind"], "DOWNGRADE");
  EXPECT_TRUE(listed.json["options"][0]["atRenewal"].get<bool>());
  EXPECT_FALSE(listed.json["options"][0].contains("refusal"));
  const Json before = app(token, kDowngradeWindow);
  const Answer made = change(token, kDowngradeWindow, {{"specification", "5 seats"}}, Json{{"unit", "MONTH"}, {"count", 2}});
  ASSERT_EQ(made.status(), 201) << made.response.body;
  EXPECT_EQ(made.json["type"], "RENEWAL");
  EXPECT_EQ(made.json["amount"]["minorUnits"], 2 * 24750);  // the target's monthly price
  ASSERT_EQ(pay(token, made.json["orderId"]).status(), 200);
  const Json renewed = app(token, kDowngradeWindow);
  EXPECT_EQ(renewed["specification"], "20 seats");  // until the renewed period starts
  EXPECT_EQ(renewed["scheduledChange"]["target"]["specification"], "5 seats");
  EXPECT_EQ(renewed["scheduledChange"]["effectiveFrom"], before["expiryTime"]);
  EXPECT_NE(renewed["expiryTime"], before["expiryTime"]);
  // The renewed period starts: the downgrade applies.
  const auto expiry = parseIsoUtc(before["expiryTime"].get<std::string>()).value();
  const Answer moved = post("/api/v1/test/clock", Json{{"now", formatIsoUtc(expiry + std::chrono::seconds{60})}}.dump(), token);
  ASSERT_EQ(moved.status(), 200) << moved.response.body;
  const Json later = app(alice(), kDowngradeWindow);  // a new session: the old one expired meanwhile
  EXPECT_EQ(later["specification"], "5 seats");
  EXPECT_FALSE(later.contains("scheduledChange"));
  EXPECT_EQ(later["expiryTime"], renewed["expiryTime"]);
}

TEST_F(RouterSpecChange, VolumePricedScaleOutChargesTheAddedUsers) {
  const std::string token = alice();
  const Answer quoted = options(token, kPerUser, {{"users", "20"}});
  ASSERT_EQ(quoted.status(), 200) << quoted.response.body;
  const Json* scaleOut = nullptr;
  for (const auto& option : quoted.json["options"])
    if (option["kind"] == "SCALE_OUT") scaleOut = &option;
  ASSERT_NE(scaleOut, nullptr) << quoted.response.body;
  EXPECT_EQ((*scaleOut)["target"]["users"], 20);
  EXPECT_EQ((*scaleOut)["maxUsers"], 50);
  const PurchasedApp& app0 = seeded(kPerUser).app;
  const std::int64_t remaining = remainingDaysOf(*app0.expiryTime, kFixedNow);
  const std::int64_t days = daysInPeriodOf(*app0.expiryTime, *app0.period);
  EXPECT_EQ((*scaleOut)["quote"]["fee"]["minorUnits"],
            volumeScaleOutFee(Money{8000, "CNY"}, 10, remaining, days, 10).minorUnits);
  const Answer made = change(token, kPerUser, {{"specification", "Team, per user"}, {"users", 20}});
  ASSERT_EQ(made.status(), 201) << made.response.body;
  EXPECT_EQ(made.json["amount"], (*scaleOut)["quote"]["fee"]);
  ASSERT_EQ(pay(token, made.json["orderId"]).status(), 200);
  EXPECT_EQ(app(token, kPerUser)["users"], 20);
  expectError(change(token, kPerUser, {{"specification", "Team, per user"}, {"users", 51}}), 422, "VALIDATION");
}

TEST_F(RouterSpecChange, ATrialIsBoughtOnItsOwnInstanceFromPayment) {
  const std::string token = alice();
  const Answer offered = options(token, kTrial);
  ASSERT_EQ(offered.json["purchaseOptions"].size(), 2u) << offered.response.body;
  const std::string path = std::string("/api/v1/purchased-apps/") + kTrial + "/conversion-orders";
  const std::string body = R"({"specification":"20 seats","period":{"unit":"YEAR","count":1}})";
  const Answer made = post(path, body, token, "buy-1");
  ASSERT_EQ(made.status(), 201) << made.response.body;
  EXPECT_EQ(made.json["type"], "NEW");
  EXPECT_EQ(made.json["trialInstanceId"], kTrial);
  EXPECT_EQ(made.json["amount"], offered.json["purchaseOptions"][1]["yearlyPrice"]);
  EXPECT_EQ(post(path, body, token, "buy-1").json["orderId"], made.json["orderId"]);
  expectError(post(path, body, token), 409, "CONFLICT", "PENDING_ORDER");
  ASSERT_EQ(pay(token, made.json["orderId"]).status(), 200);
  const Json bought = app(token, kTrial);
  EXPECT_FALSE(bought["isTrial"].get<bool>());
  EXPECT_EQ(bought["specification"], "20 seats");
  EXPECT_EQ(bought["orderId"], made.json["orderId"]);
  EXPECT_EQ(bought["effectiveTime"], formatIsoUtc(kFixedNow));
  EXPECT_EQ(bought["expiryTime"], formatIsoUtc(addRenewalPeriod(kFixedNow, BillingPeriod{PeriodUnit::Year, 1})));
  EXPECT_TRUE(bought.contains("renewalOffer"));
  expectError(post(path, body, token), 409, "CONFLICT", "NOT_TRIAL");
  const std::string closed = std::string("/api/v1/purchased-apps/") + kClosedTrial + "/conversion-orders";
  expectError(post(closed, R"({"specification":"企业版","period":{"unit":"MONTH","count":1}})", token), 409, "CONFLICT",
              "NOT_CONVERTIBLE");
  expectError(post(path, R"({"specification":"20 seats","period":{"unit":"MONTH","count":12}})", token), 409, "CONFLICT");
}

}  // namespace
}  // namespace koo::backend::test
