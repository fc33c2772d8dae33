// The rules of changing specifications and of buying a trial (DOMAIN-LIFECYCLE §7, §10): the
// documented formulas with the worked example (601.64, 401.10), half-up rounding on the final
// amount only, each refusal with its code, the options a product offers, and the app after.
#include <gtest/gtest.h>

#include "core/spec_change.h"
#include "samples.h"

namespace koo {
namespace {

using samples::at;

Money cny(std::int64_t minor) { return Money{minor, "CNY"}; }

// The worked example: Basic bought at 1,200.00/year on 2025-01-01 (GMT+08:00), no discount;
// Pro sells at 2,400.00/year. "Team" is per user, volume-priced: 1-10 at 100, 11-50 at 80.
ProductCatalogue catalogue(UserPricingModel pricing = UserPricingModel::Volume) {
  ProductCatalogue c;
  c.changeSupported = true;
  c.trialConvertible = true;
  c.userPricing = pricing;
  c.skus.push_back(CatalogueSku{"Basic", 1, cny(120000), cny(12000), {}, true});
  c.skus.push_back(CatalogueSku{"Pro", 2, cny(240000), cny(24000), {}, true});
  c.skus.push_back(CatalogueSku{"Starter", 0, cny(60000), cny(6000), {}, true});
  c.skus.push_back(CatalogueSku{
      "Team", 1, {}, {}, {UserTier{10, cny(10000), cny(1000)}, UserTier{50, cny(8000), cny(800)}}, true});
  return c;
}

PurchasedApp basicApp() {
  PurchasedApp app;
  app.instanceId = "ins-1";
  app.orderId = "CS1";
  app.productName = "CloudDesk CRM";
  app.specification = "Basic";
  app.billingMode = BillingMode::Period;
  app.period = BillingPeriod{PeriodUnit::Year, 1};
  app.effectiveTime = at("2024-12-31T16:00:00Z");  // 2025-01-01 00:00 GMT+08:00
  app.expiryTime = at("2025-12-31T16:00:00Z");     // 2026-01-01 00:00 GMT+08:00
  app.renewalOffer = RenewalOffer{cny(120000), 0};
  return app;
}

PurchasedApp teamApp(std::int64_t users) {
  PurchasedApp app = basicApp();
  app.specification = "Team";
  app.users = users;
  return app;
}

const Timestamp kJuly2 = at("2025-07-01T16:00:00Z");  // 2025-07-02 00:00 GMT+08:00

TEST(SpecChange, WorkedExampleUpgradeIs601_64) {
  EXPECT_EQ(remainingDaysOf(*basicApp().expiryTime, kJuly2), 183);
  EXPECT_EQ(daysInPeriodOf(*basicApp().expiryTime, *basicApp().period), 365);
  EXPECT_EQ(upgradeFee(cny(240000), cny(120000), 183, 365, 0), cny(60164));
  const ProductCatalogue c = catalogue();
  auto quote = changeQuote(basicApp(), &c, OrderStatus::Completed, SpecTarget{"Pro", {}}, kJuly2);
  ASSERT_TRUE(quote.ok()) << quote.error().message;
  EXPECT_EQ(quote.value().kind, ChangeKind::Upgrade);
  EXPECT_EQ(quote.value().fee, cny(60164));
  EXPECT_EQ(quote.value().newPrice, cny(240000));
  EXPECT_EQ(quote.value().originalPrice, cny(120000));
  EXPECT_EQ(quote.value().remainingDays, 183);
  EXPECT_EQ(quote.value().daysInPeriod, 365);
  EXPECT_EQ(quote.value().discountPercent, 0);
}

TEST(SpecChange, WorkedExampleVolumeScaleOutIs401_10) {
  EXPECT_EQ(volumeScaleOutFee(cny(8000), 10, 183, 365, 0), cny(40110));
  const ProductCatalogue c = catalogue(UserPricingModel::Volume);
  auto quote = changeQuote(teamApp(10), &c, OrderStatus::Completed, SpecTarget{"Team", 20}, kJuly2);
  ASSERT_TRUE(quote.ok()) << quote.error().message;
  EXPECT_EQ(quote.value().kind, ChangeKind::ScaleOut);
  EXPECT_EQ(quote.value().fee, cny(40110));
}

TEST(SpecChange, LinearScaleOutChargesTheNewTotalLessTheOriginal) {
  // 20 × 80 × 183/365 − 10 × 100 × 183/365 = 802.19... − 501.36... = 300.82 (300.8219 rounded once).
  EXPECT_EQ(linearScaleOutFee(cny(8000), 20, cny(100000), 183, 365, 0), cny(30082));
  const ProductCatalogue c = catalogue(UserPricingModel::Tiered);
  auto quote = changeQuote(teamApp(10), &c, OrderStatus::Completed, SpecTarget{"Team", 20}, kJuly2);
  ASSERT_TRUE(quote.ok());
  EXPECT_EQ(quote.value().fee, cny(30082));
  EXPECT_EQ(quote.value().originalPrice, cny(100000));
  EXPECT_EQ(quote.value().newPrice, cny(160000));
}

TEST(SpecChange, RoundsHalfUpOnTheFinalAmountOnly) {
  // Separately rounded, 1,203.29 − 601.64 would be 601.65; the final amount is 601.6438...
  EXPECT_EQ(upgradeFee(cny(240000), cny(120000), 183, 365, 0).minorUnits, 60164);
  // 1 × 1/2 = 0.5 minor units rounds up to 1; a 10 % discount applies to the difference.
  EXPECT_EQ(upgradeFee(cny(1), cny(0), 1, 2, 0), cny(1));
  EXPECT_EQ(upgradeFee(cny(240000), cny(120000), 183, 365, 10), cny(54148));  // 541.479... -> 541.48
  // The whole period left costs the whole difference; nothing left costs nothing.
  EXPECT_EQ(upgradeFee(cny(240000), cny(120000), 365, 365, 0), cny(120000));
  EXPECT_EQ(upgradeFee(cny(240000), cny(120000), 0, 365, 0), cny(0));
  // Large amounts do not overflow.
  EXPECT_EQ(upgradeFee(cny(9'000'000'000'000), cny(0), 366, 366, 0), cny(9'000'000'000'000));
}

TEST(SpecChange, AStartedDayCountsAndAMonthHasItsOwnLength) {
  EXPECT_EQ(remainingDaysOf(at("2025-07-02T00:00:00Z"), at("2025-07-01T00:00:01Z")), 1);
  EXPECT_EQ(remainingDaysOf(at("2025-07-02T00:00:00Z"), at("2025-07-03T00:00:00Z")), 0);
  EXPECT_EQ(daysInPeriodOf(at("2025-02-28T16:00:00Z"), BillingPeriod{PeriodUnit::Month, 1}), 28);  // 1 Mar
  EXPECT_EQ(daysInPeriodOf(at("2024-12-31T16:00:00Z"), BillingPeriod{PeriodUnit::Year, 2}), 731);
}

TEST(SpecChange, RefusalsSayWhy) {
  const ProductCatalogue c = catalogue();
  auto codeOf = [&](const PurchasedApp& app, const ProductCatalogue* cat, OrderStatus status, Timestamp now) {
    auto refused = changeRefusal(app, cat, status, now);
    return refused ? std::optional<ChangeRefusalCode>(refused->code) : std::nullopt;
  };
  EXPECT_EQ(codeOf(basicApp(), &c, OrderStatus::Completed, kJuly2), std::nullopt);
  EXPECT_EQ(codeOf(basicApp(), &c, OrderStatus::Processing, kJuly2), ChangeRefusalCode::OrderNotCompleted);
  PurchasedApp pending = basicApp();
  pending.pendingOrderId = "CS2";
  auto pendingRefusal = changeRefusal(pending, &c, OrderStatus::Completed, kJuly2);
  ASSERT_TRUE(pendingRefusal);
  EXPECT_EQ(pendingRefusal->code, ChangeRefusalCode::PendingOrder);
  EXPECT_NE(pendingRefusal->message.find("CS2"), std::string::npos);
  ProductCatalogue removed = c;
  removed.skus[0].onSale = false;
  EXPECT_EQ(codeOf(basicApp(), &removed, OrderStatus::Completed, kJuly2), ChangeRefusalCode::SkuRemoved);
  ProductCatalogue unsupported = c;
  unsupported.changeSupported = false;
  EXPECT_EQ(codeOf(basicApp(), &unsupported, OrderStatus::Completed, kJuly2), ChangeRefusalCode::NotSupported);
  EXPECT_EQ(codeOf(basicApp(), nullptr, OrderStatus::Completed, kJuly2), ChangeRefusalCode::NotSupported);
  PurchasedApp trial = basicApp();
  trial.isTrial = true;
  EXPECT_EQ(codeOf(trial, &c, OrderStatus::Completed, kJuly2), ChangeRefusalCode::Trial);
  const Timestamp expiry = *basicApp().expiryTime;
  EXPECT_EQ(codeOf(basicApp(), &c, OrderStatus::Completed, addDays(expiry, 1)), ChangeRefusalCode::Expired);
  EXPECT_EQ(codeOf(basicApp(), &c, OrderStatus::Completed, addDays(expiry, 16)), ChangeRefusalCode::Frozen);
  PurchasedApp frozenByRule = basicApp();
  frozenByRule.status = ResourceStatus::Frozen;
  EXPECT_EQ(codeOf(frozenByRule, &c, OrderStatus::Completed, kJuly2), ChangeRefusalCode::Frozen);
}

TEST(SpecChange, DowngradeOnlyAtRenewalWithinThirtyDaysOfExpiry) {
  const ProductCatalogue c = catalogue();
  const SpecTarget starter{"Starter", {}};
  auto now = changeQuote(basicApp(), &c, OrderStatus::Completed, starter, kJuly2);
  ASSERT_FALSE(now.ok());
  EXPECT_EQ(now.error().code, ChangeRefusalCode::OutsideRenewalWindow);
  const BillingPeriod year{PeriodUnit::Year, 1};
  auto early = renewalChangePrice(basicApp(), &c, OrderStatus::Completed, starter, year, kJuly2);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ChangeRefusalCode::OutsideRenewalWindow);
  const Timestamp inWindow = addDays(*basicApp().expiryTime, -30);
  auto atRenewal = renewalChangePrice(basicApp(), &c, OrderStatus::Completed, starter, year, inWindow);
  ASSERT_TRUE(atRenewal.ok()) << atRenewal.error().message;
  EXPECT_EQ(atRenewal.value(), cny(60000));
  // Even within the window, a downgrade is never immediate.
  EXPECT_FALSE(changeQuote(basicApp(), &c, OrderStatus::Completed, starter, inWindow).ok());
  auto badPeriod = renewalChangePrice(basicApp(), &c, OrderStatus::Completed, starter,
                                      BillingPeriod{PeriodUnit::Month, 1}, inWindow);
  ASSERT_FALSE(badPeriod.ok());
  EXPECT_EQ(badPeriod.error().code, ChangeRefusalCode::BadPeriod);
  // Scale-in is a downgrade too.
  auto scaleIn = changeQuote(teamApp(20), &c, OrderStatus::Completed, SpecTarget{"Team", 5}, kJuly2);
  ASSERT_FALSE(scaleIn.ok());
  EXPECT_EQ(scaleIn.error().code, ChangeRefusalCode::OutsideRenewalWindow);
}

TEST(SpecChange, TargetsMustBeOfferedAndOneChangeAtATime) {
  const ProductCatalogue c = catalogue();
  auto codeFor = [&](const PurchasedApp& app, SpecTarget target) {
    auto quote = changeQuote(app, &c, OrderStatus::Completed, target, kJuly2);
    return quote.ok() ? std::optional<ChangeRefusalCode>() : quote.error().code;
  };
  EXPECT_EQ(codeFor(basicApp(), {"Ultra", {}}), ChangeRefusalCode::UnknownTarget);
  EXPECT_EQ(codeFor(basicApp(), {"Basic", {}}), ChangeRefusalCode::UnknownTarget);
  EXPECT_EQ(codeFor(teamApp(10), {"Team", 51}), ChangeRefusalCode::BadUsers);
  EXPECT_EQ(codeFor(teamApp(10), {"Team", 10}), ChangeRefusalCode::UnknownTarget);
  ProductCatalogue withProTeam = c;
  withProTeam.skus[3].level = 0;
  auto mixed = changeQuote(teamApp(10), &withProTeam, OrderStatus::Completed, SpecTarget{"Pro", 20}, kJuly2);
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().code, ChangeRefusalCode::BadUsers);
}

