// Renewals as a list page plus what the list alone has not: ticking rows, Renew for the ticked
// ones above the list, each row's Renew and auto-renew switch, the dialogs, and Export.
#include "renewals.h"

#include <map>

#include "core/export_csv.h"
#include "core/format.h"
#include "export_job.h"
#include "imgui.h"
#include "purchased_apps.h"
#include "renewal_dialogs.h"

namespace koo::ui {
namespace {
using Sort = RenewalSortField;

// What the rows ask while the table is drawn. A ListSpec's cells are plain functions, so the
// page points them at its own state for the length of its draw.
struct RowContext {
  std::map<std::string, PurchasedApp>* selected = nullptr;
  std::optional<PurchasedApp> renew;
  std::optional<PurchasedApp> autoRenew;
};
RowContext* gRows = nullptr;

std::string rowName(const PurchasedApp& app) { return app.productName + " " + app.instanceId; }

void drawCells(Ui& ui, const PurchasedApp& app, std::optional<Route>&) {
  nextCell();
  if (gRows) {
    bool checked = gRows->selected->count(app.instanceId) > 0;
    if (checkbox(ui, tr("renewals.select", {{"name", rowName(app)}}), checked)) {
      if (checked) (*gRows->selected)[app.instanceId] = app;
      else gRows->selected->erase(app.instanceId);
    }
  }
  tableCells(ui, {app.productName, app.instanceId, app.orderId, periodText(app.period)});
  badgeCell(ui, labelOf(app.status), statusTone(app.status));
  tableCells(ui, {app.expiryTime ? formatDate(*app.expiryTime) : "-",
                  app.autoRenewPeriod ? tr("renewals.auto_cell_on", {{"period", billingPeriodText(*app.autoRenewPeriod)}})
                                      : std::string(labelOf(AutoRenewState::Off))});
  if (buttonCell(ui, tr("renewals.renew")) && gRows) gRows->renew = app;
  // Auto-renew can be switched only before expiry (core's rules say why not otherwise).
  const bool canSwitch = app.status == ResourceStatus::InUse && app.renewalOffer.has_value();
  if (button(ui, tr(app.autoRenewPeriod ? "renewals.auto_off" : "renewals.auto_on"), !canSwitch) && gRows)
    gRows->autoRenew = app;
}

}  // namespace

const ListSpec<RenewalQuery, PurchasedApp> kRenewalsList{
    .view = View::Renewals, .table = "renewals.table",
    .parse = parseRenewalQuery, .load = &api::MarketplaceClient::listRenewals,
    .columns = {{"renewals.col.select", 0.4f}, {"col.product", 1.8f, Sort::ProductName},
                {"col.instance_id", 1.3f}, {"col.order_id", 1.3f}, {"col.period", 0.7f},
                {"col.status", 0.8f}, {"col.expires", 0.9f, Sort::ExpiryTime},
                {"renewals.col.auto_renew", 1.1f}, {"col.operation", 2.2f}},
    .search = {"renewals.search_hint", 300},
    .filters = {enumFilter("renewals.filter.expires", &RenewalQuery::expires, "renewals.filter.any_expiry", 210),
                enumFilter("renewals.filter.auto_renew", &RenewalQuery::autoRenew, "renewals.filter.any_auto", 190)},
    .texts = {"renewals.items", {"renewals.none", "renewals.none_detail"}, {"renewals.no_match", "renewals.no_match_detail"}},
    .rowName = rowName,
    .drawCells = drawCells};

namespace {

class RenewalsPage : public ListPage<RenewalQuery, PurchasedApp> {
 public:
  RenewalsPage()
      : ListPage(kRenewalsList),
        export_(&api::MarketplaceClient::listRenewals, [this](const std::vector<PurchasedApp>& rows) {
          return std::make_pair(exportFileName("renewals", exportTime_), renewalsCsv(rows, exportTime_));
        }) {}

  void draw(Ui& ui, const Route& route, PageEnv& env) override {
    const Timestamp now = env.host.wallClock();
    drawToolbar(ui, env, now);
    RowContext rows{&selected_, std::nullopt, std::nullopt};
    gRows = &rows;
    ListPage::draw(ui, route, env);
    gRows = nullptr;
    if (rows.renew) openRenewDialog(dialogs_, {*rows.renew});
    if (rows.autoRenew) openAutoRenewDialog(dialogs_, *rows.autoRenew);
    const RenewalOutcome outcome = carryOutRenewal(dialogs_, drawRenewalDialogs(ui, env.host, dialogs_, now), env);
    if (outcome.changed) {
      selected_.clear();
      enter(route, env);  // load the list again: expiries, orders, auto-renew changed
    }
    if (outcome.go) env.navigator.go(*outcome.go);
    export_.poll(env);
  }

 private:
  // Above the list: Renew for the ticked apps (they stay ticked across pages), and Export.
  void drawToolbar(Ui& ui, PageEnv& env, Timestamp now) {
    const std::string renewSelected = tr("renewals.renew_selected", {{"count", std::to_string(selected_.size())}});
    if (button(ui, renewSelected, selected_.empty() || renewalBusy(dialogs_))) {
      std::vector<PurchasedApp> apps;
      for (const auto& [id, app] : selected_) apps.push_back(app);
      openRenewDialog(dialogs_, std::move(apps));
    }
    if (!selected_.empty()) {
      ImGui::SameLine();
      if (button(ui, tr("renewals.clear_selection"))) selected_.clear();
    }
    ImGui::SameLine();
    const ExportIntent exporting = drawExportControls(ui, env.host, export_.running(), export_.error());
    if (exporting.start) {
      exportTime_ = now;
      export_.start(state().query, env);
    }
    if (exporting.retry) export_.retry(env);
    ImGui::Spacing();
  }

  std::map<std::string, PurchasedApp> selected_;  // by instance ID, in a stable order
  RenewalDialogs dialogs_;
  ExportJob<RenewalQuery, PurchasedApp> export_;
  Timestamp exportTime_{};
};

}  // namespace

std::unique_ptr<ViewPage> makeRenewalsPage() { return std::make_unique<RenewalsPage>(); }

}  // namespace koo::ui
