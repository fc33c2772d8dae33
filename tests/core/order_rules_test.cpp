// The unpaid order's rules: the 7-day payment deadline, automatic cancellation at it, who may
// pay or cancel, what payment and cancellation do to the order, and the time-left words.
#include <gtest/gtest.h>

#include "core/i18n.h"
#include "core/order_rules.h"

namespace koo {
namespace {

const Timestamp kCreated = parseIsoUtc("2025-01-10T08:00:00Z").value();

Order unpaid() {
  Order order;
  order.orderId = "CS-1";
  order.status = OrderStatus::PendingPayment;
  order.createdTime = kCreated;
  return order;
}

Timestamp at(const char* iso) { return parseIsoUtc(iso).value(); }

TEST(OrderRules, TheDeadlineIsSevenDaysAfterCreation) {
  EXPECT_EQ(paymentDeadlineOf(unpaid()), at("2025-01-17T08:00:00Z"));
  const Order now = orderAsOf(unpaid(), at("2025-01-17T05:50:00Z"));
  EXPECT_EQ(now.status, OrderStatus::PendingPayment);
  EXPECT_EQ(now.paymentDeadline, at("2025-01-17T08:00:00Z"));
  EXPECT_EQ(now.secondsToDeadline, 2 * 3600 + 10 * 60);
}

TEST(OrderRules, AnUnpaidOrderIsCancelledAutomaticallyAtItsDeadline) {
  const Order due = orderAsOf(unpaid(), at("2025-01-17T08:00:00Z"));  // the deadline itself
  EXPECT_EQ(due.status, OrderStatus::Cancelled);
  EXPECT_EQ(due.cancelReason, OrderCancelReason::PaymentTimeout);
  EXPECT_FALSE(due.paymentDeadline.has_value());
  EXPECT_FALSE(due.secondsToDeadline.has_value());
  EXPECT_FALSE(due.paidTime.has_value());
  EXPECT_NE(due.statusReason.value_or("").find("Payment timeout"), std::string::npos);
  // One second before, still payable.
  EXPECT_EQ(orderAsOf(unpaid(), at("2025-01-17T07:59:59Z")).status, OrderStatus::PendingPayment);
}

TEST(OrderRules, OtherStatusesCarryNoDeadline) {
  for (OrderStatus status : {OrderStatus::Completed, OrderStatus::Processing, OrderStatus::Cancelled,
                             OrderStatus::PendingApproval, OrderStatus::PendingConfirmation}) {
    Order order = unpaid();
    order.status = status;
    order.paymentDeadline = kCreated;  // whatever was stored: only the status decides
    const Order now = orderAsOf(order, at("2025-03-01T00:00:00Z"));
    EXPECT_EQ(now.status, status);
    EXPECT_FALSE(now.paymentDeadline.has_value());
  }
}

TEST(OrderRules, OnlyAnUnpaidOrderBeforeItsDeadlineMayBePaidOrCancelled) {
  setCurrentLocale(Locale::En);
  const Timestamp before = at("2025-01-12T00:00:00Z"), after = at("2025-01-18T00:00:00Z");
  EXPECT_EQ(payRefusal(unpaid(), before), std::nullopt);
  EXPECT_EQ(cancelRefusal(unpaid(), before), std::nullopt);
  ASSERT_TRUE(payRefusal(unpaid(), after).has_value());
  EXPECT_NE(payRefusal(unpaid(), after)->find("cancelled automatically"), std::string::npos);
  EXPECT_NE(cancelRefusal(unpaid(), after)->find("cancelled automatically"), std::string::npos);
  Order paid = unpaid();
  paid.status = OrderStatus::Completed;
  EXPECT_EQ(payRefusal(paid, before), "Only orders pending payment can be paid; this one is Completed.");
  EXPECT_EQ(cancelRefusal(paid, before), "Only orders pending payment can be cancelled; this one is Completed.");
  const Order cancelled = cancelledOrder(unpaid(), OrderCancelReason::BuyerCancelled);
  EXPECT_TRUE(payRefusal(cancelled, before).has_value());
  EXPECT_TRUE(cancelRefusal(cancelled, before).has_value());  // a cancelled order cannot be restored
}

TEST(OrderRules, PayingAndCancellingChangeTheOrder) {
  const Timestamp now = at("2025-01-12T00:00:00Z");
  const Order paid = paidOrder(orderAsOf(unpaid(), now), PaymentMethod::OnlineCard, now);
  EXPECT_EQ(paid.paidTime, now);
  EXPECT_EQ(paid.paymentMethod, PaymentMethod::OnlineCard);
  EXPECT_FALSE(paid.paymentDeadline.has_value());
  const Order cancelled = cancelledOrder(orderAsOf(unpaid(), now), OrderCancelReason::BuyerCancelled);
  EXPECT_EQ(cancelled.status, OrderStatus::Cancelled);
  EXPECT_EQ(cancelled.cancelReason, OrderCancelReason::BuyerCancelled);
  EXPECT_FALSE(cancelled.paymentDeadline.has_value());
}

TEST(OrderRules, TimeLeftIsWordedToTheMinuteInBothLanguages) {
  setCurrentLocale(Locale::En);
  EXPECT_EQ(formatTimeLeft(2 * 3600 + 10 * 60 + 59), "2 h 10 min");
  EXPECT_EQ(formatTimeLeft(3 * 86400 + 4 * 3600), "3 d 4 h");
  EXPECT_EQ(formatTimeLeft(5 * 60), "5 min");
  EXPECT_EQ(formatTimeLeft(30), "less than 1 min");
  const Order order = orderAsOf(unpaid(), at("2025-01-17T05:50:00Z"));
  EXPECT_EQ(autoCancelNotice(order), "Cancelled automatically in 2 h 10 min");
  setCurrentLocale(Locale::ZhCN);
  EXPECT_EQ(autoCancelNotice(order), "2 小时 10 分钟后自动取消");
  setCurrentLocale(Locale::En);
  Order done = order;
  done.status = OrderStatus::Completed;
  EXPECT_EQ(autoCancelNotice(done), std::nullopt);
}

}  // namespace
}  // namespace koo
