// Tests of the demo data set: it loads, covers every status, mode, stage and type the console
// shows, stays true whenever it is seeded, refuses bad input, and backs the offline demo.
#include <gtest/gtest.h>

#include <set>

#include "core/order_rules.h"
#include "core/service_flow.h"
#include "demo_backend.h"
#include "demo_data.h"

namespace koo::backend {
namespace {

Timestamp at(const char* iso) { return parseIsoUtc(iso).value(); }

SeedData load(Timestamp now) {
  auto seed = loadDemoData(embeddedDemoData(), now);
  EXPECT_TRUE(seed.ok()) << (seed.ok() ? "" : seed.error());
  return seed.ok() ? seed.value() : SeedData{};
}

bool hasCjk(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0xE4 && c <= 0xE9) return true;  // lead bytes of the CJK block in UTF-8
  return false;
}

TEST(DemoData, CoversEveryCaseTheConsoleShows) {
  const Timestamp now = at("2026-03-10T08:30:00Z");
  SeedData seed = load(now);
  EXPECT_GE(seed.buyers.size(), 3u);
  EXPECT_GE(seed.apps.size(), 60u);

  std::set<ResourceStatus> statuses;
  std::set<BillingMode> modes;
  std::set<std::string> owners;
  bool trial = false, withAdminUrl = false, withoutAdminUrl = false, withMemo = false,
       withoutMemo = false, unsafeUrl = false, english = false, chinese = false;
  for (const auto& r : seed.apps) {
    statuses.insert(r.app.status);
    modes.insert(r.app.billingMode);
    owners.insert(r.buyerId);
    trial = trial || r.app.isTrial;
    const auto& info = r.applicationInfo;
    withAdminUrl = withAdminUrl || info.adminUrl.has_value();
    withoutAdminUrl = withoutAdminUrl || !info.adminUrl;
    withMemo = withMemo || info.memo.has_value();
    withoutMemo = withoutMemo || !info.memo;
    unsafeUrl = unsafeUrl || (info.adminUrl && info.adminUrl->rfind("http", 0) != 0);
    (hasCjk(r.app.productName) ? chinese : english) = true;
    // Stored statuses agree with the times once shifted.
    EXPECT_EQ(resourceStatusAt(r.app.expiryTime, r.app.status == ResourceStatus::Frozen, now),
              r.app.status)
        << r.app.instanceId;
  }
  EXPECT_EQ(statuses.size(), 3u);
  EXPECT_EQ(modes.size(), 4u);
  EXPECT_EQ(owners.size(), 3u);
  EXPECT_TRUE(trial && withAdminUrl && withoutAdminUrl && withMemo && withoutMemo && unsafeUrl);
  EXPECT_TRUE(english && chinese);

  std::set<OrderStatus> orderStatuses;
  std::set<OrderType> orderTypes;
  bool cancelledForProvisioning = false;
  for (const auto& r : seed.orders) {
    orderStatuses.insert(r.order.status);
    orderTypes.insert(r.order.type);
    if (r.order.status == OrderStatus::Cancelled && r.order.statusReason &&
        r.order.statusReason->find("Provisioning failed") != std::string::npos)
      cancelledForProvisioning = true;
  }
  EXPECT_EQ(orderStatuses.size(), allEnumValues<OrderStatus>().size());
  EXPECT_EQ(orderTypes.size(), allEnumValues<OrderType>().size());
  EXPECT_TRUE(cancelledForProvisioning);

  std::set<FlowStage> stages;
  int appealable = 0;
  for (const auto& s : seed.supervisions) {
    stages.insert(s.flow.stage);
    if (appealAvailability(s.flow, now).available) ++appealable;
  }
  EXPECT_EQ(stages.size(), allEnumValues<FlowStage>().size());
  EXPECT_GE(appealable, 2);  // seller silent > 5 days, and 3 rejections
}

TEST(DemoData, TimeDependentCasesHoldWheneverItIsSeeded) {
  for (const char* when : {"2025-01-15T00:00:00Z", "2025-01-15T23:59:59Z", "2027-07-01T12:00:00Z",
                           "2019-02-03T04:05:06Z"}) {
    const Timestamp now = at(when);
    SeedData seed = load(now);
    int silentSeller = 0;
    for (const auto& s : seed.supervisions) {
      auto appeal = appealAvailability(s.flow, now);
      if (appeal.available && isSellersTurn(s.flow.stage)) ++silentSeller;
    }
    EXPECT_GE(silentSeller, 1) << when;
    for (const auto& r : seed.apps) {
      EXPECT_LE(r.app.purchaseTime, now) << when;
      EXPECT_EQ(resourceStatusAt(r.app.expiryTime, r.app.status == ResourceStatus::Frozen, now),
                r.app.status)
          << when << " " << r.app.instanceId;
    }
  }
}

TEST(DemoData, ShiftsByWholeDaysKeepingTheTimeOfDay) {
  SeedData a = load(at("2025-01-15T00:00:00Z"));
  SeedData b = load(at("2025-01-25T17:45:00Z"));
  ASSERT_EQ(a.apps.size(), b.apps.size());
  EXPECT_EQ(epochSeconds(b.apps[0].app.purchaseTime) - epochSeconds(a.apps[0].app.purchaseTime),
            10 * kSecondsPerDay);
}

TEST(DemoData, RefusesBrokenSets) {
  const Timestamp now = at("2025-01-15T00:00:00Z");
  struct Case {
    const char* json;
    const char* expect;
  } cases[] = {
      {"{", "not valid JSON"},
      {R"({"buyers":[]})", "$.referenceTime"},
      {R"({"referenceTime":"2025-01-15T00:00:00Z","buyers":[{"buyerId":"b"}],"orders":[],"apps":[],"supervisions":[],"events":[]})",
       "$.buyers[0].userName"},
      {R"({"referenceTime":"2025-01-15T00:00:00Z","buyers":[],"orders":[{"buyerId":"nobody","order":{"orderId":"o1","type":"NEW","status":"COMPLETED","productId":"p","productName":"P","specification":"s","billingMode":"ONE_TIME","amount":{"minorUnits":1,"currency":"CNY"},"createdTime":"2025-01-01T00:00:00Z","involvesSupervision":false}}],"apps":[],"supervisions":[],"events":[]})",
       "unknown buyer"},
  };
  for (const auto& c : cases) {
    auto result = loadDemoData(c.json, now);
    ASSERT_FALSE(result.ok()) << c.json;
    EXPECT_NE(result.error().find(c.expect), std::string::npos) << result.error();
  }
}

// Issue 13: whenever the data set is seeded, its unpaid orders show each deadline case.
TEST(DemoData, UnpaidOrdersCoverNearFarAndPassedDeadlines) {
  for (const char* when : {"2025-01-15T00:00:00Z", "2025-01-15T23:59:59Z", "2027-07-01T12:00:00Z"}) {
    const Timestamp now = at(when);
    SeedData seed = load(now);
    int near = 0, far = 0, overdue = 0, refusing = 0;
    for (const auto& r : seed.orders) {
      const Order order = orderAsOf(r.order, now);
      if (r.order.status != OrderStatus::PendingPayment) continue;
      if (order.status == OrderStatus::Cancelled) ++overdue;
      else if (*order.secondsToDeadline <= kSecondsPerDay + 1800) ++near;
      else if (*order.secondsToDeadline >= 5 * kSecondsPerDay) ++far;
      if (r.paymentOutcome) ++refusing;
    }
    EXPECT_GE(near, 1) << when;
    EXPECT_GE(far, 1) << when;
    EXPECT_GE(overdue, 1) << when;
    EXPECT_EQ(refusing, 2) << when;
  }
}

}  // namespace
}  // namespace koo::backend

namespace koo::backend {
namespace {

TEST(DemoBackend, AnswersInProcessFromTheBuiltInDataSet) {
  std::string error;
  auto demo = DemoBackend::create(fixedClock(parseIsoUtc("2025-05-05T05:00:00Z").value()), {}, error);
  ASSERT_TRUE(demo) << error;
  HttpRequest signIn{"POST", "/api/v1/auth/sign-in", {}, {{"Idempotency-Key", "k"}},
                     R"({"userName":"bob","password":"bob-demo-2025"})", ""};
  RoutedResponse answer = demo->router().route(signIn);
  EXPECT_EQ(answer.response.status, 200) << answer.response.body;
  EXPECT_EQ(answer.latencyMs, 0);
  EXPECT_FALSE(demo->store().appsOf("buyer-002").empty());
}

}  // namespace
}  // namespace koo::backend
