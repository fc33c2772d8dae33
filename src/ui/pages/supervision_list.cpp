// Service Supervision list: drawing from state, and carrying out the buyer's intents.
#include "supervision_list.h"

#include <array>

#include "core/format.h"
#include "imgui.h"
#include "supervision_stepper.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {
struct SortableColumn {
  int column;
  SupervisedOrderSortField field;
};
constexpr std::array<SortableColumn, 2> kSortable = {{{1, SupervisedOrderSortField::ProductName},
                                                      {5, SupervisedOrderSortField::CreatedTime}}};

// The stage column is the widest: its badge holds the stage's full label.
const std::vector<Column>& columns() {
  static const std::vector<Column> kColumns = {
      {"Order ID", 1.1f, false}, {"Product", 1.4f, true},  {"Seller", 1.3f, false},  {"Current Stage", 3.6f, false},
      {"Amount", 0.8f, false},   {"Created", 0.8f, true}, {"Operation", 1.0f, false}};
  return kColumns;
}

bool filtered(const SupervisedOrderQuery& query) { return !query.q.empty() || query.stage; }

void drawToolbar(Ui& ui, SupervisionListState& state, SupervisionListIntent& intent) {
  ImGui::BeginGroup();
  const bool entered = textField(ui, "Search", state.searchText, "Product name or order ID", 300);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::NewLine();
  const bool clicked = button(ui, "Search");
  ImGui::EndGroup();
  if (entered || clicked) {
    SupervisedOrderQuery next = state.query;
    next.q = state.searchText;
    next.page = 1;
    intent.query = next;
  }
  ImGui::SameLine(0, 24);
  ImGui::BeginGroup();
  auto stage = state.query.stage;
  if (enumChoice(ui, "Stage", stage, allEnumValues<FlowStage>(), [](FlowStage s) { return labelOf(s); },
                 "All stages", 330)) {
    SupervisedOrderQuery next = state.query;
    next.stage = stage;
    next.page = 1;
    intent.query = next;
  }
  ImGui::EndGroup();
}

void drawRows(Ui& ui, const Page<SupervisedOrderSummary>& page, SupervisionListState& state,
              SupervisionListIntent& intent) {
  int sortedColumn = -1;
  for (const auto& entry : kSortable)
    if (entry.field == state.query.sort) sortedColumn = entry.column;
  bool visible = false;
  const int clicked =
      beginTable(ui, "Supervised orders", columns(), sortedColumn,
                 state.query.order == SortOrder::Asc ? SortDirection::Ascending : SortDirection::Descending, visible);
  if (!visible) return;
  for (const auto& entry : kSortable) {
    if (entry.column != clicked) continue;
    SupervisedOrderQuery next = state.query;
    // A second click on the sorted column flips it; a new column starts descending (newest first).
    next.order = next.sort == entry.field && next.order == SortOrder::Desc ? SortOrder::Asc : SortOrder::Desc;
    next.sort = entry.field;
    next.page = 1;
    intent.query = next;
  }
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const SupervisedOrderSummary& order = page.items[i];
    beginRow(ui, order.orderId + " " + order.productName, static_cast<int>(i));
    tableCell(ui, order.orderId);
    tableCell(ui, order.productName);
    tableCell(ui, order.sellerName);
    nextCell();
    statusBadge(ui, labelOf(order.stage), stageTone(order.stage));
    tableCell(ui, formatMoney(order.amount));
    tableCell(ui, formatDate(order.createdTime));
    nextCell();
    if (button(ui, "View Details")) intent.openDetails = order.orderId;
    endRow(ui);
  }
  endTable(ui);
}
}  // namespace

SupervisionListIntent drawSupervisionList(Ui& ui, Host& host, SupervisionListState& state) {
  SupervisionListIntent intent;
  drawToolbar(ui, state, intent);
  ImGui::Spacing();
  if (state.queryProblem) mutedText(ui, "The link's filters were not valid and were reset: " + *state.queryProblem);

  const auto* page = state.list.value();
  if (state.list.error()) {
    intent.retry = errorPanel(ui, host, errorView("Could not load your supervised orders", *state.list.error()));
    ImGui::Spacing();
  }
  if (!page) {
    if (state.list.loading()) loadingState(ui, host, "Loading your supervised orders...");
    return intent;
  }
  if (state.list.loading()) loadingState(ui, host, "Refreshing...");
  if (page->items.empty()) {
    const bool anyFilter = filtered(state.query);
    emptyState(ui, anyFilter ? "No supervised orders match your search" : "You have no supervised orders",
               anyFilter ? "Try another product name or order ID, or show all stages."
                         : "Orders of products that involve service supervision show here once paid.");
    if (anyFilter && button(ui, "Clear filters")) intent.query = SupervisedOrderQuery{};
    return intent;
  }
  drawRows(ui, *page, state, intent);
  ImGui::Spacing();
  if (auto target = pagination(ui, page->page, page->pageSize, page->total)) {
    SupervisedOrderQuery next = state.query;
    next.page = *target;
    intent.query = next;
  }
  return intent;
}

void SupervisionListPage::enter(const Route& route, PageEnv& env) {
  state_.read(parseSupervisedOrderQuery(route.query));
  load(env);
}

void SupervisionListPage::load(PageEnv& env) { env.client.listSupervisedOrders(state_.query, state_.list.start()); }

void SupervisionListPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  const SupervisionListIntent intent = drawSupervisionList(ui, env.host, state_);
  if (intent.retry) load(env);
  if (intent.openDetails) env.navigator.go(Route{View::SupervisionDetails, *intent.openDetails, {}});
  // The query lives in the URL: a new query is a new route, which the app then enters.
  if (intent.query) env.navigator.go(Route{View::Supervision, {}, toQueryParams(*intent.query)});
}

}  // namespace koo::ui
