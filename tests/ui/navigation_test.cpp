// Deep links, titles and breadcrumbs of the console's views, and the navigator's history handling.
#include "navigation.h"

#include <gtest/gtest.h>

using namespace koo::ui;

TEST(Navigation, RoutesRoundTripWithIdAndQuery) {
  const Route routes[] = {
      {View::PurchasedApps, "", {}},
      {View::PurchasedApps, "", {{"q", "CRM 客户"}, {"status", "IN_USE"}, {"page", "2"}}},
      {View::ResourceDetails, "INS-0001", {}},
      {View::Supervision, "", {{"stage", "WAITING_REQUEST"}}},
      {View::SupervisionDetails, "SO 1+2", {}},
      {View::Orders, "", {{"status", "CANCELLED"}}},
      {View::PaymentResult, "", {{"order", "CS2311"}}},
  };
  for (const auto& route : routes) {
    const auto parsed = parseRoute(formatRoute(route));
    ASSERT_TRUE(parsed.has_value()) << formatRoute(route);
    EXPECT_EQ(*parsed, route) << formatRoute(route);
  }
}

TEST(Navigation, HashesNameViews) {
  EXPECT_EQ(formatRoute({View::ResourceDetails, "INS-1", {}}), "#/purchased-apps/INS-1");
  EXPECT_EQ(formatRoute({View::Orders, "", {{"status", "CANCELLED"}}}), "#/orders?status=CANCELLED");
  EXPECT_EQ(parseRoute("#/supervision/SO-1")->view, View::SupervisionDetails);
  EXPECT_EQ(parseRoute("#/supervision/SO-1")->id, "SO-1");
  EXPECT_EQ(parseRoute("/orders?status=CANCELLED")->query.at("status"), "CANCELLED");
  EXPECT_EQ(parseRoute("")->view, View::PurchasedApps);
  EXPECT_EQ(parseRoute("#/")->view, View::PurchasedApps);
}

TEST(Navigation, RejectsUnknownAndMalformedHashes) {
  EXPECT_EQ(parseRoute("#/nowhere"), std::nullopt);
  EXPECT_EQ(parseRoute("#/orders/ORD-1/x"), std::nullopt);       // an order's details take one ID
  EXPECT_EQ(parseRoute("#/pay"), std::nullopt);                  // the payment step needs its order
  EXPECT_EQ(parseRoute("#/payment-result/x"), std::nullopt);
  EXPECT_EQ(parseRoute("#/purchased-apps/a/b"), std::nullopt);
  EXPECT_EQ(parseRoute("#/purchased-apps/%ZZ"), std::nullopt);   // broken escape
  EXPECT_EQ(parseRoute("#/orders?q=%E"), std::nullopt);
}

TEST(Navigation, DetailsViewsBelongToTheirNavigationEntry) {
  EXPECT_EQ(navEntryOf(View::ResourceDetails), View::PurchasedApps);
  EXPECT_EQ(navEntryOf(View::SupervisionDetails), View::Supervision);
  EXPECT_EQ(navEntryOf(View::Orders), View::Orders);
}

TEST(Navigation, BreadcrumbsFollowTheMarketplace) {
  auto labels = [](const Route& route) {
    std::vector<std::string> out;
    for (const auto& crumb : breadcrumbs(route)) out.push_back(crumb.label);
    return out;
  };
  EXPECT_EQ(labels({View::PurchasedApps, "", {}}), (std::vector<std::string>{"My KooGallery", "Purchased Apps"}));
  EXPECT_EQ(labels({View::Orders, "", {}}), (std::vector<std::string>{"Billing Center", "Orders", "My Orders"}));
  const auto details = breadcrumbs({View::ResourceDetails, "INS-1", {}});
  ASSERT_EQ(details.size(), 3u);
  EXPECT_EQ(details[2].label, "Resource Details");
  ASSERT_TRUE(details[1].target.has_value());  // "Purchased Apps" links back to the list
  EXPECT_EQ(details[1].target->view, View::PurchasedApps);
}

TEST(Navigation, ClickPushesOneHistoryEntryBrowserMoveDoesNot) {
  Navigator nav;
  nav.go(View::Orders);
  EXPECT_EQ(nav.navEntry(), View::Orders);
  EXPECT_EQ(nav.takePendingRoute(), std::optional<std::string>("#/orders"));
  EXPECT_EQ(nav.takePendingRoute(), std::nullopt);

  nav.go(View::Orders);  // already there: no new entry
  EXPECT_EQ(nav.takePendingRoute(), std::nullopt);

  nav.followRoute("#/supervision/SO-9");
  EXPECT_EQ(nav.route().view, View::SupervisionDetails);
  EXPECT_EQ(nav.navEntry(), View::Supervision);
  EXPECT_EQ(nav.takePendingRoute(), std::nullopt);

  nav.followRoute("#/unknown");  // an unknown hash leaves the route as it is
  EXPECT_EQ(nav.route().id, "SO-9");

  nav.followRoute("");  // back to the bare URL: the home page
  EXPECT_EQ(nav.navEntry(), View::PurchasedApps);
}
