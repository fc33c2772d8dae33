// Deep links, navigation entries and breadcrumbs, from the view table.
#include "navigation.h"

#include "core/i18n.h"

namespace koo::ui {
namespace {
struct SectionInfo {
  Section section;
  const char* titleKey;
  std::vector<const char*> crumbKeys;  // the breadcrumbs every view of the section starts with
};
const std::vector<SectionInfo>& sections() {
  static const std::vector<SectionInfo> kSections = {
      {Section::MyKooGallery, "nav.my_koogallery", {"nav.my_koogallery"}},
      {Section::BillingCenter, "nav.billing_center", {"nav.billing_center", "nav.orders"}},
  };
  return kSections;
}
}  // namespace

const std::vector<ViewInfo>& viewTable() {
#define KOO_VIEW_INFO(name, path, id, title, section, entry, parent, availability, factory) \
  {View::name, path, id, title, section, entry, parent, availability},
  static const std::vector<ViewInfo> kViews = {KOO_VIEWS(KOO_VIEW_INFO)};
#undef KOO_VIEW_INFO
  return kViews;
}

const ViewInfo& viewInfo(View view) {
  for (const auto& row : viewTable())
    if (row.view == view) return row;
  return viewTable().front();
}

std::string formatRoute(const Route& route) {
  const auto& row = viewInfo(route.view);
  std::string hash = std::string("#/") + row.path;
  if (row.hasId) hash += "/" + percentEncode(route.id);
  if (!route.query.empty()) hash += "?" + encodeQueryString(route.query);
  return hash;
}

std::optional<Route> parseRoute(std::string_view hash, bool testMode) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (!hash.empty() && hash.front() == '/') hash.remove_prefix(1);
  if (hash.empty()) return Route{viewTable().front().view, {}, {}};
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
  for (const auto& row : viewTable()) {
    if (path != row.path || row.hasId != id.has_value() || (row.testOnly && !testMode)) continue;
    route.view = row.view;
    route.id = id.value_or("");
    return route;
  }
  return std::nullopt;
}

const std::vector<NavSection>& navSections() {
  static const std::vector<NavSection> kNav = [] {
    std::vector<NavSection> nav;
    for (const auto& section : sections()) {
      NavSection entries{section.titleKey, {}};
      for (const auto& row : viewTable())
        if (row.section == section.section && row.entry == row.view && !row.testOnly) entries.entries.push_back(row.view);
      nav.push_back(std::move(entries));
    }
    return nav;
  }();
  return kNav;
}

View navEntryOf(View view) { return viewInfo(view).entry; }

const std::string& viewTitle(View view) { return tr(viewInfo(view).titleKey); }

std::vector<Crumb> breadcrumbs(const Route& route) {
  const ViewInfo& row = viewInfo(route.view);
  std::vector<Crumb> trail;
  for (const auto& section : sections())
    if (section.section == row.section)
      for (const char* crumb : section.crumbKeys) trail.push_back({tr(crumb), std::nullopt});
  if (row.parent) trail.push_back({viewTitle(*row.parent), Route{*row.parent, {}, {}}});
  trail.push_back({viewTitle(row.view), std::nullopt});
  return trail;
}

void Navigator::go(Route route) {
  if (route == route_) return;
  route_ = std::move(route);
  pendingRoute_ = formatRoute(route_);
}

void Navigator::followRoute(std::string_view hash) {
  if (auto route = parseRoute(hash, testMode_)) route_ = std::move(*route);
}

std::optional<std::string> Navigator::takePendingRoute() {
  auto route = std::move(pendingRoute_);
  pendingRoute_.reset();
  return route;
}

}  // namespace koo::ui
