// My Orders as a list page: its columns, status and type filters, texts, and a row whose
// operation leads to where the order's product now is.
#include "my_orders.h"

#include "imgui.h"
#include "theme.h"

namespace koo::ui {
namespace {
using Sort = OrderSortField;

const char* buttonLabel(OrderDestination::Kind kind) {
  switch (kind) {
    case OrderDestination::Kind::ResourceDetails: return "View in Purchased Apps";
    case OrderDestination::Kind::ServiceFlow: return "View Service Flow";
    case OrderDestination::Kind::PurchasedApps: return "Find in Purchased Apps";
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
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    tableCell(ui, destination.note);
    ImGui::PopStyleColor();
  } else {
    if (buttonCell(ui, buttonLabel(destination.kind))) open = destinationRoute(destination, order);
  }
}
}  // namespace

const ListSpec<OrderQuery, Order> kMyOrdersList{
    .view = View::Orders, .table = "Orders",
    .parse = parseOrderQuery, .load = &api::MarketplaceClient::listOrders,
    .columns = {{"Order ID", 1.3f}, {"Product", 1.8f, Sort::ProductName}, {"Type", 0.9f}, {"Status", 1.2f},
                {"Amount", 0.9f, Sort::Amount}, {"Created", 1.0f, Sort::CreatedTime}, {"Operation", 2.2f}},
    .search = {"Order ID", 260},
    .filters = {enumFilter("Status", &OrderQuery::status, "All statuses", 190),
                enumFilter("Type", &OrderQuery::type, "All types", 190)},
    .texts = {"orders", {"You have no orders yet", "Orders you place in KooGallery show here."},
              {"No orders match your filters", "Try another order ID, status or type, or clear the filters."}},
    .rowName = [](const Order& order) { return order.orderId + " " + order.productName; },
    .drawCells = drawCells};

std::unique_ptr<ViewPage> makeMyOrdersPage() { return std::make_unique<ListPage<OrderQuery, Order>>(kMyOrdersList); }

}  // namespace koo::ui
