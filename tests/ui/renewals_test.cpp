// Renewals against the real router and demo data: the list and its filters, renewing one app and
// two at once (one combined purchase, visible in My Orders), the unpaid-order refusal, auto-renew
// on and off, CSV export of Renewals and My Orders, and Renewals from Resource Details and
// Purchased Apps.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "../backend/demo_renewal_apps.h"
#include "core/json_codec.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

namespace {

using namespace koo::demo_apps;

const SemanticNode* rowOf(ConsoleTestbed& bed, const std::string& instanceId) {
  for (const auto* row : bed.rows("Renewals"))
    if (row->name.find(instanceId) != std::string::npos) return row;
  ADD_FAILURE() << "no row for " << instanceId;
  return nullptr;
}

// The row's node of `role` whose name starts with `prefix`.
const SemanticNode* inRow(ConsoleTestbed& bed, const SemanticNode& row, Role role, const std::string& prefix) {
  for (const SemanticNode* node : bed.inside(row, role))
    if (node->name.rfind(prefix, 0) == 0) return node;
  return nullptr;
}

// The open dialog's first button: its Confirm.
void confirmDialog(ConsoleTestbed& bed, const std::string& title) {
  const SemanticNode* dialog = bed.find(Role::Dialog, title);
  ASSERT_NE(dialog, nullptr) << title;
  const SemanticNode* confirm = bed.child(*dialog, Role::Button);
  ASSERT_NE(confirm, nullptr);
  bed.click(*confirm);
  bed.settle();
}

}  // namespace

TEST(Renewals, ListsYearlyAndMonthlyAppsUnderBillingCenter) {
  ConsoleTestbed bed("#/purchased-apps");
  bed.click(Role::Link, "Renewals");
  EXPECT_EQ(bed.app().route().view, View::Renewals);
  ASSERT_NE(bed.find(Role::Table, "Renewals"), nullptr);
  for (const char* column : {"Auto-renew", "Status", "Instance ID"})
    EXPECT_NE(bed.find(Role::ColumnHeader, column), nullptr) << column;
  EXPECT_NE(bed.find(Role::Button, "Sort by Expires"), nullptr);
  const auto rows = bed.rows("Renewals");
  ASSERT_FALSE(rows.empty());
  EXPECT_NE(inRow(bed, *rows[0], Role::Checkbox, "Select "), nullptr);
  EXPECT_NE(inRow(bed, *rows[0], Role::Button, "Renew"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "Renew selected (0)"), nullptr);
}

TEST(Renewals, FiltersComeFromTheDeepLink) {
  ConsoleTestbed bed("#/renewals?expires=WITHIN_7_DAYS");
  const auto rows = bed.rows("Renewals");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(rows[0]->name.find(kWithin7), std::string::npos);
  EXPECT_EQ(bed.find(Role::Combobox, "Expiry")->value, "Expires within 7 days");
  bed.open("#/renewals?autoRenew=ON");
  for (const auto* row : bed.rows("Renewals")) EXPECT_NE(inRow(bed, *row, Role::Cell, "Every "), nullptr) << row->name;
}

TEST(Renewals, RenewingOneAppShowsThePriceAndMakesAnOrderToPay) {
  ConsoleTestbed bed(std::string("#/renewals?q=") + kWithin7);
  const SemanticNode* row = rowOf(bed, kWithin7);
  ASSERT_NE(row, nullptr);
  bed.click(*inRow(bed, *row, Role::Button, "Renew"));
  ASSERT_NE(bed.find(Role::Dialog, "Renew"), nullptr);
  // The default is the last purchased period, priced before confirming.
  const SemanticNode* duration = nullptr;
  for (const auto& node : bed.tree().nodes())
    if (node.role == Role::Combobox && node.name.rfind("Renewal duration of", 0) == 0) duration = &node;
  ASSERT_NE(duration, nullptr);
  EXPECT_NE(duration->value.find("(last purchased)"), std::string::npos) << duration->value;
  EXPECT_NE(duration->value.find("\xC2\xA5"), std::string::npos) << duration->value;
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Total for 1 app(s)"));
  confirmDialog(bed, "Renew");
  const auto posts = bed.postsTo("/renewals/orders");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_FALSE(koo::ui::testing::idempotencyKeyOf(posts[0]).empty());
  EXPECT_EQ(bed.app().route(), (Route{View::Orders, {}, {{"status", "PENDING_PAYMENT"}, {"type", "RENEWAL"}}}));
  bool listed = false;
  for (const auto& record : bed.store().ordersOf("buyer-001"))
    if (record.order.instanceId == std::string(kWithin7) && record.order.status == OrderStatus::PendingPayment) {
      listed = true;
      bool shown = false;
      for (const auto* orderRow : bed.rows("Orders")) shown |= orderRow->name.find(record.order.orderId) != std::string::npos;
      EXPECT_TRUE(shown) << record.order.orderId;
    }
  EXPECT_TRUE(listed);
}

