// Expiry reminders' thresholds (30 days, 7 days, expired, frozen, released), trials and
// auto-renew, dismissal until the next threshold (and not past a renewal), order and counts.
#include <gtest/gtest.h>

#include "core/expiry_reminders.h"
#include "samples.h"

namespace koo {
namespace {

using samples::at;
using std::chrono::seconds;

const Timestamp kExpiry = at("2025-04-30T10:00:00Z");

PurchasedApp monthlyApp(std::string id = "ins-1") {
  PurchasedApp app;
  app.instanceId = std::move(id);
  app.orderId = "CS1";
  app.productName = "CloudDesk CRM";
  app.billingMode = BillingMode::Period;
  app.period = BillingPeriod{PeriodUnit::Month, 1};
  app.expiryTime = kExpiry;
  app.renewalOffer = RenewalOffer{Money{9900, "CNY"}, 0};
  return app;
}

std::optional<ReminderStage> stageAt(const PurchasedApp& app, Timestamp now) {
  auto reminder = expiryReminderFor(app, now);
  return reminder ? std::optional(reminder->stage) : std::nullopt;
}

TEST(ExpiryReminders, EachThresholdInTurnThenNoneOnceReleased) {
  const PurchasedApp app = monthlyApp();
  EXPECT_EQ(stageAt(app, kExpiry - std::chrono::days{30} - seconds{1}), std::nullopt);
  EXPECT_EQ(stageAt(app, kExpiry - std::chrono::days{30}), ReminderStage::Within30Days);
  EXPECT_EQ(stageAt(app, kExpiry - std::chrono::days{7} - seconds{1}), ReminderStage::Within30Days);
  EXPECT_EQ(stageAt(app, kExpiry - std::chrono::days{7}), ReminderStage::Within7Days);
  EXPECT_EQ(stageAt(app, kExpiry - seconds{1}), ReminderStage::Within7Days);
  EXPECT_EQ(stageAt(app, kExpiry), ReminderStage::Expired);
  EXPECT_EQ(expiryReminderFor(app, kExpiry)->until, at("2025-05-15T10:00:00Z"));  // usable until
  EXPECT_EQ(stageAt(app, at("2025-05-15T10:00:00Z")), ReminderStage::Frozen);
  EXPECT_EQ(expiryReminderFor(app, at("2025-05-15T10:00:00Z"))->until, at("2025-05-30T10:00:00Z"));  // released on
  EXPECT_EQ(stageAt(app, at("2025-05-30T10:00:00Z")), std::nullopt);
}

TEST(ExpiryReminders, AutoRenewSaysItRenewsUntilExpiryAndTrialsOnlyInTheirLastWeek) {
  PurchasedApp app = monthlyApp();
  app.autoRenewPeriod = BillingPeriod{PeriodUnit::Month, 1};
  EXPECT_TRUE(expiryReminderFor(app, kExpiry - std::chrono::days{20})->autoRenew);
  EXPECT_TRUE(expiryReminderFor(app, kExpiry - std::chrono::days{2})->autoRenew);
  EXPECT_FALSE(expiryReminderFor(app, kExpiry)->autoRenew);  // the charges failed: it expired
  app.renewalOffer.reset();  // no longer on sale: auto-renewal cannot run
  EXPECT_FALSE(expiryReminderFor(app, kExpiry - std::chrono::days{2})->autoRenew);

  PurchasedApp trial = monthlyApp();
  trial.isTrial = true;
  EXPECT_EQ(stageAt(trial, kExpiry - std::chrono::days{20}), std::nullopt);
  auto ending = expiryReminderFor(trial, kExpiry - std::chrono::days{3});
  ASSERT_TRUE(ending);
  EXPECT_EQ(ending->stage, ReminderStage::Within7Days);
  EXPECT_TRUE(ending->trial);
  EXPECT_EQ(stageAt(trial, kExpiry), std::nullopt);  // ended: nothing to renew

  PurchasedApp onDemand = monthlyApp();
  onDemand.billingMode = BillingMode::OnDemand;
  EXPECT_EQ(stageAt(onDemand, kExpiry - std::chrono::days{2}), std::nullopt);
  PurchasedApp frozenByRules = monthlyApp();
  frozenByRules.status = ResourceStatus::Frozen;
  EXPECT_EQ(stageAt(frozenByRules, kExpiry - std::chrono::days{2}), std::nullopt);
  EXPECT_EQ(stageAt(frozenByRules, kExpiry), ReminderStage::Expired);
}

TEST(ExpiryReminders, ADismissalHidesUntilTheNextThreshold) {
  const PurchasedApp app = monthlyApp();
  const ReminderDismissal dismissed30{ReminderStage::Within30Days, kExpiry};
  EXPECT_FALSE(visibleReminder(app, dismissed30, kExpiry - std::chrono::days{20}));
  EXPECT_EQ(visibleReminder(app, dismissed30, kExpiry - std::chrono::days{7})->stage, ReminderStage::Within7Days);
  const ReminderDismissal dismissed7{ReminderStage::Within7Days, kExpiry};
  EXPECT_FALSE(visibleReminder(app, dismissed7, kExpiry - seconds{1}));
  EXPECT_EQ(visibleReminder(app, dismissed7, kExpiry)->stage, ReminderStage::Expired);
  const ReminderDismissal dismissedExpired{ReminderStage::Expired, kExpiry};
  EXPECT_FALSE(visibleReminder(app, dismissedExpired, at("2025-05-15T09:59:59Z")));
  EXPECT_EQ(visibleReminder(app, dismissedExpired, at("2025-05-15T10:00:00Z"))->stage, ReminderStage::Frozen);
  const ReminderDismissal dismissedFrozen{ReminderStage::Frozen, kExpiry};
  EXPECT_FALSE(visibleReminder(app, dismissedFrozen, at("2025-05-20T00:00:00Z")));
  // A renewal moved the expiry: the old dismissal hides nothing of the new term.
  PurchasedApp renewed = app;
  renewed.expiryTime = at("2025-05-31T10:00:00Z");
  EXPECT_EQ(visibleReminder(renewed, dismissedFrozen, at("2025-05-28T00:00:00Z"))->stage, ReminderStage::Within7Days);
  EXPECT_TRUE(visibleReminder(app, std::nullopt, kExpiry));
}

TEST(ExpiryReminders, MostUrgentFirstAndCountedByStage) {
  std::vector<ExpiryReminder> list = {
      {"b", "B", ReminderStage::Within30Days, at("2025-05-20T00:00:00Z")},
      {"a", "A", ReminderStage::Within7Days, at("2025-05-03T00:00:00Z")},
      {"c", "C", ReminderStage::Frozen, at("2025-04-01T00:00:00Z")},
      {"d", "D", ReminderStage::Within7Days, at("2025-05-02T00:00:00Z")},
      {"e", "E", ReminderStage::Expired, at("2025-04-25T00:00:00Z")},
      {"f", "F", ReminderStage::Within7Days, at("2025-05-04T00:00:00Z"), std::nullopt, true, false},
      {"g", "G", ReminderStage::Within30Days, at("2025-05-21T00:00:00Z"), std::nullopt, false, true},
  };
  sortReminders(list);
  std::vector<std::string> ids;
  for (const auto& r : list) ids.push_back(r.instanceId);
  EXPECT_EQ(ids, (std::vector<std::string>{"c", "e", "d", "a", "f", "b", "g"}));
  const ReminderCounts counts = countReminders(list);
  EXPECT_EQ(counts.frozen, 1);
  EXPECT_EQ(counts.expired, 1);
  EXPECT_EQ(counts.within7Days, 2);
  EXPECT_EQ(counts.within30Days, 1);
  EXPECT_EQ(counts.trialsEnding, 1);  // a trial and an app renewing by itself are no warnings
  EXPECT_EQ(counts.renewing, 1);
  EXPECT_EQ(counts.total(), 7);
  EXPECT_EQ(renewalsFilterOf(ReminderStage::Within30Days), ExpiryWindow::Within30Days);
  EXPECT_EQ(renewalsFilterOf(ReminderStage::Frozen), ExpiryWindow::Frozen);
}

}  // namespace
}  // namespace koo
