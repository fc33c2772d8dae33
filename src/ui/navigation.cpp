// Views, deep links, navigation entries and breadcrumbs of the console.
#include "navigation.h"

namespace koo::ui {
namespace {
struct ViewInfo {
  View view;
  const char* path;   // first path segment of the hash
  bool hasId;         // "#/path/{id}"
  NavItem page;
  const char* title;
};
constexpr ViewInfo kViews[] = {
    {View::PurchasedApps, "purchased-apps", false, NavItem::PurchasedApps, "Purchased Apps"},
    {View::ResourceDetails, "purchased-apps", true, NavItem::PurchasedApps, "Resource Details"},
    {View::Supervision, "supervision", false, NavItem::ServiceSupervision, "Service Supervision"},
    {View::SupervisionDetails, "supervision", true, NavItem::ServiceSupervision, "Order Details"},
    {View::Orders, "orders", false, NavItem::MyOrders, "My Orders"},
    {View::PaymentResult, "payment-result", false, NavItem::PurchasedApps, "Payment Result"},
};
const ViewInfo& info(View view) {
  for (const auto& entry : kViews)
    if (entry.view == view) return entry;
  return kViews[0];
}
}  // namespace

std::string formatRoute(const Route& route) {
  const auto& entry = info(route.view);
  std::string hash = std::string("#/") + entry.path;
  if (entry.hasId) hash += "/" + percentEncode(route.id);
  if (!route.query.empty()) hash += "?" + encodeQueryString(route.query);
  return hash;
}

std::optional<Route> parseRoute(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (!hash.empty() && hash.front() == '/') hash.remove_prefix(1);
  if (hash.empty()) return Route{};
  Route route;
  const auto queryStart = hash.find('?');
  if (queryStart != std::string_view::npos) {
    auto query = decodeQueryString(hash.substr(queryStart + 1));
    if (!query) return std::nullopt;
    route.query = std::move(*query);
    hash = hash.substr(0, queryStart);
  }
  const auto slash = hash.find('/');
  const auto path = hash.substr(0, slash);
  std::optional<std::string> id;
  if (slash != std::string_view::npos) {
    id = percentDecode(hash.substr(slash + 1), false);
    if (!id || id->empty() || id->find('/') != std::string::npos) return std::nullopt;
  }
  for (const auto& entry : kViews) {
    if (path != entry.path || entry.hasId != id.has_value()) continue;
    route.view = entry.view;
    route.id = id.value_or("");
    return route;
  }
  return std::nullopt;
}

const std::vector<NavSection>& navSections() {
  static const std::vector<NavSection> sections = {
      {"My KooGallery", {NavItem::PurchasedApps, NavItem::ServiceSupervision}},
      {"Billing Center", {NavItem::MyOrders}},
  };
  return sections;
}

const char* pageTitle(NavItem page) {
  switch (page) {
    case NavItem::PurchasedApps: return "Purchased Apps";
    case NavItem::ServiceSupervision: return "Service Supervision";
    case NavItem::MyOrders: return "My Orders";
  }
  return "";
}

Route pageRoute(NavItem page) {
  switch (page) {
    case NavItem::ServiceSupervision: return Route{View::Supervision, {}, {}};
    case NavItem::MyOrders: return Route{View::Orders, {}, {}};
    case NavItem::PurchasedApps: break;
  }
  return Route{View::PurchasedApps, {}, {}};
}

NavItem pageOf(View view) { return info(view).page; }

const char* viewTitle(View view) { return info(view).title; }

std::vector<Crumb> breadcrumbs(const Route& route) {
  const NavItem page = pageOf(route.view);
  std::vector<Crumb> trail;
  if (page == NavItem::MyOrders) {
    trail = {{"Billing Center", std::nullopt}, {"Orders", std::nullopt}};
  } else {
    trail = {{"My KooGallery", std::nullopt}};
  }
  const bool isListView = route.view == pageRoute(page).view;
  if (isListView) {
    trail.push_back({pageTitle(page), std::nullopt});
  } else {
    if (route.view != View::PaymentResult) trail.push_back({pageTitle(page), pageRoute(page)});
    trail.push_back({viewTitle(route.view), std::nullopt});
  }
  return trail;
}

void Navigator::go(Route route) {
  if (route == route_) return;
  route_ = std::move(route);
  pendingRoute_ = formatRoute(route_);
}

void Navigator::followRoute(std::string_view hash) {
  if (auto route = parseRoute(hash)) route_ = std::move(*route);
}

std::optional<std::string> Navigator::takePendingRoute() {
  auto route = std::move(pendingRoute_);
  pendingRoute_.reset();
  return route;
}

}  // namespace koo::ui
