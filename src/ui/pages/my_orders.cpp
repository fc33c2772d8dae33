// My Orders as a list page: its columns, status and type filters, texts, and a row whose
// operation leads to where the order's product now is.
#include "my_orders.h"

#include "core/export_csv.h"
#include "export_job.h"
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
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
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
    .columns = {{"col.order_id", 1.3f}, {"col.product", 1.8f, Sort::ProductName}, {"col.type", 0.9f},
                {"col.status", 1.2f}, {"col.amount", 0.9f, Sort::Amount}, {"col.created", 1.0f, Sort::CreatedTime},
                {"col.operation", 2.2f}},
    .search = {"orders.search_hint", 260},
    .filters = {enumFilter("filter.status", &OrderQuery::status, "filter.all_statuses", 190),
                enumFilter("filter.type", &OrderQuery::type, "filter.all_types", 190)},
    .texts = {"orders.items", {"orders.none", "orders.none_detail"}, {"orders.no_match", "orders.no_match_detail"}},
    .rowName = [](const Order& order) { return order.orderId + " " + order.productName; },
    .drawCells = drawCells};

namespace {

// My Orders with Export above the list: every order matching the current filters, as CSV.
class MyOrdersPage : public ListPage<OrderQuery, Order> {
 public:
  MyOrdersPage()
      : ListPage(kMyOrdersList),
        export_(&api::MarketplaceClient::listOrders, [this](const std::vector<Order>& rows) {
          return std::make_pair(exportFileName("orders", exportTime_), ordersCsv(rows));
        }) {}

  void draw(Ui& ui, const Route& route, PageEnv& env) override {
    const ExportIntent exporting = drawExportControls(ui, env.host, export_.running(), export_.error());
    if (exporting.start) {
      exportTime_ = env.host.wallClock();
      export_.start(state().query, env);
    }
    if (exporting.retry) export_.retry(env);
    ImGui::Spacing();
    ListPage::draw(ui, route, env);
    export_.poll(env);
  }

 private:
  ExportJob<OrderQuery, Order> export_;
  Timestamp exportTime_{};
};

}  // namespace

std::unique_ptr<ViewPage> makeMyOrdersPage() { return std::make_unique<MyOrdersPage>(); }

}  // namespace koo::ui
