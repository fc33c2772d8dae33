// My Orders as a list page: its columns, status and type filters, texts, and a row whose
// operation leads to where the order's product now is.
#include "my_orders.h"

#include "imgui.h"
#include "theme.h"

namespace koo::ui {
namespace {
using Sort = OrderSortField;

const char* buttonLabelKey(OrderDestination::Kind kind) {
  switch (kind) {
    case OrderDestination::Kind::ResourceDetails: return "orders.view_in_apps";
    case OrderDestination::Kind::ServiceFlow: return "orders.view_flow";
    case OrderDestination::Kind::PurchasedApps: return "orders.find_in_apps";
    case OrderDestination::Kind::Note: break;
  }
  return "";
}

void drawCells(Ui& ui, const Order& order, std::optional<Route>& open) {
  tableCells(ui, {order.orderId, order.productName, labelOf(order.type)});
  badgeCell(ui, labelOf(order.status), orderStatusTone(order.status));
  tableCells(ui, {formatMoney(order.amount), formatDateTime(order.createdTime)});
  const OrderDestination destination = destinationOf(order);
  if (destination.kind == OrderDestination::Kind::Note) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().muted);
    tableCell(ui, destination.note);
    ImGui::PopStyleColor();
  } else {
    if (buttonCell(ui, tr(buttonLabelKey(destination.kind)))) open = destinationRoute(destination, order);
  }
}
}  // namespace

const ListSpec<OrderQuery, Order> kMyOrdersList{
    .view = View::Orders, .table = "orders.table",
    .parse = parseOrderQuery, .load = &api::MarketplaceClient::listOrders,
    .columns = {{"col.order_id", 0.0f, std::nullopt, ColumnKind::Title}, {"col.product", 1.8f, Sort::ProductName}, {"col.type", 0.9f, std::nullopt, ColumnKind::Minor},
                {"col.status", 1.2f, std::nullopt, ColumnKind::Status}, {"col.amount", 0.0f, Sort::Amount}, {"col.created", 1.0f, Sort::CreatedTime},
                {"col.operation", 0.0f, std::nullopt, ColumnKind::Actions}},
    .search = {"orders.search_hint", 260},
    .filters = {enumFilter("filter.status", &OrderQuery::status, "filter.all_statuses", 190),
                enumFilter("filter.type", &OrderQuery::type, "filter.all_types", 190)},
    .texts = {"orders.items", {"orders.none", "orders.none_detail"}, {"orders.no_match", "orders.no_match_detail"}},
    .rowName = [](const Order& order) { return order.orderId + " " + order.productName; },
    .drawCells = drawCells};

std::unique_ptr<ViewPage> makeMyOrdersPage() { return std::make_unique<ListPage<OrderQuery, Order>>(kMyOrdersList); }

}  // namespace koo::ui
