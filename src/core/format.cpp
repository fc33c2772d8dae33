// Formatting helpers: fixed texts, no floating point; enum labels come from the text catalogues.
#include "format.h"

#include <array>
#include <cstdio>

#include "i18n.h"

namespace koo {
namespace {

// "1 day", "3 days" (the catalogue's "time.day" and "time.days"; Chinese has one form).
std::string plural(std::int64_t count, std::string_view unit) {
  const std::string key = "time." + std::string(unit) + (count == 1 ? "" : "s");
  return tr(key, {{"n", std::to_string(count)}});
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

// The catalogue key of each value's label, listed in the order of EnumTraits<E>::names (checked
// at compile time, so a new enum value cannot go without a label; the i18n test checks the key).
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
    if (entry.value == value) return tr(entry.name);
  return "";
}

constexpr auto kResourceStatusLabels = std::to_array<EnumName<ResourceStatus>>({
    {ResourceStatus::InUse, "status.resource.in_use"},
    {ResourceStatus::Frozen, "status.resource.frozen"},
    {ResourceStatus::Expired, "status.resource.expired"},
});
static_assert(labelsEveryValueInOrder(kResourceStatusLabels));

constexpr auto kBillingModeLabels = std::to_array<EnumName<BillingMode>>({
    {BillingMode::Period, "billing.period"},
    {BillingMode::OneTime, "billing.one_time"},
    {BillingMode::OnDemand, "billing.on_demand"},
    {BillingMode::OnDemandPackage, "billing.on_demand_package"},
});
static_assert(labelsEveryValueInOrder(kBillingModeLabels));

constexpr auto kOrderStatusLabels = std::to_array<EnumName<OrderStatus>>({
    {OrderStatus::PendingApproval, "status.order.pending_approval"},
    {OrderStatus::Processing, "status.order.processing"},
    {OrderStatus::Cancelled, "status.order.cancelled"},
    {OrderStatus::Completed, "status.order.completed"},
    {OrderStatus::PendingPayment, "status.order.pending_payment"},
    {OrderStatus::PendingConfirmation, "status.order.pending_confirmation"},
});
static_assert(labelsEveryValueInOrder(kOrderStatusLabels));

constexpr auto kOrderTypeLabels = std::to_array<EnumName<OrderType>>({
    {OrderType::New, "order_type.new"},
    {OrderType::Renewal, "order_type.renewal"},
    {OrderType::Change, "order_type.change"},
    {OrderType::Unsubscribe, "order_type.unsubscribe"},
    {OrderType::Trial, "order_type.trial"},
    {OrderType::TrialToCommercial, "order_type.trial_to_commercial"},
});
static_assert(labelsEveryValueInOrder(kOrderTypeLabels));

constexpr auto kFlowStageLabels = std::to_array<EnumName<FlowStage>>({
    {FlowStage::WaitingRequest, "stage.waiting_request"},
    {FlowStage::WaitingSellerAccept, "stage.waiting_seller_accept"},
    {FlowStage::WaitingDelivery, "stage.waiting_delivery"},
    {FlowStage::WaitingBuyerConfirm, "stage.waiting_buyer_confirm"},
    {FlowStage::Completed, "stage.completed"},
    {FlowStage::Appealing, "stage.appealing"},
    {FlowStage::Cancelled, "stage.cancelled"},
});
static_assert(labelsEveryValueInOrder(kFlowStageLabels));

constexpr auto kBuyerActionLabels = std::to_array<EnumName<BuyerAction>>({
    {BuyerAction::SubmitRequest, "action.submit_request"},
    {BuyerAction::ConfirmAcceptance, "action.confirm_acceptance"},
    {BuyerAction::RejectDelivery, "action.reject_delivery"},
    {BuyerAction::Remind, "action.remind"},
    {BuyerAction::Appeal, "action.appeal"},
});
static_assert(labelsEveryValueInOrder(kBuyerActionLabels));

constexpr auto kFlowEventKindLabels = std::to_array<EnumName<FlowEventKind>>({
    {FlowEventKind::OrderPaid, "event.order_paid"},
    {FlowEventKind::RequestSubmitted, "event.request_submitted"},
    {FlowEventKind::RequestAccepted, "event.request_accepted"},
    {FlowEventKind::RequestRejected, "event.request_rejected"},
    {FlowEventKind::ServiceDelivered, "event.service_delivered"},
    {FlowEventKind::DeliveryRejected, "event.delivery_rejected"},
    {FlowEventKind::AcceptanceConfirmed, "event.acceptance_confirmed"},
    {FlowEventKind::ReminderSent, "event.reminder_sent"},
    {FlowEventKind::AppealInitiated, "event.appeal_initiated"},
    {FlowEventKind::AppealResolved, "event.appeal_resolved"},
    {FlowEventKind::FlowClosed, "event.flow_closed"},
});
static_assert(labelsEveryValueInOrder(kFlowEventKindLabels));

constexpr auto kExpiryWindowLabels = std::to_array<EnumName<ExpiryWindow>>({
    {ExpiryWindow::Within7Days, "renewals.window.7"},
    {ExpiryWindow::Within15Days, "renewals.window.15"},
    {ExpiryWindow::Within30Days, "renewals.window.30"},
    {ExpiryWindow::Expired, "renewals.window.expired"},
    {ExpiryWindow::Frozen, "renewals.window.frozen"},
});
static_assert(labelsEveryValueInOrder(kExpiryWindowLabels));

constexpr auto kAutoRenewStateLabels = std::to_array<EnumName<AutoRenewState>>({
    {AutoRenewState::On, "renewals.auto.on"},
    {AutoRenewState::Off, "renewals.auto.off"},
});
static_assert(labelsEveryValueInOrder(kAutoRenewStateLabels));

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

// "1 month" / "3 months" from the catalogue: "period.<unit>.one" or "period.<unit>.other".
static std::string countedPeriodUnit(std::int64_t count, std::string_view unit) {
  const std::string key = "period." + std::string(unit) + (count == 1 ? ".one" : ".other");
  return tr(key, {{"n", std::to_string(count)}});
}

std::string billingPeriodText(const BillingPeriod& period) {
  switch (period.unit) {
    case PeriodUnit::Day: return countedPeriodUnit(period.count, "day");
    case PeriodUnit::Month: return countedPeriodUnit(period.count, "month");
    case PeriodUnit::Year: return countedPeriodUnit(period.count, "year");
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
std::string_view labelOf(ExpiryWindow value) { return labelIn(kExpiryWindowLabels, value); }
std::string_view labelOf(AutoRenewState value) { return labelIn(kAutoRenewStateLabels, value); }

}  // namespace koo
