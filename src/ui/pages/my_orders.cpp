// My Orders as a list page: its columns, status and type filters, texts, and a row whose
// Details link opens the order's details and whose operation leads to where the order's product now is, or, while
// unpaid, offers Pay and Cancel with the time left before automatic cancellation.
#include "my_orders.h"

#include "core/order_rules.h"
#include "core/export_csv.h"
#include "core/invoice.h"
#include "export_job.h"
#include "imgui.h"
#include "order_actions.h"
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

// An unpaid order: Pay (its payment step), Cancel (its details, asking to confirm) and when it
// will be cancelled automatically.
void drawUnpaidOperations(Ui& ui, const Order& order, std::optional<Route>& open) {
  nextCell(ui);
  IdScope id(order.orderId);
  if (button(ui, tr("orders.pay"))) open = paymentRoute(order.orderId);
  ImGui::SameLine();
  if (button(ui, tr("orders.cancel_order"))) open = Route{View::OrderDetails, order.orderId, {{"action", "cancel"}}};
  if (auto notice = autoCancelNotice(order)) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().muted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(notice->c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    recordItem(ui, Role::Text, *notice);
  }
}

void drawCells(Ui& ui, const Order& order, std::optional<Route>& open) {
  tableCell(ui, order.orderId);
  {
    IdScope id(order.orderId);
    if (textLink(ui, tr("orders.details"))) open = Route{View::OrderDetails, order.orderId, {}};
  }
  tableCells(ui, {order.productName, labelOf(order.type)});
  badgeCell(ui, labelOf(order.status), orderStatusTone(order.status));
  tableCells(ui, {orderInvoiceText(order), formatMoney(order.amount), formatDateTime(order.createdTime)});
  if (order.status == OrderStatus::PendingPayment) {
    drawUnpaidOperations(ui, order, open);
    return;
  }
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
                {"col.status", 1.2f, std::nullopt, ColumnKind::Status}, {"invoice.col.invoice", 1.1f},
                {"col.amount", 0.0f, Sort::Amount}, {"col.created", 1.0f, Sort::CreatedTime},
                {"col.operation", 0.0f, std::nullopt, ColumnKind::Actions}},
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
