// Service Supervision as a list page: its columns, stage filter, row and texts.
#include "supervision_list.h"

#include "supervision_stepper.h"

namespace koo::ui {
namespace {
using Sort = SupervisedOrderSortField;

void drawCells(Ui& ui, const SupervisedOrderSummary& order, std::optional<Route>& open) {
  tableCells(ui, {order.orderId, order.productName, order.sellerName});
  badgeCell(ui, labelOf(order.stage), stageTone(order.stage));
  tableCells(ui, {formatMoney(order.amount), formatDate(order.createdTime)});
  if (buttonCell(ui, "View Details")) open = Route{View::SupervisionDetails, order.orderId, {}};
}
}  // namespace

const ListSpec<SupervisedOrderQuery, SupervisedOrderSummary> kSupervisionList{
    .view = View::Supervision, .table = "Supervised orders",
    .parse = parseSupervisedOrderQuery, .load = &api::MarketplaceClient::listSupervisedOrders,
    // The stage column is the widest: its badge holds the stage's full label.
    .columns = {{"Order ID", 1.1f}, {"Product", 1.4f, Sort::ProductName}, {"Seller", 1.3f}, {"Current Stage", 3.6f},
                {"Amount", 0.8f}, {"Created", 0.8f, Sort::CreatedTime}, {"Operation", 1.0f}},
    .search = {"Product name or order ID", 300},
    .filters = {enumFilter("Stage", &SupervisedOrderQuery::stage, "All stages", 330)},
    .texts = {"supervised orders",
              {"You have no supervised orders", "Orders of products that involve service supervision show here once paid."},
              {"No supervised orders match your search", "Try another product name or order ID, or show all stages."}},
    .rowName = [](const SupervisedOrderSummary& order) { return order.orderId + " " + order.productName; },
    .drawCells = drawCells};

std::unique_ptr<ViewPage> makeSupervisionListPage() {
  return std::make_unique<ListPage<SupervisedOrderQuery, SupervisedOrderSummary>>(kSupervisionList);
}

}  // namespace koo::ui
