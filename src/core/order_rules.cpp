// The unpaid order's deadline, its automatic cancellation, the pay and cancel refusals, and
// their words (catalogue keys "order_rules.*").
#include "order_rules.h"

#include "format.h"
#include "i18n.h"

namespace koo {

Timestamp paymentDeadlineOf(const Order& order) {
  return order.createdTime + std::chrono::seconds{order_rules::kPaymentWindowSeconds};
}

Order cancelledOrder(Order order, OrderCancelReason reason) {
  order.status = OrderStatus::Cancelled;
  order.cancelReason = reason;
  order.paymentDeadline.reset();
  order.secondsToDeadline.reset();
  // For clients that read only the free text; the console words the reason itself.
  order.statusReason = reason == OrderCancelReason::PaymentTimeout
                           ? "Payment timeout: not paid before the payment deadline"
                           : "Cancelled by the buyer before payment";
  return order;
}

Order orderAsOf(Order order, Timestamp now) {
  if (order.status != OrderStatus::PendingPayment) {
    order.paymentDeadline.reset();
    order.secondsToDeadline.reset();
    return order;
  }
  const Timestamp deadline = paymentDeadlineOf(order);
  if (now >= deadline) return cancelledOrder(std::move(order), OrderCancelReason::PaymentTimeout);
  order.paymentDeadline = deadline;
  order.secondsToDeadline = epochSeconds(deadline) - epochSeconds(now);
  return order;
}

namespace {
// `action` is "pay" or "cancel": the catalogue has one sentence per action and case.
std::optional<std::string> refusal(const Order& order, Timestamp now, const std::string& action) {
  const Order current = orderAsOf(order, now);
  if (current.status == OrderStatus::PendingPayment) return std::nullopt;
  if (current.cancelReason == OrderCancelReason::PaymentTimeout && order.status == OrderStatus::PendingPayment)
    return tr("order_rules." + action + "_refused_timeout");
  return tr("order_rules." + action + "_refused_status", {{"status", labelOf(current.status)}});
}
}  // namespace

std::optional<std::string> payRefusal(const Order& order, Timestamp now) { return refusal(order, now, "pay"); }

std::optional<std::string> cancelRefusal(const Order& order, Timestamp now) { return refusal(order, now, "cancel"); }

Order paidOrder(Order order, PaymentMethod method, Timestamp now) {
  order.paidTime = now;
  order.paymentMethod = method;
  order.paymentDeadline.reset();
  order.secondsToDeadline.reset();
  return order;
}

std::string formatTimeLeft(std::int64_t seconds) {
  if (seconds < 60) return tr("order_rules.left_under_minute");
  const std::int64_t minutes = seconds / 60, hours = minutes / 60, days = hours / 24;
  const auto n = [](std::int64_t v) { return std::to_string(v); };
  if (days > 0) return tr("order_rules.left_days_hours", {{"d", n(days)}, {"h", n(hours % 24)}});
  if (hours > 0) return tr("order_rules.left_hours_minutes", {{"h", n(hours)}, {"min", n(minutes % 60)}});
  return tr("order_rules.left_minutes", {{"min", n(minutes)}});
}

std::optional<std::string> autoCancelNotice(const Order& order) {
  if (order.status != OrderStatus::PendingPayment || !order.secondsToDeadline) return std::nullopt;
  return tr("order_rules.auto_cancel_in", {{"left", formatTimeLeft(*order.secondsToDeadline)}});
}

std::string_view labelOf(PaymentMethod method) {
  switch (method) {
    case PaymentMethod::Balance: return tr("payment_method.balance");
    case PaymentMethod::OnlineCard: return tr("payment_method.online_card");
    case PaymentMethod::MonthlySettlement: return tr("payment_method.monthly_settlement");
  }
  return "";
}

std::string_view labelOf(OrderCancelReason reason) {
  switch (reason) {
    case OrderCancelReason::BuyerCancelled: return tr("cancel_reason.buyer");
    case OrderCancelReason::PaymentTimeout: return tr("cancel_reason.payment_timeout");
  }
  return "";
}

}  // namespace koo