TEST(Renewals, TwoTickedAppsRenewAsOneCombinedPurchase) {
  ConsoleTestbed bed("#/renewals?expires=WITHIN_15_DAYS");
  for (const char* id : {kWithin7, kWithin15}) {
    const SemanticNode* row = rowOf(bed, id);
    ASSERT_NE(row, nullptr);
    bed.click(*inRow(bed, *row, Role::Checkbox, "Select "));
  }
  EXPECT_EQ(inRow(bed, *rowOf(bed, kWithin7), Role::Checkbox, "Select ")->state & kChecked, kChecked);
  bed.click(Role::Button, "Renew selected (2)");
  ASSERT_NE(bed.find(Role::Dialog, "Renew 2 apps"), nullptr);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Total for 2 app(s)"));
  confirmDialog(bed, "Renew 2 apps");
  const auto posts = bed.postsTo("/renewals/orders");
  ASSERT_EQ(posts.size(), 1u);
  const auto body = decodeJsonText<RenewalOrderBody>(posts[0].body);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body->items.size(), 2u);
  std::set<std::string> combined;
  for (const auto& record : bed.store().ordersOf("buyer-001"))
    if (record.order.combinedOrderId) combined.insert(*record.order.combinedOrderId);
  EXPECT_EQ(combined.size(), 1u);
}

TEST(Renewals, AnUnpaidOrderBlocksRenewingAndIsLinked) {
  ConsoleTestbed bed(std::string("#/renewals?q=") + kWithUnpaidOrder);
  bed.click(*inRow(bed, *rowOf(bed, kWithUnpaidOrder), Role::Button, "Renew"));
  ASSERT_NE(bed.find(Role::Dialog, "Renew"), nullptr);
  std::string orderId;
  for (const auto& record : bed.store().ordersOf("buyer-001"))
    if (record.order.instanceId == std::string(kWithUnpaidOrder) && record.order.status == OrderStatus::PendingPayment)
      orderId = record.order.orderId;
  ASSERT_FALSE(orderId.empty());
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Order " + orderId + " of this app awaits payment"));
  confirmDialog(bed, "Renew");  // nothing to renew: the dialog stays, nothing is sent
  EXPECT_TRUE(bed.postsTo("/renewals/orders").empty());
  bed.click(Role::Link, "View order " + orderId);
  EXPECT_EQ(bed.app().route(), (Route{View::Orders, {}, {{"q", orderId}}}));
}

TEST(Renewals, AutoRenewTurnsOnWithAPeriodAndOff) {
  ConsoleTestbed bed(std::string("#/renewals?q=") + kWithin7);
  bed.click(*inRow(bed, *rowOf(bed, kWithin7), Role::Button, "Turn on auto-renew"));
  ASSERT_NE(bed.find(Role::Dialog, "Turn on auto-renew"), nullptr);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "next charge"));
  confirmDialog(bed, "Turn on auto-renew");
  ASSERT_EQ(bed.postsTo("/auto-renew").size(), 1u);
  EXPECT_TRUE(bed.store().findApp("buyer-001", kWithin7)->app.autoRenewPeriod.has_value());
  bed.settle();
  const SemanticNode* off = inRow(bed, *rowOf(bed, kWithin7), Role::Button, "Turn off auto-renew");
  ASSERT_NE(off, nullptr);
  bed.click(*off);
  confirmDialog(bed, "Turn off auto-renew");
  EXPECT_FALSE(bed.store().findApp("buyer-001", kWithin7)->app.autoRenewPeriod.has_value());
}

