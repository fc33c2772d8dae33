// The view table (views.h): every row routes, titles, breadcrumbs, navigation and page creation
// come from it, and test-only views open only in test mode.
#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "navigation.h"
#include "page_env.h"

using namespace koo::ui;

TEST(Views, EveryRowRoundTripsItsRoute) {
  for (const auto& row : viewTable()) {
    const Route route{row.view, row.hasId ? "ID 1+2 客户" : "", {{"q", "x"}}};
    const std::string hash = formatRoute(route);
    EXPECT_EQ(hash.rfind(std::string("#/") + row.path, 0), 0u) << hash;
    EXPECT_EQ(parseRoute(hash, true), std::optional<Route>(route)) << hash;
    EXPECT_EQ(parseRoute(hash, false).has_value(), !row.testOnly) << hash;
  }
}

TEST(Views, PathsAndIdsNameOneViewEach) {
  std::set<std::pair<std::string, bool>> seen;
  for (const auto& row : viewTable()) EXPECT_TRUE(seen.insert({row.path, row.hasId}).second) << row.path;
  EXPECT_EQ(viewTable().front().view, View::PurchasedApps);  // the home page
}

TEST(Views, TestOnlyViewsOpenOnlyInTestMode) {
  for (const auto& row : viewTable()) {
    if (!row.testOnly) continue;
    const std::string hash = formatRoute({row.view, row.hasId ? "ID-1" : "", {}});
    Navigator shipped;
    shipped.followRoute(hash);
    EXPECT_NE(shipped.route().view, row.view) << hash;
    Navigator testing;
    testing.setTestMode(true);
    testing.followRoute(hash);
    EXPECT_EQ(testing.route().view, row.view) << hash;
    for (const auto& section : navSections())
      for (View entry : section.entries) EXPECT_NE(entry, row.view) << "test-only views are not in the navigation";
  }
}

TEST(Views, BreadcrumbsEndWithTheTitleAndLinkToTheParent) {
  for (const auto& row : viewTable()) {
    const auto trail = breadcrumbs({row.view, row.hasId ? "ID-1" : "", {}});
    ASSERT_GE(trail.size(), 2u) << row.titleKey;
    EXPECT_EQ(trail.back().label, viewTitle(row.view));
    EXPECT_FALSE(trail.back().target.has_value());
    if (row.parent) {
      const Crumb& parent = trail[trail.size() - 2];
      EXPECT_EQ(parent.label, viewTitle(*row.parent));
      EXPECT_EQ(parent.target, std::optional<Route>(Route{*row.parent, {}, {}}));
    }
    for (std::size_t i = 0; i + 1 < trail.size(); ++i)
      EXPECT_EQ(trail[i].target.has_value(), row.parent && i + 2 == trail.size()) << row.titleKey << " " << i;
  }
  const auto payment = breadcrumbs({View::PaymentResult, "", {{"order", "X"}}});
  ASSERT_EQ(payment.size(), 2u);
  EXPECT_EQ(payment[0].label, "My KooGallery");
  EXPECT_EQ(payment[1].label, "Payment Result");
}

TEST(Views, NavigationListsEachEntryOnceInItsSection) {
  std::set<View> listed;
  for (const auto& section : navSections())
    for (View entry : section.entries) {
      EXPECT_TRUE(listed.insert(entry).second) << viewTitle(entry);
      EXPECT_EQ(navEntryOf(entry), entry);
    }
  for (const auto& row : viewTable()) {
    if (row.testOnly) continue;
    EXPECT_TRUE(listed.count(row.entry)) << row.titleKey << ": its entry is not in the navigation";
    EXPECT_EQ(viewInfo(row.entry).section, row.section) << row.titleKey << ": a different section than its entry";
  }
  ASSERT_EQ(navSections().size(), 2u);
  EXPECT_EQ(navSections()[0].entries, (std::vector<View>{View::PurchasedApps, View::Supervision, View::Unsubscriptions}));
  EXPECT_EQ(navSections()[1].entries, (std::vector<View>{View::Orders, View::Renewals, View::Invoices}));
}

TEST(Views, EveryRowMakesItsPage) {
  for (const auto& row : viewTable()) {
    const auto first = makeViewPage(row.view);
    EXPECT_NE(first, nullptr) << row.titleKey;
    EXPECT_NE(makeViewPage(row.view), first) << row.titleKey << ": a fresh page each time";
  }
}
