// Every codec encodes and decodes back to an equal value, with every optional set and with
// none set; optional fields left empty are left out of the JSON.
#include <gtest/gtest.h>

#include "core/json_codec.h"
#include "samples.h"

namespace koo {
namespace {

template <class T>
void expectRoundTrip(const T& value) {
  const std::string text = encodeJsonText(value);
  const Result<T> decoded = decodeJsonText<T>(text);
  ASSERT_TRUE(decoded.ok()) << decoded.error().describe() << "\n" << text;
  EXPECT_TRUE(decoded.value() == value) << text;
  EXPECT_EQ(encodeJsonText(decoded.value()), text);
}

// Round-trips what each sample function makes in its full and in its minimal form.
template <class... Sample>
void expectFullAndMinimalRoundTrip(Sample... sample) {
  for (bool full : {true, false}) {
    SCOPED_TRACE(full ? "full" : "minimal");
    (expectRoundTrip(sample(full)), ...);
  }
}

TEST(JsonRoundTrip, SharedTypes) {
  expectRoundTrip(samples::period());
  expectRoundTrip(samples::money());
  expectRoundTrip(Money{-300, "USD"});
  expectRoundTrip(samples::buyer());
  expectRoundTrip(samples::signInRequest());
  expectRoundTrip(SignInRequest{std::nullopt, "alice", std::nullopt});
  expectRoundTrip(SignInRequest{"buyer-002", std::nullopt, std::nullopt});
  expectRoundTrip(samples::signInResponse());
  expectRoundTrip(samples::seller());
  expectRoundTrip(samples::errorInfo());
  expectRoundTrip(samples::health());
  expectRoundTrip(samples::auditEntry());
  expectRoundTrip(samples::testClock());
  expectRoundTrip(TestClockBody{samples::at("2025-01-20T00:00:00Z"), std::nullopt});
  expectRoundTrip(TestClockBody{std::nullopt, 432000});
  expectRoundTrip(FaultSpecBody{"GET /api/v1/orders:malformed=1"});
  expectRoundTrip(FaultSpecBody{""});
  expectRoundTrip(FaultSpecState{"GET /api/v1/orders:malformed=1", 1});
}

TEST(JsonRoundTrip, PurchasedAppsAndOrders) {
  expectFullAndMinimalRoundTrip(samples::applicationInfo, samples::purchasedApp, samples::resourceDetails,
                                samples::order);
  expectRoundTrip(samples::passwordReveal());
}

TEST(JsonRoundTrip, Supervision) {
  expectRoundTrip(samples::formField());
  expectRoundTrip(samples::attachment());
  expectRoundTrip(samples::attachmentInfo());
  expectRoundTrip(samples::supervisedOrderSummary());
  expectFullAndMinimalRoundTrip(samples::serviceRequest, samples::delivery, samples::flowEvent, samples::flowState,
                                samples::appealAvailability, samples::supervisedOrderDetails);
}

TEST(JsonRoundTrip, RequestBodies) {
  expectFullAndMinimalRoundTrip(samples::submitRequestBody, samples::deliveryInput);
  expectRoundTrip(ReasonBody{"交付文档缺少第二个站点 / missing site 2"});
  expectRoundTrip(RemindBody{"Could you give us a delivery date?"});
  expectRoundTrip(RemindBody{});
  for (SellerAction action : allEnumValues<SellerAction>()) expectRoundTrip(samples::sellerActionBody(action));
  for (AppealDecision decision : allEnumValues<AppealDecision>())
    expectRoundTrip(AppealDecisionBody{decision, "decided"});
  expectRoundTrip(AppealDecisionBody{AppealDecision::Resume, std::nullopt});
  expectRoundTrip(ProvisioningFailureBody{"000100: no instance resource available"});
  expectRoundTrip(ProvisioningFailureBody{});
}

TEST(JsonRoundTrip, PagesAndLists) {
  expectRoundTrip(Page<PurchasedApp>{{samples::purchasedApp(true), samples::purchasedApp(false)}, 23, 2, 2});
  expectRoundTrip(Page<Order>{{}, 0, 1, 20});
  expectRoundTrip(Page<SupervisedOrderSummary>{{samples::supervisedOrderSummary()}, 1, 1, 100});
  expectRoundTrip(ItemList<Buyer>{{samples::buyer(), Buyer{"buyer-003", "chen", "陈静", ""}}});
  expectRoundTrip(ItemList<AuditEntry>{{samples::auditEntry()}});
}

// Round-trips `sample` with its enum member `field` set to each value in turn.
template <class T, class E>
void expectEveryValueRoundTrips(T sample, E T::*field) {
  for (E value : allEnumValues<E>()) {
    sample.*field = value;
    expectRoundTrip(sample);
  }
}

TEST(JsonRoundTrip, EveryEnumValueSurvives) {
  expectEveryValueRoundTrips(samples::purchasedApp(true), &PurchasedApp::status);
  expectEveryValueRoundTrips(samples::order(true), &Order::billingMode);
  for (OrderStatus status : allEnumValues<OrderStatus>()) {
    Order order = samples::order(false);
    order.status = status;
    expectEveryValueRoundTrips(order, &Order::type);
  }
  expectEveryValueRoundTrips(BillingPeriod{PeriodUnit::Day, 12}, &BillingPeriod::unit);
  for (FlowEventKind kind : allEnumValues<FlowEventKind>()) {
    FlowEvent event = samples::flowEvent(false);
    event.kind = kind;
    expectEveryValueRoundTrips(event, &FlowEvent::actor);
  }
  expectEveryValueRoundTrips(samples::supervisedOrderSummary(), &SupervisedOrderSummary::stage);
  expectEveryValueRoundTrips(samples::formField(), &FormFieldSpec::type);
  SupervisedOrderDetails details = samples::supervisedOrderDetails(true);
  const auto everyAction = allEnumValues<BuyerAction>();
  details.allowedActions.assign(everyAction.begin(), everyAction.end());
  expectRoundTrip(details);
}

TEST(JsonEncoding, UsesWireNamesAndLeavesOutEmptyOptionals) {
  const Json app = toJsonValue(samples::purchasedApp(false));
  EXPECT_EQ(app["billingMode"], "ON_DEMAND");
  EXPECT_EQ(app["status"], "FROZEN");
  EXPECT_EQ(app["purchaseTime"], "2025-01-01T02:00:00Z");
  EXPECT_FALSE(app.contains("period"));
  EXPECT_FALSE(app.contains("expiryTime"));
  EXPECT_FALSE(app.contains("effectiveTime"));

  const Json info = toJsonValue(samples::applicationInfo(false));
  EXPECT_FALSE(info.contains("adminUrl"));
  EXPECT_FALSE(info.contains("memo"));
  EXPECT_FALSE(info.contains("password"));
  EXPECT_EQ(info["hasPassword"], false);

  EXPECT_EQ(encodeJsonText(samples::errorInfo()),
            R"({"error":{"code":"CONFLICT","message":"Appeal is available after 5 days","requestId":"req-7f3a94"}})");
  EXPECT_EQ(encodeJsonText(RemindBody{}), "{}");
}

TEST(JsonEncoding, InvalidUtf8IsReplacedNotThrown) {
  Buyer buyer = samples::buyer();
  buyer.displayName = "bad \xFF byte";
  const std::string text = encodeJsonText(buyer);
  EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
  EXPECT_TRUE(decodeJsonText<Buyer>(text).ok());
}

TEST(JsonDecoding, AcceptsOffsetsAndFractionsAndIgnoresUnknownFieldsAndNulls) {
  const auto decoded = decodeJsonText<TestClock>(R"({"now":"2025-01-20T08:00:00.250+08:00","extra":[1,2]})");
  ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
  EXPECT_EQ(decoded->now, samples::at("2025-01-20T00:00:00Z"));

  const auto info = decodeJsonText<ApplicationInfo>(
      R"({"frontEndUrl":"http://a.example","userName":"u","hasPassword":false,"adminUrl":null,"memo":null})");
  ASSERT_TRUE(info.ok()) << info.error().describe();
  EXPECT_FALSE(info->adminUrl.has_value());
  EXPECT_FALSE(info->memo.has_value());
}

TEST(JsonDecoding, LimitsCountCharactersNotBytes) {
  // 128 Chinese characters are 384 bytes of UTF-8 and still a valid user name.
  std::string name;
  for (int i = 0; i < 128; ++i) name += "名";
  ApplicationInfo info = samples::applicationInfo(false);
  info.userName = name;
  expectRoundTrip(info);
  info.userName += "名";
  EXPECT_FALSE(decodeJsonText<ApplicationInfo>(encodeJsonText(info)).ok());
}

}  // namespace
}  // namespace koo
