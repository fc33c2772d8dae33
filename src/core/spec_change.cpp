// Changing specifications and trial -> commercial: refusals, the pro-rated fee, the app after.
#include "spec_change.h"

#include <algorithm>

#include "format.h"
#include "i18n.h"
#include "renewal.h"

namespace koo {
namespace {

using Wide = __int128;  // price × days × discount × days overflows 64 bits for large amounts

ChangeRefusal refusal(ChangeRefusalCode code, const char* key, TrArgs args = {}) {
  return ChangeRefusal{code, tr(key, args)};
}

// numerator / denominator (denominator > 0) rounded half-up (away from zero) to a minor unit.
std::int64_t roundHalfUp(Wide numerator, Wide denominator) {
  const bool negative = numerator < 0;
  const Wide magnitude = negative ? -numerator : numerator;
  const Wide rounded = (2 * magnitude + denominator) / (2 * denominator);
  return static_cast<std::int64_t>(negative ? -rounded : rounded);
}

bool perUser(const CatalogueSku& sku) { return !sku.userTiers.empty(); }

std::int64_t maxUsersOf(const CatalogueSku& sku) {
  if (sku.userTiers.empty() || sku.userTiers.back().upToUsers == 0) return spec_rules::kMaxUsers;
  return sku.userTiers.back().upToUsers;
}

// The tier that prices `users` in total, or nullptr beyond the last one.
const UserTier* tierOf(const CatalogueSku& sku, std::int64_t users) {
  for (const auto& tier : sku.userTiers)
    if (tier.upToUsers == 0 || users <= tier.upToUsers) return &tier;
  return nullptr;
}

Money tierUnitPrice(const CatalogueSku& sku, const BillingPeriod& period, std::int64_t users) {
  const UserTier* tier = tierOf(sku, users);
  if (!tier) return {};
  const Money& unit = period.unit == PeriodUnit::Year ? tier->yearlyUnitPrice : tier->monthlyUnitPrice;
  return Money{unit.minorUnits * period.count, unit.currency};
}

int discountOf(const PurchasedApp& app) { return app.renewalOffer ? app.renewalOffer->discountPercent : 0; }

bool withinDowngradeWindow(const PurchasedApp& app, Timestamp now) {
  return app.expiryTime && *app.expiryTime > now && *app.expiryTime <= addDays(now, spec_rules::kDowngradeWindowDays);
}

std::int64_t usersOf(const PurchasedApp& app) { return app.users.value_or(1); }

}  // namespace

Money upgradeFee(const Money& newPeriodPrice, const Money& originalPeriodPrice, std::int64_t remainingDays,
                 std::int64_t daysInPeriod, int discountPercent) {
  if (daysInPeriod <= 0) return Money{0, newPeriodPrice.currency};
  const Wide numerator = (Wide(newPeriodPrice.minorUnits) - originalPeriodPrice.minorUnits) * remainingDays *
                         (100 - discountPercent);
  return Money{roundHalfUp(numerator, Wide(daysInPeriod) * 100), newPeriodPrice.currency};
}

Money linearScaleOutFee(const Money& newTierUnitPrice, std::int64_t totalUsers, const Money& originalPeriodPrice,
                        std::int64_t remainingDays, std::int64_t daysInPeriod, int discountPercent) {
  return upgradeFee(Money{newTierUnitPrice.minorUnits * totalUsers, newTierUnitPrice.currency}, originalPeriodPrice,
                    remainingDays, daysInPeriod, discountPercent);
}

Money volumeScaleOutFee(const Money& newTierUnitPrice, std::int64_t addedUsers, std::int64_t remainingDays,
                        std::int64_t daysInPeriod, int discountPercent) {
  return upgradeFee(Money{newTierUnitPrice.minorUnits * addedUsers, newTierUnitPrice.currency},
                    Money{0, newTierUnitPrice.currency}, remainingDays, daysInPeriod, discountPercent);
}

std::int64_t remainingDaysOf(Timestamp expiry, Timestamp now) {
  const std::int64_t seconds = epochSeconds(expiry) - epochSeconds(now);
  return seconds <= 0 ? 0 : (seconds + kSecondsPerDay - 1) / kSecondsPerDay;
}

std::int64_t daysInPeriodOf(Timestamp expiry, const BillingPeriod& period) {
  const Timestamp start = addRenewalPeriod(expiry, BillingPeriod{period.unit, -period.count});
  return remainingDaysOf(expiry, start);
}

const CatalogueSku* findSku(const ProductCatalogue& catalogue, const std::string& specification) {
  for (const auto& sku : catalogue.skus)
    if (sku.specification == specification) return &sku;
  return nullptr;
}

Money skuPeriodPrice(const CatalogueSku& sku, const BillingPeriod& period, std::int64_t users) {
  if (perUser(sku)) {
    const Money unit = tierUnitPrice(sku, period, users);
    return Money{unit.minorUnits * users, unit.currency};
  }
  const Money& unit = period.unit == PeriodUnit::Year ? sku.yearlyPrice : sku.monthlyPrice;
  return Money{unit.minorUnits * period.count, unit.currency};
}

std::optional<ChangeRefusal> changeRefusal(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                           OrderStatus purchaseStatus, Timestamp now) {
  if (app.isTrial) return refusal(ChangeRefusalCode::Trial, "spec.refusal.trial");
  if (!isRenewalKind(app)) return refusal(ChangeRefusalCode::NotPeriodic, "spec.refusal.not_periodic");
  const PurchasedApp current = withStatusAt(app, now);
  if (current.status == ResourceStatus::Frozen) return refusal(ChangeRefusalCode::Frozen, "spec.refusal.frozen");
  if (current.status == ResourceStatus::Expired) return refusal(ChangeRefusalCode::Expired, "spec.refusal.expired");
  if (!catalogue) return refusal(ChangeRefusalCode::NotSupported, "spec.refusal.not_supported");
  // A removed SKU is the more precise reason, whatever the product supports.
  const CatalogueSku* sku = findSku(*catalogue, app.specification);
  if (!sku || !sku->onSale) return refusal(ChangeRefusalCode::SkuRemoved, "spec.refusal.sku_removed");
  if (!catalogue->changeSupported) return refusal(ChangeRefusalCode::NotSupported, "spec.refusal.not_supported");
  if (purchaseStatus != OrderStatus::Completed)
    return refusal(ChangeRefusalCode::OrderNotCompleted, "spec.refusal.order_not_completed");
  if (app.pendingOrderId)
    return refusal(ChangeRefusalCode::PendingOrder, "spec.refusal.pending_order", {{"order", *app.pendingOrderId}});
  return std::nullopt;
}

Expected<ChangeKind, ChangeRefusal> changeKindOf(const PurchasedApp& app, const ProductCatalogue& catalogue,
                                                 const SpecTarget& target) {
  const CatalogueSku* from = findSku(catalogue, app.specification);
  const CatalogueSku* to = findSku(catalogue, target.specification);
  if (!from || !to || !to->onSale) return refusal(ChangeRefusalCode::UnknownTarget, "spec.refusal.unknown_target");
  if (from != to) {
    if (target.users && *target.users != usersOf(app))
      return refusal(ChangeRefusalCode::BadUsers, "spec.refusal.one_change");
    if (to->level == from->level) return refusal(ChangeRefusalCode::UnknownTarget, "spec.refusal.unknown_target");
    return to->level > from->level ? ChangeKind::Upgrade : ChangeKind::Downgrade;
  }
  if (!perUser(*to) || !target.users || *target.users == usersOf(app))
    return refusal(ChangeRefusalCode::UnknownTarget, "spec.refusal.same_target");
  if (*target.users < 1 || *target.users > maxUsersOf(*to))
    return refusal(ChangeRefusalCode::BadUsers, "spec.refusal.bad_users", {{"max", std::to_string(maxUsersOf(*to))}});
  return *target.users > usersOf(app) ? ChangeKind::ScaleOut : ChangeKind::ScaleIn;
}

Expected<ChangeQuote, ChangeRefusal> changeQuote(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                                 OrderStatus purchaseStatus, const SpecTarget& target, Timestamp now) {
  if (auto refused = changeRefusal(app, catalogue, purchaseStatus, now)) return *refused;
  auto kind = changeKindOf(app, *catalogue, target);
  if (!kind.ok()) return kind.error();
  if (kind.value() == ChangeKind::Downgrade || kind.value() == ChangeKind::ScaleIn)
    // Only at renewal (a renewal order with the change), and only within 30 days of expiry.
    return refusal(ChangeRefusalCode::OutsideRenewalWindow,
                   withinDowngradeWindow(app, now) ? "spec.refusal.downgrade_at_renewal" : "spec.refusal.downgrade_window");
  const CatalogueSku& from = *findSku(*catalogue, app.specification);
  const CatalogueSku& to = *findSku(*catalogue, target.specification);
  const BillingPeriod& period = *app.period;
  ChangeQuote quote;
  quote.kind = kind.value();
  quote.remainingDays = remainingDaysOf(*app.expiryTime, now);
  quote.daysInPeriod = daysInPeriodOf(*app.expiryTime, period);
  quote.discountPercent = discountOf(app);
  quote.originalPrice = skuPeriodPrice(from, period, usersOf(app));
  const std::int64_t users = target.users.value_or(usersOf(app));
  quote.newPrice = skuPeriodPrice(to, period, users);
  if (quote.kind == ChangeKind::ScaleOut && catalogue->userPricing == UserPricingModel::Volume) {
    const Money unit = tierUnitPrice(to, period, users);
    quote.fee = volumeScaleOutFee(unit, users - usersOf(app), quote.remainingDays, quote.daysInPeriod,
                                  quote.discountPercent);
  } else if (quote.kind == ChangeKind::ScaleOut) {
    quote.fee = linearScaleOutFee(tierUnitPrice(to, period, users), users, quote.originalPrice, quote.remainingDays,
                                  quote.daysInPeriod, quote.discountPercent);
  } else {
    quote.fee = upgradeFee(quote.newPrice, quote.originalPrice, quote.remainingDays, quote.daysInPeriod,
                           quote.discountPercent);
  }
  // A cheaper tier can make the formula negative; the marketplace charges nothing then.
  quote.fee.minorUnits = std::max<std::int64_t>(quote.fee.minorUnits, 0);
  return quote;
}

Expected<Money, ChangeRefusal> renewalChangePrice(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                                  OrderStatus purchaseStatus, const SpecTarget& target,
                                                  const BillingPeriod& period, Timestamp now) {
  if (auto refused = changeRefusal(app, catalogue, purchaseStatus, now)) return *refused;
  auto kind = changeKindOf(app, *catalogue, target);
  if (!kind.ok()) return kind.error();
  if (!withinDowngradeWindow(app, now))
    return refusal(ChangeRefusalCode::OutsideRenewalWindow, "spec.refusal.downgrade_window");
  const auto periods = renewalPeriodOptions(app);
  if (std::find(periods.begin(), periods.end(), period) == periods.end())
    return refusal(ChangeRefusalCode::BadPeriod, "spec.refusal.bad_period", {{"period", billingPeriodText(period)}});
  const Money list = skuPeriodPrice(*findSku(*catalogue, target.specification), period,
                                    target.users.value_or(usersOf(app)));
  return Money{roundHalfUp(Wide(list.minorUnits) * (100 - discountOf(app)), 100), list.currency};
}

ChangeOptions changeOptionsFor(const PurchasedApp& app, const ProductCatalogue* catalogue, OrderStatus purchaseStatus,
                               Timestamp now, std::optional<std::int64_t> scaleOutUsers) {
  ChangeOptions out;
  out.instanceId = app.instanceId;
  out.asOf = now;
  out.purchaseRefusal = conversionRefusal(app, catalogue, now);
  if (!out.purchaseRefusal)
    for (const auto& sku : catalogue->skus)
      if (sku.onSale) out.purchaseOptions.push_back(PurchaseOption{sku.specification, sku.yearlyPrice, sku.monthlyPrice});
  out.refusal = changeRefusal(app, catalogue, purchaseStatus, now);
  if (out.refusal) return out;
  const CatalogueSku& current = *findSku(*catalogue, app.specification);
  auto add = [&](ChangeKind kind, SpecTarget target) {
    ChangeOption option;
    option.kind = kind;
    option.target = target;
    option.atRenewal = kind == ChangeKind::Downgrade || kind == ChangeKind::ScaleIn;
    const CatalogueSku& sku = *findSku(*catalogue, target.specification);
    if (perUser(sku)) option.maxUsers = maxUsersOf(sku);
    if (option.atRenewal) {
      option.renewalUnitPrice = skuPeriodPrice(sku, BillingPeriod{app.period->unit, 1}, target.users.value_or(usersOf(app)));
      if (!withinDowngradeWindow(app, now))
        option.refusal = refusal(ChangeRefusalCode::OutsideRenewalWindow, "spec.refusal.downgrade_window");
    } else {
      auto quote = changeQuote(app, catalogue, purchaseStatus, target, now);
      if (quote.ok()) option.quote = quote.value();
      else option.refusal = quote.error();
    }
    out.options.push_back(std::move(option));
  };
  for (const auto& sku : catalogue->skus)
    if (sku.onSale && sku.level != current.level)
      add(sku.level > current.level ? ChangeKind::Upgrade : ChangeKind::Downgrade,
          SpecTarget{sku.specification, app.users});
  if (perUser(current)) {
    const std::int64_t users = usersOf(app);
    if (users < maxUsersOf(current))
      add(ChangeKind::ScaleOut, SpecTarget{current.specification,
                                           std::clamp<std::int64_t>(scaleOutUsers.value_or(users + 1), users + 1,
                                                                    maxUsersOf(current))});
    if (users > 1) add(ChangeKind::ScaleIn, SpecTarget{current.specification, users - 1});
  }
  return out;
}

PurchasedApp withSpecChanged(PurchasedApp app, const SpecTarget& target) {
  app.specification = target.specification;
  if (target.users) app.users = target.users;
  return app;
}

PurchasedApp withScheduledChangeAt(PurchasedApp app, Timestamp now) {
  if (!app.scheduledChange || now < app.scheduledChange->effectiveFrom) return app;
  const SpecTarget target = app.scheduledChange->target;
  app.scheduledChange.reset();
  return withSpecChanged(std::move(app), target);
}

std::optional<ChangeRefusal> conversionRefusal(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                               Timestamp now) {
  if (!app.isTrial) return refusal(ChangeRefusalCode::NotTrial, "trial.refusal.not_trial");
  if (!catalogue || !catalogue->trialConvertible)
    return refusal(ChangeRefusalCode::NotConvertible, "trial.refusal.not_convertible");
  if (app.pendingOrderId)
    return refusal(ChangeRefusalCode::PendingOrder, "spec.refusal.pending_order", {{"order", *app.pendingOrderId}});
  // An unconverted trial is released 15 days after its end (CHOICE §10): buy anew then.
  if (app.expiryTime && now >= addDays(*app.expiryTime, renewal_rules::kRetentionDays))
    return refusal(ChangeRefusalCode::Expired, "trial.refusal.released");
  return std::nullopt;
}

Expected<Money, ChangeRefusal> conversionPrice(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                               const ConversionOrderBody& body, Timestamp now) {
  if (auto refused = conversionRefusal(app, catalogue, now)) return *refused;
  const CatalogueSku* sku = findSku(*catalogue, body.specification);
  if (!sku || !sku->onSale) return refusal(ChangeRefusalCode::UnknownTarget, "spec.refusal.unknown_target");
  const int most = body.period.unit == PeriodUnit::Year ? renewal_rules::kMaxYears : renewal_rules::kMaxMonths;
  if (body.period.unit == PeriodUnit::Day || body.period.count < 1 || body.period.count > most)
    return refusal(ChangeRefusalCode::BadPeriod, "spec.refusal.bad_period",
                   {{"period", billingPeriodText(body.period)}});
  return skuPeriodPrice(*sku, body.period, usersOf(app));
}

PurchasedApp convertedTrial(PurchasedApp app, const ProductCatalogue& catalogue, const std::string& specification,
                            const BillingPeriod& period, Timestamp paidAt) {
  const CatalogueSku* sku = findSku(catalogue, specification);
  app.isTrial = false;
  app.specification = specification;
  app.billingMode = BillingMode::Period;
  app.period = period;
  app.effectiveTime = paidAt;
  app.expiryTime = addRenewalPeriod(paidAt, period);
  app.status = ResourceStatus::InUse;
  if (sku) app.renewalOffer = RenewalOffer{skuPeriodPrice(*sku, BillingPeriod{period.unit, 1}, usersOf(app)), 0};
  app.pendingOrderId.reset();
  return app;
}

}  // namespace koo
