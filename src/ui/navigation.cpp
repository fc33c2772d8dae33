// Pages, routes and breadcrumbs of the console frame.
#include "navigation.h"

namespace koo::ui {
namespace {
struct PageInfo {
  Page page;
  const char* title;
  const char* route;
  const char* section;
  const char* group;  // a breadcrumb between section and page, or nullptr
};
constexpr PageInfo kPages[] = {
    {Page::PurchasedApps, "Purchased Apps", "purchased-apps", "My KooGallery", nullptr},
    {Page::ServiceSupervision, "Service Supervision", "supervision", "My KooGallery", nullptr},
    {Page::MyOrders, "My Orders", "orders", "Billing Center", "Orders"},
};
const PageInfo& info(Page page) {
  for (const auto& entry : kPages)
    if (entry.page == page) return entry;
  return kPages[0];
}
}  // namespace

const std::vector<NavSection>& navSections() {
  static const std::vector<NavSection> sections = {
      {"My KooGallery", {Page::PurchasedApps, Page::ServiceSupervision}},
      {"Billing Center", {Page::MyOrders}},
  };
  return sections;
}

const char* pageTitle(Page page) { return info(page).title; }

std::string pageRoute(Page page) { return std::string("#/") + info(page).route; }

std::optional<Page> pageFromRoute(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (!hash.empty() && hash.front() == '/') hash.remove_prefix(1);
  // Only the first path segment names the page; a query or sub-path may follow.
  const auto end = hash.find_first_of("/?");
  const auto segment = hash.substr(0, end);
  for (const auto& entry : kPages)
    if (segment == entry.route) return entry.page;
  return std::nullopt;
}

std::vector<std::string> breadcrumbs(Page page) {
  const auto& entry = info(page);
  std::vector<std::string> trail{entry.section};
  if (entry.group) trail.emplace_back(entry.group);
  trail.emplace_back(entry.title);
  return trail;
}

void Navigator::go(Page page) {
  if (page == page_) return;
  page_ = page;
  pendingRoute_ = pageRoute(page);
}

void Navigator::followRoute(std::string_view hash) {
  // No route at all (the console's bare URL) is the home page, Purchased Apps.
  if (hash.empty() || hash == "#" || hash == "#/") page_ = Page::PurchasedApps;
  else if (auto page = pageFromRoute(hash)) page_ = *page;
}

std::optional<std::string> Navigator::takePendingRoute() {
  auto route = std::move(pendingRoute_);
  pendingRoute_.reset();
  return route;
}

}  // namespace koo::ui
