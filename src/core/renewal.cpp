// Renewal rules: lifecycle after expiry, eligibility, periods, price, new expiry, auto-renewal.
#include "renewal.h"

#include "format.h"
#include "i18n.h"
#include "service_flow.h"

namespace koo {
namespace {

using namespace renewal_rules;

constexpr std::chrono::minutes kMarketplaceOffset{kMarketplaceOffsetMinutes};

RenewalRefusal refusal(RenewalRefusalCode code, std::string message) { return {code, std::move(message)}; }

bool lastDayOfMonth(const CivilTime& c) { return !fromCivil(CivilTime{c.year, c.month, c.day + 1, 0, 0, 0}); }

int daysInMonth(int year, int month) {
  for (int day = 31; day > 28; --day)
    if (fromCivil(CivilTime{year, month, day, 0, 0, 0})) return day;
  return 28;
}

// The refusals that hold whatever is asked (kind, release, SKU on sale).
std::optional<RenewalRefusal> basicRefusal(const PurchasedApp& app, Timestamp now) {
  if (!isRenewalKind(app))
    return refusal(RenewalRefusalCode::NotRenewable, tr("renewals.refusal.not_renewable"));
  const Lifecycle life = lifecycleAt(app.expiryTime, app.status == ResourceStatus::Frozen, now);
  if (life.released) return refusal(RenewalRefusalCode::Released, tr("renewals.refusal.released"));
  if (!app.renewalOffer) return refusal(RenewalRefusalCode::NotOnSale, tr("renewals.refusal.not_on_sale"));
  return std::nullopt;
}

std::optional<RenewalRefusal> periodRefusal(const PurchasedApp& app, const BillingPeriod& period) {
  for (const auto& option : renewalPeriodOptions(app))
    if (option == period) return std::nullopt;
  return refusal(RenewalRefusalCode::BadPeriod,
                 tr("renewals.refusal.bad_period", {{"period", billingPeriodText(period)}}));
}

}  // namespace

Lifecycle lifecycleAt(const std::optional<Timestamp>& expiryTime, bool frozen, Timestamp now) {
  Lifecycle life;
  if (expiryTime) {
    life.graceEnds = addDays(*expiryTime, kGraceDays);
    life.retentionEnds = addDays(*life.graceEnds, kRetentionDays);
    life.released = now >= *life.retentionEnds;
  }
  if (frozen || (life.graceEnds && now >= *life.graceEnds)) life.status = ResourceStatus::Frozen;
  else if (expiryTime && now >= *expiryTime) life.status = ResourceStatus::Expired;
  return life;
}

PurchasedApp withStatusAt(PurchasedApp app, Timestamp now) {
  // A stored FROZEN from before expiry is the seller's freeze; one after is time's, and time
  // decides again (a renewal moves the expiry, and the app is in use again).
  const bool frozenByRule = app.status == ResourceStatus::Frozen && (!app.expiryTime || now < *app.expiryTime);
  // Grace and retention are the yearly/monthly lifecycle; other apps only expire.
  if (!isRenewalKind(app)) {
    app.status = resourceStatusAt(app.expiryTime, app.status == ResourceStatus::Frozen, now);
    return app;
  }
  app.status = lifecycleAt(app.expiryTime, frozenByRule, now).status;
  return app;
}

bool isRenewalKind(const PurchasedApp& app) {
  return app.billingMode == BillingMode::Period && !app.isTrial && app.period && app.expiryTime &&
         (app.period->unit == PeriodUnit::Month || app.period->unit == PeriodUnit::Year);
}

std::optional<RenewalRefusal> renewalRefusal(const PurchasedApp& app, Timestamp now) {
  if (auto refused = basicRefusal(app, now)) return refused;
  if (app.pendingOrderId)
    return refusal(RenewalRefusalCode::PendingOrder,
                   tr("renewals.refusal.pending_order", {{"order", *app.pendingOrderId}}));
  return std::nullopt;
}

std::vector<BillingPeriod> renewalPeriodOptions(const PurchasedApp& app) {
  std::vector<BillingPeriod> options;
  if (!isRenewalKind(app)) return options;
  const PeriodUnit unit = app.period->unit;
  const int most = unit == PeriodUnit::Year ? kMaxYears : kMaxMonths;
  for (int count = 1; count <= most; ++count) options.push_back(BillingPeriod{unit, count});
  return options;
}

std::optional<BillingPeriod> defaultRenewalPeriod(const PurchasedApp& app) {
  const auto options = renewalPeriodOptions(app);
  if (options.empty()) return std::nullopt;
  for (const auto& option : options)
    if (option == *app.period) return option;
  return options.front();
}

Expected<Money, RenewalRefusal> renewalPrice(const PurchasedApp& app, const BillingPeriod& period) {
  if (!isRenewalKind(app)) return refusal(RenewalRefusalCode::NotRenewable, tr("renewals.refusal.not_renewable"));
  if (!app.renewalOffer) return refusal(RenewalRefusalCode::NotOnSale, tr("renewals.refusal.not_on_sale"));
  if (auto refused = periodRefusal(app, period)) return *refused;
  const RenewalOffer& offer = *app.renewalOffer;
  // Whole minor units × count × (100 − discount), divided by 100 once, half-up.
  const std::int64_t hundredths = offer.unitPrice.minorUnits * period.count * (100 - offer.discountPercent);
  return Money{(hundredths + 50) / 100, offer.unitPrice.currency};
}

Money totalOf(const std::vector<Money>& amounts) {
  Money total;
  if (!amounts.empty()) total.currency = amounts.front().currency;
  for (const auto& amount : amounts) total.minorUnits += amount.minorUnits;
  return total;
}

Timestamp addRenewalPeriod(Timestamp expiry, const BillingPeriod& period) {
  if (period.unit == PeriodUnit::Day) return addDays(expiry, period.count);
  const int months = period.unit == PeriodUnit::Year ? 12 * period.count : period.count;
  CivilTime local = toCivil(expiry + kMarketplaceOffset);
  const bool monthEnd = lastDayOfMonth(local);
  const int index = local.year * 12 + (local.month - 1) + months;
  local.year = index / 12;
  local.month = index % 12 + 1;
  const int length = daysInMonth(local.year, local.month);
  local.day = monthEnd ? length : std::min(local.day, length);
  return *fromCivil(local) - kMarketplaceOffset;
}

Expected<PurchasedApp, RenewalRefusal> applyRenewal(PurchasedApp app, const BillingPeriod& period, Timestamp now) {
  if (auto refused = basicRefusal(app, now)) return *refused;
  if (auto refused = periodRefusal(app, period)) return *refused;
  app.expiryTime = addRenewalPeriod(*app.expiryTime, period);
  app.period = period;
  app.pendingOrderId.reset();
  app.status = ResourceStatus::InUse;  // grace and retention end with the new expiry (UNFREEZE)
  return withStatusAt(app, now);
}

Expected<PurchasedApp, RenewalRefusal> applyAutoRenew(PurchasedApp app, const std::optional<BillingPeriod>& period,
                                                      Timestamp now) {
  if (auto refused = basicRefusal(app, now)) return *refused;
  if (now >= *app.expiryTime) return refusal(RenewalRefusalCode::Expired, tr("renewals.refusal.expired_auto"));
  if (period)
    if (auto refused = periodRefusal(app, *period)) return *refused;
  app.autoRenewPeriod = period;
  return app;
}

std::optional<AutoRenewal> nextAutoRenewal(const PurchasedApp& app, Timestamp now) {
  if (!app.autoRenewPeriod || !isRenewalKind(app)) return std::nullopt;
  auto amount = renewalPrice(app, *app.autoRenewPeriod);
  if (!amount.ok() || now >= *app.expiryTime) return std::nullopt;
  // 03:00 local on the day seven days before the expiry's local day.
  auto runOn = [](CivilTime localDay) {
    localDay.hour = kAutoRenewHourLocal;
    localDay.minute = localDay.second = 0;
    return *fromCivil(localDay) - kMarketplaceOffset;
  };
  Timestamp charge = runOn(toCivil(addDays(*app.expiryTime, -kAutoRenewDaysBefore) + kMarketplaceOffset));
  if (charge < now) {
    charge = runOn(toCivil(now + kMarketplaceOffset));
    if (charge < now) charge = addDays(charge, 1);  // the next daily run
    if (charge >= *app.expiryTime) charge = now;    // expiry comes first: charged at once
  }
  return AutoRenewal{charge, amount.value(), *app.autoRenewPeriod};
}

bool inExpiryWindow(const PurchasedApp& app, ExpiryWindow window, Timestamp now) {
  const PurchasedApp current = withStatusAt(app, now);
  auto within = [&](std::int64_t days) {
    return current.status == ResourceStatus::InUse && current.expiryTime && *current.expiryTime > now &&
           *current.expiryTime <= addDays(now, days);
  };
  switch (window) {
    case ExpiryWindow::Within7Days: return within(7);
    case ExpiryWindow::Within15Days: return within(15);
    case ExpiryWindow::Within30Days: return within(30);
    case ExpiryWindow::Expired: return current.status == ResourceStatus::Expired;
    case ExpiryWindow::Frozen: return current.status == ResourceStatus::Frozen;
  }
  return false;
}

}  // namespace koo
