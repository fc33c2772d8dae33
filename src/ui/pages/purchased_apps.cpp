// Purchased Apps: drawing from state, and carrying out the buyer's intents through the client.
#include "purchased_apps.h"

#include <array>

#include "core/format.h"
#include "imgui.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {
struct SortableColumn {
  int column;
  PurchasedAppSortField field;
};
constexpr std::array<SortableColumn, 4> kSortable = {{{0, PurchasedAppSortField::ProductName},
                                                      {6, PurchasedAppSortField::Status},
                                                      {7, PurchasedAppSortField::PurchaseTime},
                                                      {8, PurchasedAppSortField::ExpiryTime}}};

const std::vector<Column>& columns() {
  static const std::vector<Column> kColumns = {
      {"Product", 2.0f, true},        {"Instance ID", 1.3f, false},   {"Order ID", 1.3f, false},
      {"Specification", 1.2f, false}, {"Billing Mode", 1.0f, false},  {"Period", 0.7f, false},
      {"Status", 0.9f, true},         {"Purchased", 0.9f, true},      {"Expires", 0.9f, true},
      {"Operation", 1.4f, false}};
  return kColumns;
}

bool filtered(const PurchasedAppQuery& query) {
  return !query.q.empty() || query.status || query.billingMode;
}

void drawToolbar(Ui& ui, PurchasedAppsState& state, PurchasedAppsIntent& intent) {
  ImGui::BeginGroup();
  const bool entered = textField(ui, "Search", state.searchText, "Product name or order ID", 300);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::NewLine();
  const bool clicked = button(ui, "Search");
  ImGui::EndGroup();
  if (entered || clicked) {
    PurchasedAppQuery next = state.query;
    next.q = state.searchText;
    next.page = 1;
    intent.query = next;
  }
  ImGui::SameLine(0, 24);
  ImGui::BeginGroup();
  auto status = state.query.status;
  if (enumChoice(ui, "Status", status, allEnumValues<ResourceStatus>(),
                 [](ResourceStatus s) { return labelOf(s); }, "All statuses", 150)) {
    PurchasedAppQuery next = state.query;
    next.status = status;
    next.page = 1;
    intent.query = next;
  }
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  auto mode = state.query.billingMode;
  if (enumChoice(ui, "Billing mode", mode, allEnumValues<BillingMode>(),
                 [](BillingMode m) { return labelOf(m); }, "All billing modes", 190)) {
    PurchasedAppQuery next = state.query;
    next.billingMode = mode;
    next.page = 1;
    intent.query = next;
  }
  ImGui::EndGroup();
}

void drawRows(Ui& ui, const Page<PurchasedApp>& page, PurchasedAppsState& state, PurchasedAppsIntent& intent) {
  int sortedColumn = -1;
  for (const auto& entry : kSortable)
    if (entry.field == state.query.sort) sortedColumn = entry.column;
  bool visible = false;
  const int clicked = beginTable(ui, "Purchased apps", columns(), sortedColumn,
                                 state.query.order == SortOrder::Asc ? SortDirection::Ascending : SortDirection::Descending,
                                 visible);
  if (!visible) return;
  for (const auto& entry : kSortable) {
    if (entry.column != clicked) continue;
    PurchasedAppQuery next = state.query;
    // A second click on the sorted column flips it; a new column starts descending (newest first).
    next.order = next.sort == entry.field && next.order == SortOrder::Desc ? SortOrder::Asc : SortOrder::Desc;
    next.sort = entry.field;
    next.page = 1;
    intent.query = next;
  }
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const PurchasedApp& app = page.items[i];
    beginRow(ui, app.productName + " " + app.instanceId, static_cast<int>(i));
    tableCell(ui, app.productName);
    if (app.isTrial) {
      ImGui::SameLine();
      statusBadge(ui, "Trial", Tone::Info);
    }
    tableCell(ui, app.instanceId);
    tableCell(ui, app.orderId);
    tableCell(ui, app.specification);
    tableCell(ui, labelOf(app.billingMode));
    tableCell(ui, periodText(app.period));
    nextCell();
    statusBadge(ui, labelOf(app.status), statusTone(app.status));
    tableCell(ui, formatDate(app.purchaseTime));
    tableCell(ui, app.expiryTime ? formatDate(*app.expiryTime) : "-");
    nextCell();
    if (button(ui, "Resource Details")) intent.openDetails = app.instanceId;
    endRow(ui);
  }
  endTable(ui);
}
}  // namespace

Tone statusTone(ResourceStatus status) {
  switch (status) {
    case ResourceStatus::InUse: return Tone::Success;
    case ResourceStatus::Frozen: return Tone::Warning;
    case ResourceStatus::Expired: return Tone::Neutral;
  }
  return Tone::Neutral;
}

PurchasedAppsIntent drawPurchasedApps(Ui& ui, Host& host, PurchasedAppsState& state) {
  PurchasedAppsIntent intent;
  drawToolbar(ui, state, intent);
  ImGui::Spacing();
  if (state.queryProblem) mutedText(ui, "The link's filters were not valid and were reset: " + *state.queryProblem);

  const auto* page = state.list.value();
  if (state.list.error()) {
    intent.retry = errorPanel(ui, host, errorView("Could not load your purchased apps", *state.list.error()));
    ImGui::Spacing();
  }
  if (!page) {
    if (state.list.loading()) loadingState(ui, host, "Loading your purchased apps...");
    return intent;
  }
  if (state.list.loading()) loadingState(ui, host, "Refreshing...");
  if (page->items.empty()) {
    const bool anyFilter = filtered(state.query);
    intent.openOrders = emptyState(ui, anyFilter ? "No purchased apps match your search" : "You have no purchased apps yet",
                                   "Can't find your order? A purchase that failed is cancelled and shows in "
                                   "Billing Center > My Orders.",
                                   "Check My Orders");
    if (anyFilter && button(ui, "Clear filters")) intent.query = PurchasedAppQuery{};
    return intent;
  }
  drawRows(ui, *page, state, intent);
  ImGui::Spacing();
  if (auto target = pagination(ui, page->page, page->pageSize, page->total)) {
    PurchasedAppQuery next = state.query;
    next.page = *target;
    intent.query = next;
  }
  ImGui::Spacing();
  ImGui::TextDisabled("Can't find your order?");
  ImGui::SameLine();
  if (textLink(ui, "Go to Billing Center > My Orders")) intent.openOrders = true;
  return intent;
}

void PurchasedAppsPage::enter(const Route& route, PageEnv& env) {
  state_.read(parsePurchasedAppQuery(route.query));
  load(env);
}

void PurchasedAppsPage::load(PageEnv& env) { env.client.listPurchasedApps(state_.query, state_.list.start()); }

void PurchasedAppsPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  const PurchasedAppsIntent intent = drawPurchasedApps(ui, env.host, state_);
  if (intent.retry) load(env);
  if (intent.openOrders) env.navigator.go(NavItem::MyOrders);
  if (intent.openDetails) env.navigator.go(Route{View::ResourceDetails, *intent.openDetails, {}});
  // The query lives in the URL: a new query is a new route, which the app then enters.
  if (intent.query) env.navigator.go(Route{View::PurchasedApps, {}, toQueryParams(*intent.query)});
}

}  // namespace koo::ui
