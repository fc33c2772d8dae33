// Purchased Apps as a list page: its columns, filters, row, texts and the way to My Orders.
#include "purchased_apps.h"

#include "core/renewal.h"
#include "expiry_reminders.h"
#include "imgui.h"
#include "spec_change_entry.h"

namespace koo::ui {
namespace {
using Sort = PurchasedAppSortField;

constexpr const char* kFailedPurchaseNote = "apps.failed_purchase_note";

void drawCells(Ui& ui, const PurchasedApp& app, std::optional<Route>& open) {
  tableCell(ui, app.productName);
  if (app.isTrial) {
    ImGui::SameLine();
    statusBadge(ui, tr("badge.trial"), Tone::Info);
  }
  tableCells(ui, {app.instanceId, app.orderId, app.specification, labelOf(app.billingMode), periodText(app.period)});
  badgeCell(ui, labelOf(app.status), statusTone(app.status));
  // Expired still works until the grace period ends; Frozen keeps its data until deletion.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  if (app.expiryTime && *app.expiryTime <= now && app.status != ResourceStatus::InUse && isRenewalKind(app)) {
    const Lifecycle life = lifecycleAt(app.expiryTime, false, *app.expiryTime);
    mutedText(ui, app.status == ResourceStatus::Expired
                      ? tr("apps.usable_until", {{"date", formatDate(*life.graceEnds)}})
                      : tr("apps.deleted_on", {{"date", formatDate(*life.retentionEnds)}}));
  }
  tableCells(ui, {formatDate(app.purchaseTime), app.expiryTime ? formatDate(*app.expiryTime) : "-"});
  if (buttonCell(ui, tr("apps.resource_details"))) open = Route{View::ResourceDetails, app.instanceId, {}};
  // Renew where it applies: Renewals, narrowed to this instance, has the row's Renew.
  if (isRenewalKind(app)) {
    if (button(ui, tr("apps.renew"))) open = Route{View::Renewals, {}, {{"q", app.instanceId}}};
  }
  if (auto asked = drawSpecChangeRowAction(ui, app, now)) open = *asked;
}

// A purchase that failed never becomes an app: say where it went.
void drawFooter(Ui& ui, std::optional<Route>& open) {
  ImGui::Spacing();
  mutedText(ui, tr("apps.cant_find"));
  ImGui::SameLine();
  if (textLink(ui, tr("apps.go_to_orders"))) open = Route{View::Orders, {}, {}};
}
}  // namespace

const ListSpec<PurchasedAppQuery, PurchasedApp> kPurchasedAppsList{
    .view = View::PurchasedApps, .table = "apps.table",
    .parse = parsePurchasedAppQuery, .load = &api::MarketplaceClient::listPurchasedApps,
    .columns = {{"col.product", 2.0f, Sort::ProductName, ColumnKind::Title}, {"col.instance_id", 0.0f, std::nullopt, ColumnKind::Minor}, {"col.order_id", 0.0f},
                {"col.specification", 1.2f, std::nullopt, ColumnKind::Minor}, {"col.billing_mode", 0.0f, std::nullopt, ColumnKind::Minor}, {"col.period", 0.0f, std::nullopt, ColumnKind::Minor},
                {"col.status", 0.0f, Sort::Status, ColumnKind::Status}, {"col.purchased", 0.0f, Sort::PurchaseTime},
                {"col.expires", 0.0f, Sort::ExpiryTime}, {"col.operation", 0.0f, std::nullopt, ColumnKind::Actions}},
    .search = {"apps.search_hint", 300},
    .filters = {enumFilter("filter.status", &PurchasedAppQuery::status, "filter.all_statuses", 150),
                enumFilter("filter.billing_mode", &PurchasedAppQuery::billingMode, "filter.all_billing_modes", 190)},
    .texts = {"apps.items", {"apps.none", kFailedPurchaseNote}, {"apps.no_match", kFailedPurchaseNote}},
    .rowName = [](const PurchasedApp& app) { return app.productName + " " + app.instanceId; },
    .drawCells = drawCells,
    .emptyLink = ListLink{"apps.check_orders", Route{View::Orders, {}, {}}},
    .footer = drawFooter};

std::unique_ptr<ViewPage> makePurchasedAppsPage() {
  return withExpiryReminders(std::make_unique<ListPage<PurchasedAppQuery, PurchasedApp>>(kPurchasedAppsList));
}

Tone statusTone(ResourceStatus status) {
  switch (status) {
    case ResourceStatus::InUse: return Tone::Success;
    case ResourceStatus::Frozen: return Tone::Warning;
    case ResourceStatus::Expired: return Tone::Neutral;
  }
  return Tone::Neutral;
}

}  // namespace koo::ui
