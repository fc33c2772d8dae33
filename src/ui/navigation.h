// Where the buyer is in the console: the views and their deep links (the URL hash with the
// list query), the left navigation's entries, titles and breadcrumbs. Plain C++, tested natively.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/url_codec.h"

namespace koo::ui {

// The left navigation's entries.
enum class NavItem { PurchasedApps, ServiceSupervision, MyOrders };

// Every view that has a deep link.
enum class View { PurchasedApps, ResourceDetails, Supervision, SupervisionDetails, Orders, PaymentResult };

// A view, the ID it shows (details views) and its query ("q", "status", "page", "order"...).
struct Route {
  View view = View::PurchasedApps;
  std::string id;
  QueryParams query;
  bool operator==(const Route&) const = default;
};

// "#/purchased-apps?q=CRM&status=IN_USE", "#/purchased-apps/INS-1", "#/payment-result?order=X".
std::string formatRoute(const Route& route);
// The route a hash names ("#/supervision/SO-1", "/orders?status=CANCELLED"); nullopt if none.
// An empty hash is the home page, Purchased Apps.
std::optional<Route> parseRoute(std::string_view hash);

struct NavSection {
  const char* title;
  std::vector<NavItem> pages;
};
// The left navigation, in display order.
const std::vector<NavSection>& navSections();
const char* pageTitle(NavItem page);
Route pageRoute(NavItem page);
// The navigation entry a view belongs to (Resource Details belongs to Purchased Apps).
NavItem pageOf(View view);
// The view's own title: "Resource Details", "Payment Result"...
const char* viewTitle(View view);

// One breadcrumb; `target` is set when it links somewhere.
struct Crumb {
  std::string label;
  std::optional<Route> target;
};
// Outermost first: My KooGallery > Purchased Apps > Resource Details.
std::vector<Crumb> breadcrumbs(const Route& route);

// The current route and whether the platform must push a history entry for it.
class Navigator {
 public:
  explicit Navigator(Route start = {}) : route_(std::move(start)) {}
  const Route& route() const { return route_; }
  NavItem page() const { return pageOf(route_.view); }
  // A click in the console: moves and asks for a history entry.
  void go(Route route);
  void go(NavItem page) { go(pageRoute(page)); }
  // The browser moved (back/forward, reload, typed hash): follow it without a new entry. An
  // unknown hash leaves the route as it is.
  void followRoute(std::string_view hash);
  // The route to push to the browser's history once, then cleared.
  std::optional<std::string> takePendingRoute();

 private:
  Route route_;
  std::optional<std::string> pendingRoute_;
};

}  // namespace koo::ui