TEST(SpecChange, OptionsListUpgradesWithFeesAndDowngradesAtRenewal) {
  const ProductCatalogue c = catalogue();
  ChangeOptions options = changeOptionsFor(basicApp(), &c, OrderStatus::Completed, kJuly2);
  EXPECT_FALSE(options.refusal);
  ASSERT_EQ(options.options.size(), 2u);  // Team is of Basic's level: neither up nor down
  const ChangeOption& pro = options.options[0];
  EXPECT_EQ(pro.kind, ChangeKind::Upgrade);
  EXPECT_EQ(pro.target.specification, "Pro");
  ASSERT_TRUE(pro.quote);
  EXPECT_EQ(pro.quote->fee, cny(60164));
  const ChangeOption& starter = options.options[2 - 1];
  EXPECT_EQ(starter.kind, ChangeKind::Downgrade);
  EXPECT_TRUE(starter.atRenewal);
  ASSERT_TRUE(starter.refusal);
  EXPECT_EQ(starter.refusal->code, ChangeRefusalCode::OutsideRenewalWindow);
  EXPECT_EQ(starter.renewalUnitPrice, cny(60000));
  EXPECT_TRUE(options.purchaseOptions.empty());
  EXPECT_EQ(options.purchaseRefusal->code, ChangeRefusalCode::NotTrial);

  // A per-user app offers scale-out (quoted for the users asked) and scale-in at renewal.
  ChangeOptions team = changeOptionsFor(teamApp(10), &c, OrderStatus::Completed, kJuly2, 20);
  ASSERT_EQ(team.options.size(), 4u);
  EXPECT_EQ(team.options[2].kind, ChangeKind::ScaleOut);
  EXPECT_EQ(team.options[2].target.users, 20);
  EXPECT_EQ(team.options[2].maxUsers, 50);
  ASSERT_TRUE(team.options[2].quote);
  EXPECT_EQ(team.options[2].quote->fee, cny(40110));
  EXPECT_EQ(team.options[3].kind, ChangeKind::ScaleIn);

  ProductCatalogue removed = c;
  removed.skus[0].onSale = false;
  ChangeOptions none = changeOptionsFor(basicApp(), &removed, OrderStatus::Completed, kJuly2);
  ASSERT_TRUE(none.refusal);
  EXPECT_EQ(none.refusal->code, ChangeRefusalCode::SkuRemoved);
  EXPECT_TRUE(none.options.empty());
}

