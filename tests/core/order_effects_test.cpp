// What the flow does to the rest of the console: the order's status per stage, the validity
// that completion starts, when an app appears in Purchased Apps, its status over time, and the
// cancellation a provisioning failure causes.
#include <gtest/gtest.h>

#include "core/service_flow.h"
#include "samples.h"

namespace koo {
namespace {

TEST(OrderEffects, OrderStatusFollowsTheFlow) {
  for (FlowStage stage : allEnumValues<FlowStage>()) {
    const OrderStatus expected = stage == FlowStage::Completed   ? OrderStatus::Completed
                                 : stage == FlowStage::Cancelled ? OrderStatus::Cancelled
                                                                 : OrderStatus::Processing;
    EXPECT_EQ(orderStatusForStage(stage), expected) << toString(stage);
  }
}

TEST(OrderEffects, ValidityStartsAtAcceptanceOrAtTheEnablingTime) {
  const Timestamp accepted = samples::at("2025-01-31T10:00:00Z");
  const Validity yearly = validityFrom(accepted, std::nullopt, BillingPeriod{PeriodUnit::Year, 1});
  EXPECT_EQ(yearly.effectiveTime, accepted);
  EXPECT_EQ(yearly.expiryTime, samples::at("2026-01-31T10:00:00Z"));

  const Validity monthly = validityFrom(accepted, std::nullopt, BillingPeriod{PeriodUnit::Month, 1});
  EXPECT_EQ(monthly.expiryTime, samples::at("2025-02-28T10:00:00Z"));  // clamped to February's end

  const Timestamp enabling = samples::at("2025-01-20T00:00:00Z");
  const Validity enabled = validityFrom(accepted, enabling, BillingPeriod{PeriodUnit::Month, 3});
  EXPECT_EQ(enabled.effectiveTime, enabling);
  EXPECT_EQ(enabled.expiryTime, samples::at("2025-04-20T00:00:00Z"));

  const Validity trial = validityFrom(accepted, std::nullopt, BillingPeriod{PeriodUnit::Day, 7});
  EXPECT_EQ(trial.expiryTime, samples::at("2025-02-07T10:00:00Z"));

  const Validity oneTime = validityFrom(accepted, std::nullopt, std::nullopt);
  EXPECT_EQ(oneTime.effectiveTime, accepted);
  EXPECT_FALSE(oneTime.expiryTime.has_value());
}

TEST(OrderEffects, LeapYearsInPeriods) {
  EXPECT_EQ(addPeriod(samples::at("2024-02-29T00:00:00Z"), BillingPeriod{PeriodUnit::Year, 1}),
            samples::at("2025-02-28T00:00:00Z"));
  EXPECT_EQ(addPeriod(samples::at("2024-02-29T00:00:00Z"), BillingPeriod{PeriodUnit::Year, 4}),
            samples::at("2028-02-29T00:00:00Z"));
  EXPECT_EQ(addPeriod(samples::at("2023-12-31T23:59:59Z"), BillingPeriod{PeriodUnit::Month, 2}),
            samples::at("2024-02-29T23:59:59Z"));
}

TEST(OrderEffects, WhichOrdersShowInPurchasedApps) {
  struct Row {
    OrderStatus status;
    bool supervised;
    bool provisioned;
    std::optional<FlowStage> stage;
    bool appears;
  };
  const std::vector<Row> table = {
      {OrderStatus::Completed, false, true, std::nullopt, true},
      {OrderStatus::Completed, false, false, std::nullopt, false},
      {OrderStatus::Processing, false, true, std::nullopt, false},
      {OrderStatus::Cancelled, false, true, std::nullopt, false},
      {OrderStatus::PendingPayment, false, false, std::nullopt, false},
      {OrderStatus::Completed, true, true, FlowStage::Completed, true},
      {OrderStatus::Completed, true, true, FlowStage::WaitingBuyerConfirm, false},
      {OrderStatus::Processing, true, true, FlowStage::WaitingDelivery, false},
      {OrderStatus::Processing, true, true, FlowStage::Appealing, false},
      {OrderStatus::Cancelled, true, true, FlowStage::Cancelled, false},
      {OrderStatus::Completed, true, true, std::nullopt, false},
  };
  for (size_t i = 0; i < table.size(); ++i) {
    Order order = samples::order(false);
    order.status = table[i].status;
    order.involvesSupervision = table[i].supervised;
    if (table[i].provisioned) order.instanceId = "inst-1";
    EXPECT_EQ(appearsInPurchasedApps(order, table[i].stage), table[i].appears) << "row " << i;
  }
}

TEST(OrderEffects, ResourceStatusOverTime) {
  const Timestamp expiry = samples::at("2025-06-01T00:00:00Z");
  EXPECT_EQ(resourceStatusAt(expiry, false, expiry - std::chrono::seconds{1}), ResourceStatus::InUse);
  EXPECT_EQ(resourceStatusAt(expiry, false, expiry), ResourceStatus::Expired);
  EXPECT_EQ(resourceStatusAt(expiry, true, expiry - std::chrono::seconds{1}), ResourceStatus::Frozen);
  EXPECT_EQ(resourceStatusAt(std::nullopt, false, samples::at("2099-01-01T00:00:00Z")), ResourceStatus::InUse);
}

TEST(OrderEffects, ProvisioningFailureCancelsAnOpenOrder) {
  for (OrderStatus status : allEnumValues<OrderStatus>()) {
    SCOPED_TRACE(std::string(toString(status)));
    Order order = samples::order(true);
    order.status = status;
    const auto result = applyProvisioningFailure(order, std::nullopt);
    if (status == OrderStatus::Completed || status == OrderStatus::Cancelled) {
      ASSERT_FALSE(result.ok());
      EXPECT_EQ(result.error().code, RefusalCode::OrderNotOpen);
      continue;
    }
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->status, OrderStatus::Cancelled);
    EXPECT_EQ(result->statusReason, "Provisioning failed: the seller could not create the instance");
    Order rest = result.value();
    rest.status = order.status;
    rest.statusReason = order.statusReason;
    EXPECT_TRUE(rest == order) << "nothing else changes";
  }
  const auto withReason = applyProvisioningFailure(samples::order(false), std::string("000100: no resource"));
  ASSERT_TRUE(withReason.ok());
  EXPECT_EQ(withReason->statusReason, "000100: no resource");
}

}  // namespace
}  // namespace koo
