// My Orders: where each order's product is now, drawing the table from state, and carrying out
// the buyer's intents (the query lives in the route).
#include "my_orders.h"

#include <array>

#include "core/format.h"
#include "core/text.h"
#include "imgui.h"
#include "theme.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {

constexpr const char* kNotProvisioned =
    "This purchase failed and was cancelled; it was not provisioned. Contact the seller if you were charged.";

struct SortableColumn {
  int column;
  OrderSortField field;
};
constexpr std::array<SortableColumn, 3> kSortable = {
    {{1, OrderSortField::ProductName}, {4, OrderSortField::Amount}, {5, OrderSortField::CreatedTime}}};

const std::vector<Column>& columns() {
  static const std::vector<Column> kColumns = {
      {"Order ID", 1.3f, false}, {"Product", 1.8f, true},  {"Type", 0.9f, false},       {"Status", 1.2f, false},
      {"Amount", 0.9f, true},    {"Created", 1.0f, true}, {"Operation", 2.2f, false}};
  return kColumns;
}

bool filtered(const OrderQuery& query) { return !query.q.empty() || query.status || query.type; }

OrderDestination note(std::string text) { return {OrderDestination::Kind::Note, {}, std::move(text)}; }

const char* buttonLabel(OrderDestination::Kind kind) {
  switch (kind) {
    case OrderDestination::Kind::ResourceDetails: return "View in Purchased Apps";
    case OrderDestination::Kind::ServiceFlow: return "View Service Flow";
    case OrderDestination::Kind::PurchasedApps: return "Find in Purchased Apps";
    case OrderDestination::Kind::Note: break;
  }
  return "";
}

void drawToolbar(Ui& ui, MyOrdersState& state, MyOrdersIntent& intent) {
  const auto change = [&](auto&& edit) {
    OrderQuery next = state.query;
    edit(next);
    next.page = 1;
    intent.query = next;
  };
  ImGui::BeginGroup();
  const bool entered = textField(ui, "Search", state.searchText, "Order ID", 260);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::NewLine();
  const bool clicked = button(ui, "Search");
  ImGui::EndGroup();
  if (entered || clicked) change([&](OrderQuery& next) { next.q = state.searchText; });
  ImGui::SameLine(0, 24);
  ImGui::BeginGroup();
  auto status = state.query.status;
  if (enumChoice(ui, "Status", status, allEnumValues<OrderStatus>(), [](OrderStatus s) { return labelOf(s); },
                 "All statuses", 190))
    change([&](OrderQuery& next) { next.status = status; });
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  auto type = state.query.type;
  if (enumChoice(ui, "Type", type, allEnumValues<OrderType>(), [](OrderType t) { return labelOf(t); }, "All types",
                 190))
    change([&](OrderQuery& next) { next.type = type; });
  ImGui::EndGroup();
  if (filtered(state.query)) {
    ImGui::SameLine(0, 16);
    ImGui::BeginGroup();
    ImGui::NewLine();
    if (button(ui, "Clear filters")) intent.query = OrderQuery{};
    ImGui::EndGroup();
  }
}

void drawRows(Ui& ui, const Page<Order>& page, MyOrdersState& state, MyOrdersIntent& intent) {
  int sortedColumn = -1;
  for (const auto& entry : kSortable)
    if (entry.field == state.query.sort) sortedColumn = entry.column;
  bool visible = false;
  const int clicked = beginTable(ui, "Orders", columns(), sortedColumn,
                                 state.query.order == SortOrder::Asc ? SortDirection::Ascending : SortDirection::Descending,
                                 visible);
  if (!visible) return;
  for (const auto& entry : kSortable) {
    if (entry.column != clicked) continue;
    OrderQuery next = state.query;
    // A second click on the sorted column flips it; a new column starts descending.
    next.order = next.sort == entry.field && next.order == SortOrder::Desc ? SortOrder::Asc : SortOrder::Desc;
    next.sort = entry.field;
    next.page = 1;
    intent.query = next;
  }
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const Order& order = page.items[i];
    beginRow(ui, order.orderId + " " + order.productName, static_cast<int>(i));
    tableCell(ui, order.orderId);
    tableCell(ui, order.productName);
    tableCell(ui, labelOf(order.type));
    nextCell();
    statusBadge(ui, labelOf(order.status), orderStatusTone(order.status));
    tableCell(ui, formatMoney(order.amount));
    tableCell(ui, formatDateTime(order.createdTime));
    const OrderDestination destination = destinationOf(order);
    if (destination.kind == OrderDestination::Kind::Note) {
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
      tableCell(ui, destination.note);
      ImGui::PopStyleColor();
    } else {
      nextCell();
      if (button(ui, buttonLabel(destination.kind))) intent.open = destinationRoute(destination, order);
    }
    endRow(ui);
  }
  endTable(ui);
}

}  // namespace

