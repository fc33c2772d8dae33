// The renewal rules with DOMAIN-LIFECYCLE's worked examples: grace and retention, who may renew,
// period options and default, price (discount, half-up), the new expiry (also from grace and
// retention), auto-renewal's switch and its next charge, and the Renewals expiry windows.
#include <gtest/gtest.h>

#include "core/list_query.h"
#include "core/list_select.h"
#include "core/renewal.h"
#include "samples.h"

namespace koo {
namespace {

using samples::at;

// A monthly app, ¥99.00 a month, expiring at the end of 30 Apr 2025 in GMT+08:00 terms.
PurchasedApp monthlyApp() {
  PurchasedApp app;
  app.instanceId = "ins-1";
  app.orderId = "CS1";
  app.productName = "CloudDesk CRM";
  app.billingMode = BillingMode::Period;
  app.period = BillingPeriod{PeriodUnit::Month, 1};
  app.expiryTime = at("2025-04-30T10:00:00Z");  // 18:00 on 30 Apr, GMT+08:00
  app.renewalOffer = RenewalOffer{Money{9900, "CNY"}, 0};
  return app;
}

PurchasedApp yearlyApp() {
  PurchasedApp app = monthlyApp();
  app.period = BillingPeriod{PeriodUnit::Year, 1};
  app.renewalOffer = RenewalOffer{Money{99000, "CNY"}, 0};
  return app;
}

TEST(RenewalRules, ExpiredForFifteenDaysThenFrozenForFifteenThenReleased) {
  const Timestamp expiry = at("2025-04-30T10:00:00Z");
  EXPECT_EQ(lifecycleAt(expiry, false, expiry - std::chrono::seconds{1}).status, ResourceStatus::InUse);
  const Lifecycle grace = lifecycleAt(expiry, false, expiry);
  EXPECT_EQ(grace.status, ResourceStatus::Expired);
  EXPECT_EQ(grace.graceEnds, at("2025-05-15T10:00:00Z"));
  EXPECT_EQ(grace.retentionEnds, at("2025-05-30T10:00:00Z"));
  EXPECT_EQ(lifecycleAt(expiry, false, at("2025-05-15T10:00:00Z")).status, ResourceStatus::Frozen);
  EXPECT_FALSE(lifecycleAt(expiry, false, at("2025-05-30T09:59:59Z")).released);
  EXPECT_TRUE(lifecycleAt(expiry, false, at("2025-05-30T10:00:00Z")).released);
  // Frozen by the seller's rules before expiry stays frozen.
  EXPECT_EQ(lifecycleAt(expiry, true, at("2025-04-01T00:00:00Z")).status, ResourceStatus::Frozen);
  EXPECT_EQ(lifecycleAt(std::nullopt, false, expiry).status, ResourceStatus::InUse);
}

TEST(RenewalRules, OnlyYearlyAndMonthlyAppsThatAreNoTrialsRenew) {
  EXPECT_TRUE(isRenewalKind(monthlyApp()));
  EXPECT_TRUE(isRenewalKind(yearlyApp()));
  PurchasedApp trial = monthlyApp();
  trial.isTrial = true;
  PurchasedApp onDemand = monthlyApp();
  onDemand.billingMode = BillingMode::OnDemand;
  PurchasedApp oneTime = monthlyApp();
  oneTime.billingMode = BillingMode::OneTime;
  oneTime.expiryTime.reset();
  for (const auto& app : {trial, onDemand, oneTime}) {
    EXPECT_FALSE(isRenewalKind(app));
    const auto refused = renewalRefusal(app, at("2025-04-01T00:00:00Z"));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, RenewalRefusalCode::NotRenewable);
    EXPECT_TRUE(renewalPeriodOptions(app).empty());
  }
}

TEST(RenewalRules, TheDocumentedRefusals) {
  const Timestamp before = at("2025-04-01T00:00:00Z");
  EXPECT_FALSE(renewalRefusal(monthlyApp(), before));

  PurchasedApp pending = monthlyApp();
  pending.pendingOrderId = "CS240074448683";
  const auto unpaid = renewalRefusal(pending, before);
  ASSERT_TRUE(unpaid);
  EXPECT_EQ(unpaid->code, RenewalRefusalCode::PendingOrder);
  EXPECT_NE(unpaid->message.find("CS240074448683"), std::string::npos) << unpaid->message;

  PurchasedApp removed = monthlyApp();
  removed.renewalOffer.reset();
  EXPECT_EQ(renewalRefusal(removed, before)->code, RenewalRefusalCode::NotOnSale);

  // Renewable through grace and retention, until deleted 30 days after expiry.
  EXPECT_FALSE(renewalRefusal(monthlyApp(), at("2025-05-18T00:00:00Z")));
  EXPECT_FALSE(renewalRefusal(monthlyApp(), at("2025-05-29T00:00:00Z")));
  EXPECT_EQ(renewalRefusal(monthlyApp(), at("2025-05-30T10:00:00Z"))->code, RenewalRefusalCode::Released);
}

TEST(RenewalRules, MonthlyOffersOneToNineMonthsYearlyOneToThreeYearsDefaultTheLastPurchased) {
  const auto months = renewalPeriodOptions(monthlyApp());
  ASSERT_EQ(months.size(), 9u);
  EXPECT_EQ(months.front(), (BillingPeriod{PeriodUnit::Month, 1}));
  EXPECT_EQ(months.back(), (BillingPeriod{PeriodUnit::Month, 9}));
  const auto years = renewalPeriodOptions(yearlyApp());
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(years.back(), (BillingPeriod{PeriodUnit::Year, 3}));

  PurchasedApp quarterly = monthlyApp();
  quarterly.period = BillingPeriod{PeriodUnit::Month, 3};
  EXPECT_EQ(defaultRenewalPeriod(quarterly), (BillingPeriod{PeriodUnit::Month, 3}));
  PurchasedApp twelve = monthlyApp();
  twelve.period = BillingPeriod{PeriodUnit::Month, 12};  // bought before the 1-9 rule: first option
  EXPECT_EQ(defaultRenewalPeriod(twelve), (BillingPeriod{PeriodUnit::Month, 1}));
}

TEST(RenewalRules, PriceIsUnitPriceTimesUnitsLessTheDiscountRoundedHalfUpOnce) {
  EXPECT_EQ(renewalPrice(monthlyApp(), {PeriodUnit::Month, 3}).value(), (Money{29700, "CNY"}));
  EXPECT_EQ(renewalPrice(yearlyApp(), {PeriodUnit::Year, 2}).value(), (Money{198000, "CNY"}));
  PurchasedApp discounted = monthlyApp();
  discounted.renewalOffer = RenewalOffer{Money{9999, "CNY"}, 15};
  // 9,999 × 1 × 85 % = 8,499.15 fen → 8,499; × 3 = 25,497.45 → 25,497 (rounded once, not per month)
  EXPECT_EQ(renewalPrice(discounted, {PeriodUnit::Month, 1}).value().minorUnits, 8499);
  EXPECT_EQ(renewalPrice(discounted, {PeriodUnit::Month, 3}).value().minorUnits, 25497);
  discounted.renewalOffer = RenewalOffer{Money{1001, "CNY"}, 50};  // 500.5 → 501 (half-up)
  EXPECT_EQ(renewalPrice(discounted, {PeriodUnit::Month, 1}).value().minorUnits, 501);

  EXPECT_EQ(renewalPrice(monthlyApp(), {PeriodUnit::Month, 10}).error().code, RenewalRefusalCode::BadPeriod);
  EXPECT_EQ(renewalPrice(monthlyApp(), {PeriodUnit::Year, 1}).error().code, RenewalRefusalCode::BadPeriod);
  PurchasedApp removed = monthlyApp();
  removed.renewalOffer.reset();
  EXPECT_EQ(renewalPrice(removed, {PeriodUnit::Month, 1}).error().code, RenewalRefusalCode::NotOnSale);
  EXPECT_EQ(totalOf({Money{29700, "CNY"}, Money{198000, "CNY"}}), (Money{227700, "CNY"}));
}

TEST(RenewalRules, TheDocsExampleExpired30AprilRenewed18MayForOneMonthExpires31May) {
  const Timestamp renewedAt = at("2025-05-18T02:00:00Z");
  auto renewed = applyRenewal(monthlyApp(), {PeriodUnit::Month, 1}, renewedAt);
  ASSERT_TRUE(renewed.ok());
  EXPECT_EQ(renewed->expiryTime, at("2025-05-31T10:00:00Z"));  // counted from 30 Apr: 13 days left
  EXPECT_EQ(renewed->status, ResourceStatus::InUse);
  EXPECT_EQ(renewed->period, (BillingPeriod{PeriodUnit::Month, 1}));
}

TEST(RenewalRules, NewExpiryKeepsTheDayOfTheMonthOnTheMarketplacesCalendar) {
  EXPECT_EQ(addRenewalPeriod(at("2025-01-15T04:00:00Z"), {PeriodUnit::Month, 1}), at("2025-02-15T04:00:00Z"));
  // 31 Jan + 1 month: the end of February; 28 Feb (its last day) + 1 month: the end of March.
  EXPECT_EQ(addRenewalPeriod(at("2025-01-31T04:00:00Z"), {PeriodUnit::Month, 1}), at("2025-02-28T04:00:00Z"));
  EXPECT_EQ(addRenewalPeriod(at("2025-02-28T04:00:00Z"), {PeriodUnit::Month, 1}), at("2025-03-31T04:00:00Z"));
  // 30 Apr 20:00 UTC is already 1 May in GMT+08:00: not a month's end there.
  EXPECT_EQ(addRenewalPeriod(at("2025-04-30T20:00:00Z"), {PeriodUnit::Month, 1}), at("2025-05-31T20:00:00Z"));
  EXPECT_EQ(addRenewalPeriod(at("2024-02-29T04:00:00Z"), {PeriodUnit::Year, 1}), at("2025-02-28T04:00:00Z"));
  EXPECT_EQ(addRenewalPeriod(at("2025-11-15T04:00:00Z"), {PeriodUnit::Month, 3}), at("2026-02-15T04:00:00Z"));
}

TEST(RenewalRules, RenewingInRetentionUnfreezesAndLosesTheTimeSpent) {
  PurchasedApp frozen = monthlyApp();
  frozen.status = ResourceStatus::Frozen;
  auto renewed = applyRenewal(frozen, {PeriodUnit::Month, 3}, at("2025-05-20T00:00:00Z"));
  ASSERT_TRUE(renewed.ok());
  EXPECT_EQ(renewed->expiryTime, at("2025-07-31T10:00:00Z"));
  EXPECT_EQ(renewed->status, ResourceStatus::InUse);
  // On the last day of retention: one month from 30 Apr still reaches past now.
  auto lastDay = applyRenewal(frozen, {PeriodUnit::Month, 1}, at("2025-05-30T09:00:00Z"));
  ASSERT_TRUE(lastDay.ok());
  EXPECT_EQ(lastDay->expiryTime, at("2025-05-31T10:00:00Z"));
  EXPECT_EQ(lastDay->status, ResourceStatus::InUse);
  EXPECT_EQ(applyRenewal(monthlyApp(), {PeriodUnit::Month, 1}, at("2025-05-30T10:00:00Z")).error().code,
            RenewalRefusalCode::Released);
}

TEST(RenewalRules, AutoRenewTurnsOnWithAnOfferedPeriodAndNotOnceExpired) {
  const Timestamp before = at("2025-04-01T00:00:00Z");
  auto on = applyAutoRenew(monthlyApp(), BillingPeriod{PeriodUnit::Month, 3}, before);
  ASSERT_TRUE(on.ok());
  EXPECT_EQ(on->autoRenewPeriod, (BillingPeriod{PeriodUnit::Month, 3}));
  auto off = applyAutoRenew(on.value(), std::nullopt, before);
  ASSERT_TRUE(off.ok());
  EXPECT_FALSE(off->autoRenewPeriod);
  EXPECT_EQ(applyAutoRenew(monthlyApp(), BillingPeriod{PeriodUnit::Month, 12}, before).error().code,
            RenewalRefusalCode::BadPeriod);
  EXPECT_EQ(applyAutoRenew(monthlyApp(), BillingPeriod{PeriodUnit::Month, 1}, at("2025-04-30T10:00:00Z")).error().code,
            RenewalRefusalCode::Expired);
  PurchasedApp removed = monthlyApp();
  removed.renewalOffer.reset();
  EXPECT_EQ(applyAutoRenew(removed, std::nullopt, before).error().code, RenewalRefusalCode::NotOnSale);
}

TEST(RenewalRules, AutoRenewChargesAt3InTheMorningSevenDaysBeforeExpiryThenDailyThenAtOnce) {
  PurchasedApp app = monthlyApp();  // expires 30 Apr 18:00 GMT+08:00
  app.autoRenewPeriod = BillingPeriod{PeriodUnit::Month, 3};
  const auto planned = nextAutoRenewal(app, at("2025-04-01T00:00:00Z"));
  ASSERT_TRUE(planned);
  EXPECT_EQ(planned->chargeTime, at("2025-04-22T19:00:00Z"));  // 23 Apr 03:00 GMT+08:00
  EXPECT_EQ(planned->amount, (Money{29700, "CNY"}));
  // Turned on 3 days before expiry: the next 03:00 run.
  EXPECT_EQ(nextAutoRenewal(app, at("2025-04-27T06:00:00Z"))->chargeTime, at("2025-04-27T19:00:00Z"));
  // Turned on 4 hours before expiry, after the last run: at once.
  const Timestamp late = at("2025-04-30T06:00:00Z");
  EXPECT_EQ(nextAutoRenewal(app, late)->chargeTime, late);
  EXPECT_FALSE(nextAutoRenewal(app, at("2025-04-30T10:00:00Z")));  // expired: no more
  EXPECT_FALSE(nextAutoRenewal(monthlyApp(), at("2025-04-01T00:00:00Z")));  // off
}

TEST(RenewalRules, ExpiryWindowsCountAppsStillInUse) {
  const Timestamp now = at("2025-04-20T10:00:00Z");  // 10 days before the expiry
  const PurchasedApp app = monthlyApp();
  EXPECT_FALSE(inExpiryWindow(app, ExpiryWindow::Within7Days, now));
  EXPECT_TRUE(inExpiryWindow(app, ExpiryWindow::Within15Days, now));
  EXPECT_TRUE(inExpiryWindow(app, ExpiryWindow::Within30Days, now));
  EXPECT_TRUE(inExpiryWindow(app, ExpiryWindow::Within7Days, at("2025-04-23T10:00:00Z")));
  EXPECT_FALSE(inExpiryWindow(app, ExpiryWindow::Within30Days, at("2025-04-30T10:00:00Z")));
  EXPECT_TRUE(inExpiryWindow(app, ExpiryWindow::Expired, at("2025-05-01T00:00:00Z")));
  EXPECT_FALSE(inExpiryWindow(app, ExpiryWindow::Frozen, at("2025-05-01T00:00:00Z")));
  EXPECT_TRUE(inExpiryWindow(app, ExpiryWindow::Frozen, at("2025-05-16T00:00:00Z")));
}

TEST(RenewalRules, TheListQueryRoundTripsAndSelectsByWindowAutoRenewAndIds) {
  RenewalQuery query;
  query.q = "ins-1";
  query.expires = ExpiryWindow::Within15Days;
  query.autoRenew = AutoRenewState::Off;
  const auto parsed = parseRenewalQuery(toQueryParams(query));
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->expires, ExpiryWindow::Within15Days);
  EXPECT_EQ(parsed->autoRenew, AutoRenewState::Off);
  EXPECT_EQ(parsed->order, SortOrder::Asc);
  EXPECT_EQ(parseRenewalQuery({{"autoRenew", "MAYBE"}}).error().path, "query.autoRenew");

  PurchasedApp other = monthlyApp();
  other.instanceId = "ins-2";
  other.orderId = "CS2";
  other.expiryTime = at("2025-06-30T10:00:00Z");
  other.autoRenewPeriod = BillingPeriod{PeriodUnit::Month, 1};
  const Timestamp now = at("2025-04-20T10:00:00Z");
  EXPECT_EQ(selectRenewals({monthlyApp(), other}, query, now).total, 1);
  RenewalQuery byOrder;
  byOrder.q = "cs2";
  EXPECT_EQ(selectRenewals({monthlyApp(), other}, byOrder, now).items.at(0).instanceId, "ins-2");
  RenewalQuery all;
  const auto sorted = selectRenewals({other, monthlyApp()}, all, now);
  EXPECT_EQ(sorted.items.at(0).instanceId, "ins-1");  // soonest expiry first
}

}  // namespace
}  // namespace koo
