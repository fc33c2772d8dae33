// Change Specifications and Buy against the real router and demo data: the row action and the
// Resource Details card, the fee with its parts before confirming, Confirm to the payment step,
// the refusals with their reasons, the downgrade only at renewal, and a trial's purchase.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/json_codec.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

namespace {

constexpr const char* kUpgradeable = "ins-5a4304000b";      // CloudDesk CRM, yearly Standard
constexpr const char* kPerUser = "ins-5b39220020";          // 10 users
constexpr const char* kDowngradeWindow = "ins-5a91c30019";  // 20 seats, expires within 15 days
constexpr const char* kSkuRemoved = "ins-5ac195001b";
constexpr const char* kTrial = "ins-5ab38d0005";
constexpr const char* kClosedTrial = "ins-5a5aed000c";

// Some node of `role` whose name contains `part`.
const SemanticNode* withText(ConsoleTestbed& bed, Role role, const std::string& part) {
  for (const auto& node : bed.tree().nodes())
    if (node.role == role && node.name.find(part) != std::string::npos) return &node;
  return nullptr;
}

const SemanticNode* rowOf(ConsoleTestbed& bed, const std::string& instanceId) {
  for (const auto* row : bed.rows("Purchased apps"))
    if (row->name.find(instanceId) != std::string::npos) return row;
  return nullptr;
}

}  // namespace

TEST(SpecChange, UpgradeFromPurchasedAppsShowsTheFeeAndGoesToPayment) {
  ConsoleTestbed bed;
  bed.open("#/purchased-apps?q=" + bed.store().findApp("buyer-001", kUpgradeable)->app.orderId);  // by its order ID
  const SemanticNode* row = rowOf(bed, kUpgradeable);
  ASSERT_NE(row, nullptr);
  std::optional<SemanticNode> action;
  for (const SemanticNode* button : bed.inside(*row, Role::Button))
    if (button->name == "Change Specifications") action = *button;
  ASSERT_TRUE(action);
  bed.click(*action);
  EXPECT_EQ(bed.app().route().view, View::SpecChange);
  EXPECT_EQ(bed.app().route().id, kUpgradeable);
  const SemanticNode* upgrade = withText(bed, Role::Checkbox, "Upgrade to Professional, 50 users - Fee: ");
  ASSERT_NE(upgrade, nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Confirm and pay"), nullptr);  // nothing chosen yet
  bed.click(*upgrade);
  for (const char* part : {"New price: ", "Original price: ", "Remaining: ", "Discount: 0%", "the expiry date does not change"})
    EXPECT_NE(withText(bed, Role::Text, part), nullptr) << part;
  bed.click(Role::Button, "Confirm and pay");
  ASSERT_EQ(bed.postsTo("/change-orders").size(), 1u);
  EXPECT_EQ(bed.app().route().view, View::Payment);
  const auto order = bed.store().findOrder("buyer-001", bed.app().route().id);
  ASSERT_TRUE(order);
  EXPECT_EQ(order->order.type, OrderType::Change);
  EXPECT_EQ(order->order.status, OrderStatus::PendingPayment);
}

TEST(SpecChange, RefusalsSayWhy) {
  ConsoleTestbed bed(std::string("#/change-spec/") + kSkuRemoved);
  EXPECT_NE(withText(bed, Role::Text, "removed from the catalogue"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Confirm and pay"), nullptr);
  // Scale-in more than 30 days before expiry: offered, disabled, with the reason.
  bed.open(std::string("#/change-spec/") + kPerUser);
  const SemanticNode* scaleIn = withText(bed, Role::Checkbox, "Scale in to 9 users");
  ASSERT_NE(scaleIn, nullptr);
  EXPECT_TRUE(scaleIn->state & kDisabled);
  EXPECT_NE(withText(bed, Role::Text, "only at renewal, within 30 days of expiry"), nullptr);
  // An expired app: Resource Details still offers the page, which says why not.
  bed.open("#/purchased-apps/ins-5a6bd20002");
  bed.click(Role::Button, "Change Specifications");
  EXPECT_NE(withText(bed, Role::Text, "The app has expired; renew it"), nullptr);
}

TEST(SpecChange, ScaleOutIsQuotedForTheUsersTyped) {
  ConsoleTestbed bed(std::string("#/change-spec/") + kPerUser);
  const SemanticNode* scaleOut = withText(bed, Role::Checkbox, "Scale out to 11 users");
  ASSERT_NE(scaleOut, nullptr);
  bed.click(*scaleOut);
  bed.typeInto("Users after scale-out", "20", false);
  bed.click(Role::Button, "Calculate fee");
  EXPECT_NE(withText(bed, Role::Checkbox, "Scale out to 20 users - Fee: "), nullptr);
  EXPECT_NE(withText(bed, Role::Text, "Discount: 10%"), nullptr);
}

TEST(SpecChange, DowngradeOnlyAtRenewalWithinThirtyDays) {
  ConsoleTestbed bed(std::string("#/purchased-apps/") + kDowngradeWindow);
  bed.click(Role::Button, "Change Specifications");
  EXPECT_EQ(bed.app().route().view, View::SpecChange);
  const SemanticNode* downgrade = withText(bed, Role::Checkbox, "Downgrade to 5 seats");
  ASSERT_NE(downgrade, nullptr);
  EXPECT_FALSE(downgrade->state & kDisabled);
  bed.click(*downgrade);
  EXPECT_NE(withText(bed, Role::Combobox, "Renew for"), nullptr);
  EXPECT_NE(withText(bed, Role::Text, "Renewal price: "), nullptr);
  EXPECT_NE(withText(bed, Role::Text, "Applies from the renewed period"), nullptr);
  bed.click(Role::Button, "Confirm and pay");
  EXPECT_EQ(bed.app().route().view, View::Payment);
  const auto order = bed.store().findOrder("buyer-001", bed.app().route().id);
  ASSERT_TRUE(order);
  EXPECT_EQ(order->order.type, OrderType::Renewal);
  ASSERT_TRUE(order->order.specChange);
  EXPECT_EQ(order->order.specChange->specification, "5 seats");
}

TEST(SpecChange, ATrialShowsItsEndAndIsBoughtThroughThePaymentStep) {
  ConsoleTestbed bed(std::string("#/purchased-apps/") + kTrial);
  EXPECT_NE(withText(bed, Role::Text, "Trial ends "), nullptr);
  bed.click(Role::Button, "Buy");
  EXPECT_EQ(bed.app().route().view, View::SpecChange);
  EXPECT_NE(withText(bed, Role::Text, "Price: "), nullptr);
  EXPECT_NE(withText(bed, Role::Text, "unused trial days are forfeited"), nullptr);
  bed.click(Role::Button, "Create order and pay");
  EXPECT_EQ(bed.app().route().view, View::Payment);
  const auto order = bed.store().findOrder("buyer-001", bed.app().route().id);
  ASSERT_TRUE(order);
  EXPECT_EQ(order->order.type, OrderType::New);
  EXPECT_EQ(order->order.trialInstanceId, kTrial);
  // A trial the product does not let be bought says so.
  bed.open(std::string("#/change-spec/") + kClosedTrial);
  EXPECT_NE(withText(bed, Role::Text, "cannot be converted"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Create order and pay"), nullptr);
}