TEST(Renewals, ExportDownloadsTheFilteredListAsCsv) {
  ConsoleTestbed bed("#/renewals?autoRenew=ON");
  bed.click(Role::Button, "Export CSV");
  bed.settle();
  ASSERT_EQ(bed.host().downloads.size(), 1u);
  const auto& file = bed.host().downloads[0];
  EXPECT_EQ(file.fileName.rfind("renewals-", 0), 0u) << file.fileName;
  EXPECT_EQ(file.mimeType, "text/csv;charset=utf-8");
  EXPECT_EQ(file.content.rfind("\xEF\xBB\xBFProduct,Instance ID,Order No.", 0), 0u);
  EXPECT_NE(file.content.find(kWithin30AutoOn), std::string::npos);
  EXPECT_EQ(file.content.find(kWithin7), std::string::npos);  // auto-renew off: filtered out
}

TEST(Renewals, MyOrdersExportsEveryOrderOfItsFilterNotOnlyThePage) {
  ConsoleTestbed bed("#/orders?status=COMPLETED&pageSize=5");
  bed.click(Role::Button, "Export CSV");
  bed.settle(6);
  ASSERT_EQ(bed.host().downloads.size(), 1u);
  const std::string& csv = bed.host().downloads[0].content;
  std::size_t completed = 0;
  for (const auto& record : bed.store().ordersOf("buyer-001")) completed += record.order.status == OrderStatus::Completed;
  std::size_t lines = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
  EXPECT_GT(completed, 5u);
  EXPECT_EQ(lines, completed + 1);  // the header and every completed order
  EXPECT_EQ(csv.find("Pending payment"), std::string::npos);
}

TEST(Renewals, ResourceDetailsExplainsGraceAndRenews) {
  ConsoleTestbed bed(std::string("#/purchased-apps/") + kInGrace);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "still works during the grace period"));
  bed.click(Role::Button, "Renew");
  ASSERT_NE(bed.find(Role::Dialog, "Renew"), nullptr);
  confirmDialog(bed, "Renew");
  EXPECT_EQ(bed.postsTo("/renewals/orders").size(), 1u);
  EXPECT_EQ(bed.app().route().view, View::Orders);
}

TEST(Renewals, ResourceDetailsAndPurchasedAppsSayUntilWhenAFrozenAppsDataIsKept) {
  ConsoleTestbed bed(std::string("#/purchased-apps/") + kInRetention);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "its data is kept until"));
  EXPECT_NE(bed.find(Role::Button, "Renew"), nullptr);
  const SemanticNode* autoRenew = bed.find(Role::Button, "Turn on auto-renew");
  ASSERT_NE(autoRenew, nullptr);
  EXPECT_EQ(autoRenew->state & kDisabled, kDisabled);  // not once expired
  bed.open("#/purchased-apps?status=FROZEN&pageSize=100");
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Deleted on "));
}

TEST(Renewals, ResourceDetailsShowsWhenAutoRenewChargesAndHowMuch) {
  ConsoleTestbed bed(std::string("#/purchased-apps/") + kWithin30AutoOn);
  EXPECT_TRUE(koo::ui::testing::anyNodeContains(bed.tree(), Role::Text, "Renews every 1 month: next charge"));
  EXPECT_NE(bed.find(Role::Button, "Turn off auto-renew"), nullptr);
}

TEST(Renewals, PurchasedAppsRenewLeadsToTheAppInRenewals) {
  ConsoleTestbed bed(std::string("#/purchased-apps?q=") + "CloudDesk");
  const SemanticNode* renew = nullptr;
  std::string name;
  for (const auto* row : bed.rows("Purchased apps")) {
    renew = inRow(bed, *row, Role::Button, "Renew");
    if (renew && renew->name == "Renew") {
      name = row->name;
      break;
    }
  }
  ASSERT_NE(renew, nullptr);
  bed.click(*renew);
  const std::string instanceId = name.substr(name.rfind(' ') + 1);
  EXPECT_EQ(bed.app().route(), (Route{View::Renewals, {}, {{"q", instanceId}}}));
  EXPECT_EQ(bed.rows("Renewals").size(), 1u);
}
