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
  if (buttonCell(ui, tr("supervision.view_details"))) open = Route{View::SupervisionDetails, order.orderId, {}};
}
}  // namespace

const ListSpec<SupervisedOrderQuery, SupervisedOrderSummary> kSupervisionList{
    .view = View::Supervision, .table = "supervision.table",
    .parse = parseSupervisedOrderQuery, .load = &api::MarketplaceClient::listSupervisedOrders,
    // The stage takes the most room: its badge wraps the stage's full label; IDs, money, dates and
    // the button (weight 0) are as wide as their values.
    .columns = {{"col.order_id", 0.0f, std::nullopt, ColumnKind::Title}, {"col.product", 1.4f, Sort::ProductName}, {"col.seller", 1.3f, std::nullopt, ColumnKind::Minor},
                {"col.current_stage", 2.0f, std::nullopt, ColumnKind::Status}, {"col.amount", 0.0f}, {"col.created", 0.0f, Sort::CreatedTime},
                {"col.operation", 0.0f, std::nullopt, ColumnKind::Actions}},
    .search = {"apps.search_hint", 300},
    .filters = {enumFilter("filter.stage", &SupervisedOrderQuery::stage, "filter.all_stages", 330)},
    .texts = {"supervision.items", {"supervision.none", "supervision.none_detail"},
              {"supervision.no_match", "supervision.no_match_detail"}},
    .rowName = [](const SupervisedOrderSummary& order) { return order.orderId + " " + order.productName; },
    .drawCells = drawCells};

std::unique_ptr<ViewPage> makeSupervisionListPage() {
  return std::make_unique<ListPage<SupervisedOrderQuery, SupervisedOrderSummary>>(kSupervisionList);
}

}  // namespace koo::ui
