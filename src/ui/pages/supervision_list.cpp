// Service Supervision as a list page: its columns, stage filter, row and texts.
#include "supervision_list.h"

#include "supervision_stepper.h"

namespace koo::ui {
namespace {
void drawCells(Ui& ui, const SupervisedOrderSummary& order, std::optional<Route>& open) {
  tableCells(ui, {order.orderId, order.productName, order.sellerName});
  badgeCell(ui, labelOf(order.stage), stageTone(order.stage));
  tableCells(ui, {formatMoney(order.amount), formatDate(order.createdTime)});
  nextCell();
  if (button(ui, "View Details")) open = Route{View::SupervisionDetails, order.orderId, {}};
}
}  // namespace

const ListSpec<SupervisedOrderQuery, SupervisedOrderSummary>& supervisionList() {
  using Field = SupervisedOrderSortField;
  static const ListSpec<SupervisedOrderQuery, SupervisedOrderSummary> spec{
      .view = View::Supervision, .parse = parseSupervisedOrderQuery,
      .load = &api::MarketplaceClient::listSupervisedOrders,
      .table = "Supervised orders",
      // The stage column is the widest: its badge holds the stage's full label.
      .columns = {{"Order ID", 1.1f, false}, {"Product", 1.4f, true}, {"Seller", 1.3f, false},
                  {"Current Stage", 3.6f, false}, {"Amount", 0.8f, false}, {"Created", 0.8f, true},
                  {"Operation", 1.0f, false}},
      .sortable = {{1, Field::ProductName}, {5, Field::CreatedTime}},
      .searchHint = "Product name or order ID", .searchWidth = 300,
      .filters = {enumFilter("Stage", &SupervisedOrderQuery::stage, "All stages", 330)},
      .rowName = [](const SupervisedOrderSummary& order) { return order.orderId + " " + order.productName; },
      .drawCells = drawCells,
      .texts = {.items = "supervised orders",
                .none = {"You have no supervised orders",
                         "Orders of products that involve service supervision show here once paid."},
                .noMatch = {"No supervised orders match your search",
                            "Try another product name or order ID, or show all stages."}}};
  return spec;
}

std::unique_ptr<ViewPage> makeSupervisionListPage() {
  return std::make_unique<ListPage<SupervisedOrderQuery, SupervisedOrderSummary>>(supervisionList());
}

}  // namespace koo::ui
