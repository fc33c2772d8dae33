// Routes, titles and breadcrumbs of the console's pages, and the navigator's history handling.
#include "navigation.h"

#include <gtest/gtest.h>

using namespace koo::ui;

TEST(Navigation, RoutesRoundTrip) {
  for (Page page : {Page::PurchasedApps, Page::ServiceSupervision, Page::MyOrders})
    EXPECT_EQ(pageFromRoute(pageRoute(page)), page);
}

TEST(Navigation, RouteParsingIgnoresSubPathAndQuery) {
  EXPECT_EQ(pageFromRoute("#/supervision/SO-1?tab=history"), Page::ServiceSupervision);
  EXPECT_EQ(pageFromRoute("/orders?status=CANCELLED"), Page::MyOrders);
  EXPECT_EQ(pageFromRoute("purchased-apps"), Page::PurchasedApps);
  EXPECT_EQ(pageFromRoute("#/nowhere"), std::nullopt);
  EXPECT_EQ(pageFromRoute(""), std::nullopt);
}

TEST(Navigation, BreadcrumbsFollowTheMarketplace) {
  EXPECT_EQ(breadcrumbs(Page::PurchasedApps), (std::vector<std::string>{"My KooGallery", "Purchased Apps"}));
  EXPECT_EQ(breadcrumbs(Page::MyOrders),
            (std::vector<std::string>{"Billing Center", "Orders", "My Orders"}));
}

TEST(Navigation, ClickPushesOneHistoryEntryBrowserMoveDoesNot) {
  Navigator nav;
  nav.go(Page::MyOrders);
  EXPECT_EQ(nav.page(), Page::MyOrders);
  EXPECT_EQ(nav.takePendingRoute(), std::optional<std::string>("#/orders"));
  EXPECT_EQ(nav.takePendingRoute(), std::nullopt);

  nav.go(Page::MyOrders);  // already there: no new entry
  EXPECT_EQ(nav.takePendingRoute(), std::nullopt);

  nav.followRoute("#/supervision");
  EXPECT_EQ(nav.page(), Page::ServiceSupervision);
  EXPECT_EQ(nav.takePendingRoute(), std::nullopt);

  nav.followRoute("#/unknown");  // an unknown hash leaves the page as it is
  EXPECT_EQ(nav.page(), Page::ServiceSupervision);

  nav.followRoute("");  // back to the bare URL: the home page
  EXPECT_EQ(nav.page(), Page::PurchasedApps);
}
