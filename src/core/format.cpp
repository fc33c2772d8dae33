// Formatting helpers: fixed English texts, no locale or floating point involved.
#include "format.h"

#include <cstdio>

namespace koo {
namespace {

std::string plural(std::int64_t count, std::string_view unit) {
  return std::to_string(count) + " " + std::string(unit) + (count == 1 ? "" : "s");
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

std::string groupThousands(std::int64_t value) {
  std::string digits = std::to_string(value);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

}  // namespace

std::string formatDate(Timestamp t, int utcOffsetMinutes) {
  const CivilTime c = toCivil(t + std::chrono::minutes{utcOffsetMinutes});
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buffer;
}

std::string formatDateTime(Timestamp t, int utcOffsetMinutes) {
  const CivilTime c = toCivil(t + std::chrono::minutes{utcOffsetMinutes});
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
  return buffer;
}

std::string formatDuration(std::int64_t seconds) {
  if (seconds >= kSecondsPerDay) return plural(ceilDiv(seconds, kSecondsPerDay), "day");
  if (seconds >= kSecondsPerHour) return plural(ceilDiv(seconds, kSecondsPerHour), "hour");
  return plural(seconds <= 60 ? 1 : ceilDiv(seconds, 60), "minute");
}

std::string formatMoney(const Money& money) {
  const std::int64_t magnitude = money.minorUnits < 0 ? -money.minorUnits : money.minorUnits;
  char cents[4];
  std::snprintf(cents, sizeof cents, "%02d", static_cast<int>(magnitude % 100));
  const std::string number = groupThousands(magnitude / 100) + "." + cents;
  std::string symbol;
  if (money.currency == "CNY") symbol = "\xC2\xA5";  // ¥
  else if (money.currency == "USD") symbol = "$";
  else symbol = money.currency + " ";
  return (money.minorUnits < 0 ? "-" : "") + symbol + number;
}

std::string billingPeriodText(const BillingPeriod& period) {
  switch (period.unit) {
    case PeriodUnit::Day: return plural(period.count, "day");
    case PeriodUnit::Month: return plural(period.count, "month");
    case PeriodUnit::Year: return plural(period.count, "year");
  }
  return "";
}

std::string periodText(const std::optional<BillingPeriod>& period) {
  return period ? billingPeriodText(*period) : "-";
}

std::string_view labelOf(ResourceStatus value) {
  switch (value) {
    case ResourceStatus::InUse: return "In use";
    case ResourceStatus::Frozen: return "Frozen";
    case ResourceStatus::Expired: return "Expired";
  }
  return "";
}

std::string_view labelOf(BillingMode value) {
  switch (value) {
    case BillingMode::Period: return "Yearly/Monthly";
    case BillingMode::OneTime: return "One-time";
    case BillingMode::OnDemand: return "Pay-per-use";
    case BillingMode::OnDemandPackage: return "Pay-per-use package";
  }
  return "";
}

std::string_view labelOf(OrderStatus value) {
  switch (value) {
    case OrderStatus::PendingApproval: return "Pending approval";
    case OrderStatus::Processing: return "Processing";
    case OrderStatus::Cancelled: return "Cancelled";
    case OrderStatus::Completed: return "Completed";
    case OrderStatus::PendingPayment: return "Pending payment";
    case OrderStatus::PendingConfirmation: return "Pending confirmation";
  }
  return "";
}

std::string_view labelOf(OrderType value) {
  switch (value) {
    case OrderType::New: return "New purchase";
    case OrderType::Renewal: return "Renewal";
    case OrderType::Change: return "Change";
    case OrderType::Unsubscribe: return "Unsubscription";
    case OrderType::Trial: return "Trial";
    case OrderType::TrialToCommercial: return "Trial to commercial";
  }
  return "";
}

std::string_view labelOf(FlowStage value) {
  switch (value) {
    case FlowStage::WaitingRequest: return "Waiting for your request";
    case FlowStage::WaitingSellerAccept: return "Waiting for the seller to accept the request";
    case FlowStage::WaitingDelivery: return "Waiting for the seller to provide the service";
    case FlowStage::WaitingBuyerConfirm: return "Waiting for you to confirm acceptance";
    case FlowStage::Completed: return "Completed";
    case FlowStage::Appealing: return "Appeal in progress (flow frozen)";
    case FlowStage::Cancelled: return "Cancelled";
  }
  return "";
}

std::string_view labelOf(BuyerAction value) {
  switch (value) {
    case BuyerAction::SubmitRequest: return "Submit Request";
    case BuyerAction::ConfirmAcceptance: return "Confirm Acceptance";
    case BuyerAction::RejectDelivery: return "Reject";
    case BuyerAction::Remind: return "Remind Seller";
    case BuyerAction::Appeal: return "Initiate Appeal";
  }
  return "";
}

std::string_view labelOf(FlowEventKind value) {
  switch (value) {
    case FlowEventKind::OrderPaid: return "Order paid";
    case FlowEventKind::RequestSubmitted: return "Request submitted";
    case FlowEventKind::RequestAccepted: return "Request accepted by the seller";
    case FlowEventKind::RequestRejected: return "Request rejected by the seller";
    case FlowEventKind::ServiceDelivered: return "Service delivered";
    case FlowEventKind::DeliveryRejected: return "Delivery rejected";
    case FlowEventKind::AcceptanceConfirmed: return "Acceptance confirmed";
    case FlowEventKind::ReminderSent: return "Reminder sent to the seller";
    case FlowEventKind::AppealInitiated: return "Appeal initiated";
    case FlowEventKind::AppealResolved: return "Appeal resolved";
    case FlowEventKind::FlowClosed: return "Flow closed";
  }
  return "";
}

}  // namespace koo
