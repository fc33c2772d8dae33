// Formatting helpers: fixed English texts, no locale or floating point involved.
#include "format.h"

#include <array>
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

// The English label of each value, listed in the order of EnumTraits<E>::names (checked at
// compile time, so a new enum value cannot go without a label).
template <class E, size_t N>
constexpr bool labelsEveryValueInOrder(const std::array<EnumName<E>, N>& labels) {
  if (N != EnumTraits<E>::names.size()) return false;
  for (size_t i = 0; i < N; ++i)
    if (labels[i].value != EnumTraits<E>::names[i].value) return false;
  return true;
}

template <class E, size_t N>
std::string_view labelIn(const std::array<EnumName<E>, N>& labels, E value) {
  for (const auto& entry : labels)
    if (entry.value == value) return entry.name;
  return "";
}

constexpr auto kResourceStatusLabels = std::to_array<EnumName<ResourceStatus>>({
    {ResourceStatus::InUse, "In use"},
    {ResourceStatus::Frozen, "Frozen"},
    {ResourceStatus::Expired, "Expired"},
});
static_assert(labelsEveryValueInOrder(kResourceStatusLabels));

constexpr auto kBillingModeLabels = std::to_array<EnumName<BillingMode>>({
    {BillingMode::Period, "Yearly/Monthly"},
    {BillingMode::OneTime, "One-time"},
    {BillingMode::OnDemand, "Pay-per-use"},
    {BillingMode::OnDemandPackage, "Pay-per-use package"},
});
static_assert(labelsEveryValueInOrder(kBillingModeLabels));

constexpr auto kOrderStatusLabels = std::to_array<EnumName<OrderStatus>>({
    {OrderStatus::PendingApproval, "Pending approval"},
    {OrderStatus::Processing, "Processing"},
    {OrderStatus::Cancelled, "Cancelled"},
    {OrderStatus::Completed, "Completed"},
    {OrderStatus::PendingPayment, "Pending payment"},
    {OrderStatus::PendingConfirmation, "Pending confirmation"},
});
static_assert(labelsEveryValueInOrder(kOrderStatusLabels));

constexpr auto kOrderTypeLabels = std::to_array<EnumName<OrderType>>({
    {OrderType::New, "New purchase"},
    {OrderType::Renewal, "Renewal"},
    {OrderType::Change, "Change"},
    {OrderType::Unsubscribe, "Unsubscription"},
    {OrderType::Trial, "Trial"},
    {OrderType::TrialToCommercial, "Trial to commercial"},
});
static_assert(labelsEveryValueInOrder(kOrderTypeLabels));

constexpr auto kFlowStageLabels = std::to_array<EnumName<FlowStage>>({
    {FlowStage::WaitingRequest, "Waiting for your request"},
    {FlowStage::WaitingSellerAccept, "Waiting for the seller to accept the request"},
    {FlowStage::WaitingDelivery, "Waiting for the seller to provide the service"},
    {FlowStage::WaitingBuyerConfirm, "Waiting for you to confirm acceptance"},
    {FlowStage::Completed, "Completed"},
    {FlowStage::Appealing, "Appeal in progress (flow frozen)"},
    {FlowStage::Cancelled, "Cancelled"},
});
static_assert(labelsEveryValueInOrder(kFlowStageLabels));

constexpr auto kBuyerActionLabels = std::to_array<EnumName<BuyerAction>>({
    {BuyerAction::SubmitRequest, "Submit Request"},
    {BuyerAction::ConfirmAcceptance, "Confirm Acceptance"},
    {BuyerAction::RejectDelivery, "Reject"},
    {BuyerAction::Remind, "Remind Seller"},
    {BuyerAction::Appeal, "Initiate Appeal"},
});
static_assert(labelsEveryValueInOrder(kBuyerActionLabels));

constexpr auto kFlowEventKindLabels = std::to_array<EnumName<FlowEventKind>>({
    {FlowEventKind::OrderPaid, "Order paid"},
    {FlowEventKind::RequestSubmitted, "Request submitted"},
    {FlowEventKind::RequestAccepted, "Request accepted by the seller"},
    {FlowEventKind::RequestRejected, "Request rejected by the seller"},
    {FlowEventKind::ServiceDelivered, "Service delivered"},
    {FlowEventKind::DeliveryRejected, "Delivery rejected"},
    {FlowEventKind::AcceptanceConfirmed, "Acceptance confirmed"},
    {FlowEventKind::ReminderSent, "Reminder sent to the seller"},
    {FlowEventKind::AppealInitiated, "Appeal initiated"},
    {FlowEventKind::AppealResolved, "Appeal resolved"},
    {FlowEventKind::FlowClosed, "Flow closed"},
});
static_assert(labelsEveryValueInOrder(kFlowEventKindLabels));

}  // namespace

std::string formatDate(Timestamp t, const TimeZone& zone) {
  const CivilTime c = toCivil(t + std::chrono::minutes{zone.offsetMinutesAt(t)});
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buffer;
}

std::string formatDateTime(Timestamp t, const TimeZone& zone) {
  const int offset = zone.offsetMinutesAt(t);
  const CivilTime c = toCivil(t + std::chrono::minutes{offset});
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d ", c.year, c.month, c.day, c.hour, c.minute);
  return buffer + formatUtcOffset(offset);
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

std::string_view labelOf(ResourceStatus value) { return labelIn(kResourceStatusLabels, value); }
std::string_view labelOf(BillingMode value) { return labelIn(kBillingModeLabels, value); }
std::string_view labelOf(OrderStatus value) { return labelIn(kOrderStatusLabels, value); }
std::string_view labelOf(OrderType value) { return labelIn(kOrderTypeLabels, value); }
std::string_view labelOf(FlowStage value) { return labelIn(kFlowStageLabels, value); }
std::string_view labelOf(BuyerAction value) { return labelIn(kBuyerActionLabels, value); }
std::string_view labelOf(FlowEventKind value) { return labelIn(kFlowEventKindLabels, value); }

}  // namespace koo
