// Expiry reminders through the router over the demo data: each of alice's demo states, the
// order, dismissing until the next threshold (moved by the test clock), refusals, buyer isolation.
#include "demo_renewal_apps.h"
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

using namespace demo_apps;

class RouterReminders : public RouterTest {
 protected:
  std::map<std::string, Json> byId(const Answer& list) {
    std::map<std::string, Json> out;
    for (const auto& item : list.json["items"]) out[item["instanceId"]] = item;
    return out;
  }
  Answer list(const std::string& token) { return get("/api/v1/expiry-reminders", token); }
  Answer dismiss(const std::string& token, const std::string& id, const std::string& stage) {
    return post("/api/v1/expiry-reminders/" + id + "/dismiss", Json{{"stage", stage}}.dump(), token);
  }
  Timestamp expiryOf(const char* id) {
    return *appOf("buyer-001", [&](const AppRecord& r) { return r.app.instanceId == id; }).app.expiryTime;
  }
};

TEST_F(RouterReminders, EachDemoStateRemindsAtItsThresholdMostUrgentFirst) {
  const Answer all = list(alice());
  ASSERT_EQ(all.status(), 200) << all.response.body;
  ASSERT_TRUE(decodeJson<ItemList<ExpiryReminder>>(all.json).ok());
  auto items = byId(all);
  EXPECT_EQ(items[kInRetention]["stage"], "FROZEN");
  EXPECT_TRUE(items[kInRetention].contains("until"));
  EXPECT_EQ(items[kInGrace]["stage"], "EXPIRED");
  EXPECT_EQ(items[kWithin7]["stage"], "WITHIN_7_DAYS");
  EXPECT_EQ(items[kWithin15]["stage"], "WITHIN_30_DAYS");
  EXPECT_EQ(items[kWithin30AutoOn]["stage"], "WITHIN_30_DAYS");
  EXPECT_TRUE(items[kWithin30AutoOn]["autoRenew"].get<bool>());
  EXPECT_FALSE(items[kWithin7]["autoRenew"].get<bool>());
  EXPECT_EQ(items[kTrial]["stage"], "WITHIN_7_DAYS");
  EXPECT_TRUE(items[kTrial]["trial"].get<bool>());
  EXPECT_FALSE(items.count(kYearlyAutoOn));  // 47 days away
  EXPECT_FALSE(items.count(kOnDemand));
  EXPECT_EQ(all.json["items"][0]["stage"], "FROZEN");
  // Another buyer sees none of alice's.
  for (const auto& [id, item] : byId(list(bob()))) EXPECT_FALSE(items.count(id)) << id;
}

TEST_F(RouterReminders, ADismissalHidesOneAppUntilItsNextThresholdAndIsKept) {
  std::string token = alice();
  const Answer after = dismiss(token, kWithin15, "WITHIN_30_DAYS");
  ASSERT_EQ(after.status(), 200) << after.response.body;
  EXPECT_FALSE(byId(after).count(kWithin15));
  EXPECT_TRUE(byId(after).count(kWithin7));  // the others stay
  EXPECT_FALSE(byId(list(token)).count(kWithin15));
  EXPECT_EQ(store_->findApp("buyer-001", kWithin15)->reminderDismissal,
            (ReminderDismissal{ReminderStage::Within30Days, expiryOf(kWithin15)}));
  // Seven days before expiry it is back, at its next threshold; dismissed again, then expired.
  // (Days later: the 24-hour session has ended, so alice signs in again.)
  router_->clock().pin(expiryOf(kWithin15) - std::chrono::hours{24 * 7});
  token = alice();
  EXPECT_EQ(byId(list(token))[kWithin15]["stage"], "WITHIN_7_DAYS");
  ASSERT_EQ(dismiss(token, kWithin15, "WITHIN_7_DAYS").status(), 200);
  EXPECT_FALSE(byId(list(token)).count(kWithin15));
  router_->clock().pin(expiryOf(kWithin15));
  token = alice();
  EXPECT_EQ(byId(list(token))[kWithin15]["stage"], "EXPIRED");
}

TEST_F(RouterReminders, RefusesUnknownAppsOtherBuyersAppsStagesNotReachedAndBadStages) {
  const std::string token = alice();
  expectError(dismiss(token, "ins-none", "WITHIN_30_DAYS"), 404, "NOT_FOUND");
  expectError(dismiss(bob(), kWithin7, "WITHIN_7_DAYS"), 404, "NOT_FOUND");
  expectError(dismiss(token, kWithin15, "FROZEN"), 409, "CONFLICT", "no expiry reminder");
  expectError(dismiss(token, kYearlyAutoOn, "WITHIN_30_DAYS"), 409, "CONFLICT");
  expectError(dismiss(token, kWithin7, "SOON"), 422, "VALIDATION", "$.stage");
  // An earlier stage than the app's hides nothing new.
  ASSERT_EQ(dismiss(token, kWithin7, "WITHIN_30_DAYS").status(), 200);
  EXPECT_TRUE(byId(list(token)).count(kWithin7));
}

}  // namespace
}  // namespace koo::backend::test
