// My Unsubscriptions: the eligible products with Unsubscribe, and the requests as a list page.
#include "unsubscriptions.h"

#include "imgui.h"
#include "unsubscribe_entry.h"

namespace koo::ui {
namespace {
using Sort = UnsubscriptionSortField;

void drawCells(Ui& ui, const UnsubscriptionRequest& request, std::optional<Route>& open) {
  tableCells(ui, {request.requestId, request.productName, request.orderId});
  badgeCell(ui, labelOf(request.status), unsubscriptionTone(request.status));
  tableCells(ui, {formatMoney(request.refundAmount), formatDate(request.createdTime), formatDate(request.updatedTime)});
  if (buttonCell(ui, tr("unsub.view"))) open = unsubscriptionRoute(request.requestId);
}

std::string rowName(const UnsubscriptionRequest& request) { return request.requestId + " " + request.productName; }

}  // namespace

const ListSpec<UnsubscriptionQuery, UnsubscriptionRequest> kUnsubscriptionList{
    .view = View::Unsubscriptions, .table = "unsub.table",
    .parse = parseUnsubscriptionQuery, .load = &api::MarketplaceClient::listUnsubscriptions,
    .columns = {{"unsub.col.request_id", 0.0f, std::nullopt, ColumnKind::Title},
                {"col.product", 1.6f, Sort::ProductName},
                {"col.order_id", 0.0f, std::nullopt, ColumnKind::Minor},
                {"col.status", 1.4f, std::nullopt, ColumnKind::Status},
                {"unsub.col.refund", 0.0f, Sort::RefundAmount},
                {"col.created", 0.0f, Sort::CreatedTime},
                {"unsub.col.updated", 0.0f, Sort::UpdatedTime, ColumnKind::Minor},
                {"col.operation", 0.0f, std::nullopt, ColumnKind::Actions}},
    .search = {"unsub.search_hint", 320},
    .filters = {enumFilter("unsub.filter.status", &UnsubscriptionQuery::status, "unsub.filter.all", 260)},
    .texts = {"unsub.items", {"unsub.none", "unsub.none_detail"}, {"unsub.no_match", "unsub.no_match_detail"}},
    .rowName = rowName,
    .drawCells = drawCells};

EligibleIntent drawEligibleProducts(Ui& ui, Host& host, const Remote<ItemList<UnsubscriptionCandidate>>& candidates) {
  EligibleIntent intent;
  IdScope scope("eligible");
  heading(ui, tr("unsub.eligible_heading"), 2);
  ImGui::PushTextWrapPos(0.0f);
  mutedText(ui, tr("unsub.eligible_note"));
  ImGui::PopTextWrapPos();
  if (candidates.error() && !candidates.loading())
    intent.retry = errorPanel(ui, host, errorView(tr("unsub.eligible_failed"), *candidates.error()));
  const auto* list = candidates.value();
  if (!list) {
    if (candidates.loading()) loadingState(ui, host, tr("unsub.eligible_loading"));
    return intent;
  }
  std::vector<const UnsubscriptionCandidate*> eligible;
  for (const auto& candidate : list->items)
    if (candidate.eligible) eligible.push_back(&candidate);
  if (eligible.empty()) {
    text(ui, tr("unsub.eligible_none"));
    return intent;
  }
  const std::vector<Column> columns{{tr("col.product"), 1.8f, false, ColumnKind::Title},
                                    {tr("col.specification"), 1.2f, false, ColumnKind::Minor},
                                    {tr("col.order_id"), 0.0f, false, ColumnKind::Plain},
                                    {tr("unsub.col.paid"), 0.0f, false, ColumnKind::Plain},
                                    {tr("col.operation"), 0.0f, false, ColumnKind::Actions}};
  bool visible = false;
  beginTable(ui, tr("unsub.eligible_table"), columns, -1, SortDirection::None, visible);
  if (visible) {
    for (std::size_t i = 0; i < eligible.size(); ++i) {
      const UnsubscriptionCandidate& candidate = *eligible[i];
      beginRow(ui, candidate.productName + " " + candidate.orderId, static_cast<int>(i));
      tableCells(ui, {candidate.productName, candidate.specification, candidate.orderId,
                      formatMoney(candidate.paidAmount)});
      if (buttonCell(ui, tr("unsub.unsubscribe"))) intent.open = unsubscribeRoute(candidate.orderId);
      endRow(ui);
    }
    endTable(ui);
  }
  return intent;
}

namespace {

class UnsubscriptionsPage : public ListPage<UnsubscriptionQuery, UnsubscriptionRequest> {
 public:
  UnsubscriptionsPage() : ListPage(kUnsubscriptionList) {}

  void enter(const Route& route, PageEnv& env) override {
    ListPage::enter(route, env);
    env.client.unsubscriptionCandidates(candidates_.start());
  }
  void leave() override {
    ListPage::leave();
    candidates_.drop();
  }
  void draw(Ui& ui, const Route& route, PageEnv& env) override {
    const EligibleIntent eligible = drawEligibleProducts(ui, env.host, candidates_);
    if (eligible.retry) env.client.unsubscriptionCandidates(candidates_.start());
    ImGui::Spacing();
    heading(ui, tr("unsub.table"), 2);
    ListPage::draw(ui, route, env);
    if (eligible.open) env.navigator.go(*eligible.open);
  }

 private:
  Remote<ItemList<UnsubscriptionCandidate>> candidates_;
};

}  // namespace

std::unique_ptr<ViewPage> makeUnsubscriptionsPage() { return std::make_unique<UnsubscriptionsPage>(); }

}  // namespace koo::ui
