// Expiry reminders in the console against the real router and demo data: the list on Purchased
// Apps with Renew and Dismiss, the strip on another view with its Renewals links, the live
// region's sentence, and a dismissed reminder coming back at its next threshold (test clock).
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "../backend/demo_renewal_apps.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::anyNodeContains;
using koo::ui::testing::ConsoleTestbed;

namespace {

using namespace koo::demo_apps;

const SemanticNode* buttonFor(ConsoleTestbed& bed, const std::string& prefix, const std::string& instanceId) {
  for (const auto& node : bed.tree().nodes())
    if (node.role == Role::Button && node.name.rfind(prefix, 0) == 0 && node.name.find(instanceId) != std::string::npos)
      return &node;
  return nullptr;
}

}  // namespace

TEST(ExpiryReminders, PurchasedAppsListsEachReminderWithRenewAndDismiss) {
  ConsoleTestbed bed("#/purchased-apps");
  ASSERT_NE(bed.find(Role::Region, "Expiry reminders"), nullptr);
  EXPECT_NE(bed.find(Role::Heading, "Expiry reminders"), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, std::string(kInRetention) + ") is frozen"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, std::string(kInGrace) + ") expired on"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, std::string(kWithin30AutoOn) + ") will renew automatically"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "The trial of"));
  EXPECT_EQ(buttonFor(bed, "Renew ", kTrial), nullptr);  // a trial is bought, not renewed
  EXPECT_NE(buttonFor(bed, "Dismiss the reminder for", kTrial), nullptr);
  // The live region says them once, with the view's own sentence.
  EXPECT_NE(bed.app().announcement().find("expiry reminder(s)"), std::string::npos) << bed.app().announcement();

  const SemanticNode* renew = buttonFor(bed, "Renew ", kWithin7);
  ASSERT_NE(renew, nullptr);
  bed.click(*renew);
  bed.settle();
  EXPECT_EQ(bed.app().route().view, View::Renewals);
  EXPECT_EQ(bed.app().route().query.at("q"), kWithin7);
}

TEST(ExpiryReminders, TheStripOnAnotherViewLeadsToRenewalsFiltered) {
  ConsoleTestbed bed("#/orders");
  ASSERT_NE(bed.find(Role::Region, "Expiry reminders"), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "1 app(s) frozen"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "expire within 7 days"));
  bed.click(Role::Link, "Show frozen apps");
  bed.settle();
  EXPECT_EQ(bed.app().route().view, View::Renewals);
  EXPECT_EQ(bed.app().route().query.at("expires"), "FROZEN");
  ASSERT_NE(bed.find(Role::Region, "Expiry reminders"), nullptr);
  bed.click(Role::Link, "Review or dismiss reminders");
  bed.settle();
  EXPECT_EQ(bed.app().route().view, View::PurchasedApps);
}

TEST(ExpiryReminders, DismissHidesOneAppUntilItsNextThreshold) {
  ConsoleTestbed bed("#/purchased-apps");
  // An hour before kWithin15's 7-day threshold; the move ends the 24-hour session: sign in again.
  const Timestamp expiry = *bed.store().findApp("buyer-001", kWithin15)->app.expiryTime;
  bed.router().clock().pin(expiry - std::chrono::hours{24 * 7 + 1});
  bed.open("#/orders");
  bed.settle();
  ASSERT_NE(bed.find(Role::Button, "Sign in"), nullptr);
  const SignInRequest alice = koo::ui::testing::signInAs(bed.store(), "buyer-001");
  bed.typeInto("User name", *alice.userName, false);
  bed.typeInto("Password", *alice.password, false);
  bed.click(Role::Button, "Sign in");
  bed.settle();
  bed.open("#/purchased-apps");
  bed.settle();

  const SemanticNode* dismiss = buttonFor(bed, "Dismiss the reminder for", kWithin15);
  ASSERT_NE(dismiss, nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, std::string(kWithin15) + ") expires on"));
  bed.click(*dismiss);
  bed.settle();
  EXPECT_EQ(buttonFor(bed, "Dismiss the reminder for", kWithin15), nullptr);
  EXPECT_NE(buttonFor(bed, "Dismiss the reminder for", kWithin7), nullptr);  // the others stay
  EXPECT_NE(bed.app().announcement().find("dismissed until its next threshold"), std::string::npos);
  // Leaving and coming back loads them again: still dismissed.
  bed.open("#/orders");
  bed.settle();
  bed.open("#/purchased-apps");
  bed.settle();
  EXPECT_EQ(buttonFor(bed, "Dismiss the reminder for", kWithin15), nullptr);
  // Two hours on it is within 7 days of its expiry: the reminder is back.
  bed.router().clock().advance(std::chrono::hours{2});
  bed.open("#/orders");
  bed.settle();
  bed.open("#/purchased-apps");
  bed.settle();
  EXPECT_NE(buttonFor(bed, "Dismiss the reminder for", kWithin15), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, std::string(kWithin15) + ") expires on"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "within 7 days: renew it"));
}

TEST(ExpiryReminders, FitANarrowConsole) {
  ConsoleTestbed bed("#/purchased-apps");
  bed.resize(320, 900);
  const SemanticNode* dismiss = buttonFor(bed, "Dismiss the reminder for", kWithin7);
  ASSERT_NE(dismiss, nullptr);
  EXPECT_LE(dismiss->rect.x + dismiss->rect.width, 320.0f);
  bed.open("#/orders");
  bed.settle();
  for (const auto& node : bed.tree().nodes())
    if (node.role == Role::Link && node.name.rfind("Show ", 0) == 0) EXPECT_LE(node.rect.x + node.rect.width, 320.0f) << node.name;
}
