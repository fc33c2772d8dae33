// Where the buyer is in the console: the pages of the left navigation, their routes (the URL
// hash), titles and breadcrumbs. Plain C++ so it is tested without a browser.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koo::ui {

enum class Page { PurchasedApps, ServiceSupervision, MyOrders };

struct NavSection {
  const char* title;
  std::vector<Page> pages;
};

// The left navigation, in display order.
const std::vector<NavSection>& navSections();

const char* pageTitle(Page page);
// "#/purchased-apps" etc.: the deep link of a page.
std::string pageRoute(Page page);
// The page a hash names ("#/supervision", "/supervision" or "supervision"); nullopt if none.
std::optional<Page> pageFromRoute(std::string_view hash);
// Breadcrumb trail, outermost first: {"My KooGallery", "Purchased Apps"}.
std::vector<std::string> breadcrumbs(Page page);

// The active page and whether the platform must push a new history entry for it.
class Navigator {
 public:
  explicit Navigator(Page start = Page::PurchasedApps) : page_(start) {}
  Page page() const { return page_; }
  // A click in the console: changes the page and asks for a history entry.
  void go(Page page);
  // The browser moved (back/forward, reload, typed hash): follow it without a new entry. An
  // empty hash is the home page; an unknown one leaves the page as it is.
  void followRoute(std::string_view hash);
  // The route to push to the browser's history once, then cleared.
  std::optional<std::string> takePendingRoute();

 private:
  Page page_;
  std::optional<std::string> pendingRoute_;
};

}  // namespace koo::ui