TEST(SpecChange, PaidChangeKeepsTheExpiryAndARenewalChangeWaitsForItsPeriod) {
  PurchasedApp app = withSpecChanged(teamApp(10), SpecTarget{"Team", 20});
  EXPECT_EQ(app.users, 20);
  EXPECT_EQ(app.expiryTime, basicApp().expiryTime);
  PurchasedApp scheduled = basicApp();
  scheduled.scheduledChange = ScheduledSpecChange{SpecTarget{"Starter", {}}, *basicApp().expiryTime};
  EXPECT_EQ(withScheduledChangeAt(scheduled, kJuly2).specification, "Basic");
  const PurchasedApp after = withScheduledChangeAt(scheduled, *basicApp().expiryTime);
  EXPECT_EQ(after.specification, "Starter");
  EXPECT_FALSE(after.scheduledChange);
}

TEST(SpecChange, ATrialIsBoughtOnTheSameInstanceFromPayment) {
  const ProductCatalogue c = catalogue();
  PurchasedApp trial = basicApp();
  trial.isTrial = true;
  trial.specification = "Trial";
  trial.renewalOffer.reset();
  EXPECT_FALSE(conversionRefusal(trial, &c, kJuly2));
  EXPECT_EQ(conversionRefusal(basicApp(), &c, kJuly2)->code, ChangeRefusalCode::NotTrial);
  ProductCatalogue closed = c;
  closed.trialConvertible = false;
  EXPECT_EQ(conversionRefusal(trial, &closed, kJuly2)->code, ChangeRefusalCode::NotConvertible);
  EXPECT_EQ(conversionRefusal(trial, &c, addDays(*trial.expiryTime, 15))->code, ChangeRefusalCode::Expired);
  auto price = conversionPrice(trial, &c, ConversionOrderBody{"Pro", BillingPeriod{PeriodUnit::Month, 3}}, kJuly2);
  ASSERT_TRUE(price.ok());
  EXPECT_EQ(price.value(), cny(72000));
  auto bad = conversionPrice(trial, &c, ConversionOrderBody{"Pro", BillingPeriod{PeriodUnit::Month, 10}}, kJuly2);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ChangeRefusalCode::BadPeriod);
  const PurchasedApp bought = convertedTrial(trial, c, "Pro", BillingPeriod{PeriodUnit::Year, 1}, kJuly2);
  EXPECT_EQ(bought.instanceId, trial.instanceId);
  EXPECT_FALSE(bought.isTrial);
  EXPECT_EQ(bought.specification, "Pro");
  EXPECT_EQ(bought.effectiveTime, kJuly2);
  EXPECT_EQ(bought.expiryTime, at("2026-07-01T16:00:00Z"));
  ASSERT_TRUE(bought.renewalOffer);
  EXPECT_EQ(bought.renewalOffer->unitPrice, cny(240000));
}

}  // namespace
}  // namespace koo
