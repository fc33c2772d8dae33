// Purchased Apps against the real router and demo data: the table, search, filters, sorting,
// paging, the empty state's way to My Orders, and Resource Details from a row.
#include <gtest/gtest.h>

#include "console_testbed.h"

using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

TEST(PurchasedApps, ShowsAPageOfTheBuyersAppsWithColumnsAndDetailsButtons) {
  ConsoleTestbed bed;
  ASSERT_NE(bed.find(Role::Table, "Purchased apps"), nullptr);
  const auto rows = bed.rows("Purchased apps");
  EXPECT_EQ(rows.size(), 10u);  // the default page size
  for (const char* column : {"Instance ID", "Order ID", "Specification", "Billing Mode", "Period", "Operation"})
    EXPECT_NE(bed.find(Role::ColumnHeader, column), nullptr) << column;
  EXPECT_NE(bed.find(Role::Button, "Sort by Product"), nullptr);
  const auto buttons = bed.childNames(*rows[0], Role::Button);
  EXPECT_EQ(buttons, std::vector<std::string>{"Resource Details"});
  EXPECT_EQ(bed.childNames(*rows[0], Role::Status).size(), 1u);  // the status badge
}

TEST(PurchasedApps, SearchGoesIntoTheUrlAndNarrowsTheList) {
  ConsoleTestbed bed;
  const auto before = bed.rows("Purchased apps");
  ASSERT_FALSE(before.empty());
  const std::string firstRow = before[0]->name;  // "<product> <instance>"
  const std::string product = firstRow.substr(0, firstRow.rfind(' '));
  bed.typeInto("Search", product);
  EXPECT_EQ(bed.app().route().query.at("q"), product);
  const auto after = bed.rows("Purchased apps");
  ASSERT_FALSE(after.empty());
  for (const auto* row : after) EXPECT_NE(row->name.find(product), std::string::npos) << row->name;
}

TEST(PurchasedApps, NoMatchSaysSoAndLinksToMyOrders) {
  ConsoleTestbed bed("#/purchased-apps?q=no-such-product-xyz");
  EXPECT_NE(bed.find(Role::Heading, "No purchased apps match your search"), nullptr);
  EXPECT_EQ(bed.find(Role::Table, "Purchased apps"), nullptr);
  bed.click(Role::Link, "Check My Orders");
  EXPECT_EQ(bed.app().route(), (Route{View::Orders, {}, {}}));
}

TEST(PurchasedApps, StatusFilterComesFromTheDeepLink) {
  ConsoleTestbed bed("#/purchased-apps?status=FROZEN&pageSize=100");
  const auto rows = bed.rows("Purchased apps");
  ASSERT_FALSE(rows.empty());
  for (const auto* row : rows) EXPECT_EQ(bed.childNames(*row, Role::Status), std::vector<std::string>{"Frozen"});
  const SemanticNode* filter = bed.find(Role::Combobox, "Status");
  ASSERT_NE(filter, nullptr);
  EXPECT_EQ(filter->value, "Frozen");
}

TEST(PurchasedApps, ResourceDetailsOpensTheRowsInstance) {
  ConsoleTestbed bed;
  const auto rows = bed.rows("Purchased apps");
  ASSERT_FALSE(rows.empty());
  const std::string name = rows[0]->name;
  const std::string instanceId = name.substr(name.rfind(' ') + 1);
  const SemanticNode* details = bed.child(*rows[0], Role::Button);
  ASSERT_NE(details, nullptr);
  bed.click(*details);
  EXPECT_EQ(bed.app().route().view, View::ResourceDetails);
  EXPECT_EQ(bed.app().route().id, instanceId);
}

TEST(PurchasedApps, AnInvalidLinkQueryIsResetAndSaysWhy) {
  ConsoleTestbed bed("#/purchased-apps?status=BROKEN");
  EXPECT_EQ(bed.rows("Purchased apps").size(), 10u);
  bool explained = false;
  for (const auto& node : bed.tree().nodes())
    explained |= node.name.find("query.status") != std::string::npos;
  EXPECT_TRUE(explained);
}

TEST(PurchasedApps, UnderTheListAFailedPurchaseIsPointedToMyOrders) {
  ConsoleTestbed bed;
  EXPECT_NE(bed.find(Role::Text, "Can't find your order?"), nullptr);
  bed.click(Role::Link, "Go to Billing Center > My Orders");
  EXPECT_EQ(bed.app().route(), (Route{View::Orders, {}, {}}));
}

// The web module asks for the first view's data before its first frame (ConsoleApp::startLoading
// in main), so the answer can be there when the frame is drawn; that frame asks nothing again.
TEST(PurchasedApps, StartLoadingAsksForTheViewsDataBeforeAnyFrame) {
  ConsoleTestbed bed("#/orders");
  const auto countOf = [&bed](const std::string& path) {
    int count = 0;
    for (const auto& request : bed.requests()) count += request.path == path ? 1 : 0;
    return count;
  };
  const int before = countOf("/api/v1/purchased-apps");
  bed.app().followRoute("#/purchased-apps");
  bed.app().startLoading();
  EXPECT_EQ(countOf("/api/v1/purchased-apps"), before + 1) << "not asked for before a frame";
  bed.settle();
  EXPECT_EQ(countOf("/api/v1/purchased-apps"), before + 1) << "the frame asked again";
  EXPECT_FALSE(bed.rows("Purchased apps").empty());
}

TEST(PurchasedApps, StartLoadingWaitsForSignIn) {
  ConsoleTestbed signedOut("#/purchased-apps", "");
  const auto sent = signedOut.requests().size();
  signedOut.app().startLoading();
  EXPECT_EQ(signedOut.requests().size(), sent) << "the sign-in form comes first";
}
