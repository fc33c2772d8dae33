// Where the buyer is in the console: the views' deep links (the URL hash with the list query),
// the left navigation's sections and entries, titles and breadcrumbs, all read from the view
// table (views.h). Plain C++, tested natively.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/url_codec.h"
#include "views.h"

namespace koo::ui {

// A view, the ID it shows (details views) and its query ("q", "status", "page", "order"...).
struct Route {
  View view = View::PurchasedApps;
  std::string id;
  QueryParams query;
  bool operator==(const Route&) const = default;
};

// "#/purchased-apps?q=CRM&status=IN_USE", "#/purchased-apps/INS-1", "#/payment-result?order=X".
std::string formatRoute(const Route& route);
// The route a hash names ("#/supervision/SO-1", "/orders?status=CANCELLED"); nullopt if none,
// and for a test-only view unless `testMode`. An empty hash is the home page, Purchased Apps.
std::optional<Route> parseRoute(std::string_view hash, bool testMode = false);

// A section of the left navigation and its entries (views), in display order.
struct NavSection {
  const char* titleKey;  // the section's heading, a catalogue key
  std::vector<View> entries;
};
const std::vector<NavSection>& navSections();
// The navigation entry shown as current on a view (Resource Details: Purchased Apps).
View navEntryOf(View view);
// The view's own title in the current locale: "Resource Details", "Payment Result"...
const std::string& viewTitle(View view);

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
  View navEntry() const { return navEntryOf(route_.view); }
  // A click in the console: moves and asks for a history entry.
  void go(Route route);
  void go(View view) { go(Route{view, {}, {}}); }
  // The browser moved (back/forward, reload, typed hash): follow it without a new entry. An
  // unknown hash, or a test-only view's outside test mode, leaves the route as it is.
  void followRoute(std::string_view hash);
  // Test mode: test-only views (views.h) can be opened by deep link.
  void setTestMode(bool testMode) { testMode_ = testMode; }
  // The route to push to the browser's history once, then cleared.
  std::optional<std::string> takePendingRoute();
  bool hasPendingRoute() const { return pendingRoute_.has_value(); }

 private:
  Route route_;
  bool testMode_ = false;
  std::optional<std::string> pendingRoute_;
};

}  // namespace koo::ui