OrderDestination destinationOf(const Order& order) {
  using Kind = OrderDestination::Kind;
  switch (order.status) {
    case OrderStatus::Cancelled:
      return note(order.statusReason && !order.statusReason->empty() ? *order.statusReason : kNotProvisioned);
    case OrderStatus::Processing:
      // Processing covers every order still under supervision, and purchases still being provisioned.
      if (order.involvesSupervision) return {Kind::ServiceFlow, order.orderId, {}};
      if (!order.instanceId) return note("The seller is still provisioning it; it appears in Purchased Apps when ready.");
      break;
    case OrderStatus::PendingPayment:
      return note("Waiting for payment.");
    case OrderStatus::PendingApproval:
      if (!order.instanceId) return note("Waiting for approval.");
      break;
    case OrderStatus::PendingConfirmation:
      if (!order.instanceId) return note("Waiting for confirmation.");
      break;
    case OrderStatus::Completed:
      if (order.instanceId) break;
      if (order.type == OrderType::Unsubscribe) return note("Unsubscribed: the app is no longer in use.");
      return {Kind::PurchasedApps, order.productName, {}};
  }
  if (order.instanceId) return {Kind::ResourceDetails, *order.instanceId, {}};
  return note("-");
}

std::optional<Route> destinationRoute(const OrderDestination& destination, const Order& order) {
  switch (destination.kind) {
    case OrderDestination::Kind::ResourceDetails: return Route{View::ResourceDetails, destination.target, {}};
    case OrderDestination::Kind::ServiceFlow: return Route{View::SupervisionDetails, destination.target, {}};
    case OrderDestination::Kind::PurchasedApps: {
      PurchasedAppQuery query;
      query.q = firstCharacters(order.productName, limits::kSearch);
      return Route{View::PurchasedApps, {}, toQueryParams(query)};
    }
    case OrderDestination::Kind::Note: break;
  }
  return std::nullopt;
}

Tone orderStatusTone(OrderStatus status) {
  switch (status) {
    case OrderStatus::Completed: return Tone::Success;
    case OrderStatus::Processing: return Tone::Info;
    case OrderStatus::PendingApproval:
    case OrderStatus::PendingPayment:
    case OrderStatus::PendingConfirmation: return Tone::Warning;
    case OrderStatus::Cancelled: return Tone::Neutral;
  }
  return Tone::Neutral;
}

MyOrdersIntent drawMyOrders(Ui& ui, Host& host, MyOrdersState& state) {
  MyOrdersIntent intent;
  drawToolbar(ui, state, intent);
  ImGui::Spacing();
  if (state.queryProblem) mutedText(ui, "The link's filters were not valid and were reset: " + *state.queryProblem);

  const auto* page = state.list.value();
  if (state.list.error()) {
    intent.retry = errorPanel(ui, host, errorView("Could not load your orders", *state.list.error()));
    ImGui::Spacing();
  }
  if (!page) {
    if (state.list.loading()) loadingState(ui, host, "Loading your orders...");
    return intent;
  }
  if (state.list.loading()) loadingState(ui, host, "Refreshing...");
  if (page->items.empty()) {
    if (filtered(state.query))
      emptyState(ui, "No orders match your filters", "Try another order ID, status or type, or clear the filters.");
    else
      emptyState(ui, "You have no orders yet", "Orders you place in KooGallery show here.");
    return intent;
  }
  drawRows(ui, *page, state, intent);
  ImGui::Spacing();
  if (auto target = pagination(ui, page->page, page->pageSize, page->total)) {
    OrderQuery next = state.query;
    next.page = *target;
    intent.query = next;
  }
  return intent;
}

void MyOrdersPage::enter(const Route& route, PageEnv& env) {
  state_.read(parseOrderQuery(route.query));
  load(env);
}

void MyOrdersPage::load(PageEnv& env) { env.client.listOrders(state_.query, state_.list.start()); }

void MyOrdersPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  const MyOrdersIntent intent = drawMyOrders(ui, env.host, state_);
  if (intent.retry) load(env);
  if (intent.open) env.navigator.go(*intent.open);
  if (intent.query) env.navigator.go(Route{View::Orders, {}, toQueryParams(*intent.query)});
}

}  // namespace koo::ui
