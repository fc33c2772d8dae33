// Purchased Apps as a list page: its columns, filters, row, texts and the way to My Orders.
#include "purchased_apps.h"

#include "imgui.h"

namespace koo::ui {
namespace {
using Sort = PurchasedAppSortField;

constexpr const char* kFailedPurchaseNote =
    "Can't find your order? A purchase that failed is cancelled and shows in Billing Center > My Orders.";

void drawCells(Ui& ui, const PurchasedApp& app, std::optional<Route>& open) {
  tableCell(ui, app.productName);
  if (app.isTrial) {
    ImGui::SameLine();
    statusBadge(ui, "Trial", Tone::Info);
  }
  tableCells(ui, {app.instanceId, app.orderId, app.specification, labelOf(app.billingMode), periodText(app.period)});
  badgeCell(ui, labelOf(app.status), statusTone(app.status));
  tableCells(ui, {formatDate(app.purchaseTime), app.expiryTime ? formatDate(*app.expiryTime) : "-"});
  if (buttonCell(ui, "Resource Details")) open = Route{View::ResourceDetails, app.instanceId, {}};
}

// A purchase that failed never becomes an app: say where it went.
void drawFooter(Ui& ui, std::optional<Route>& open) {
  ImGui::Spacing();
  mutedText(ui, "Can't find your order?");
  ImGui::SameLine();
  if (textLink(ui, "Go to Billing Center > My Orders")) open = Route{View::Orders, {}, {}};
}
}  // namespace

const ListSpec<PurchasedAppQuery, PurchasedApp> kPurchasedAppsList{
    .view = View::PurchasedApps, .table = "Purchased apps",
    .parse = parsePurchasedAppQuery, .load = &api::MarketplaceClient::listPurchasedApps,
    .columns = {{"Product", 2.0f, Sort::ProductName}, {"Instance ID", 1.3f}, {"Order ID", 1.3f},
                {"Specification", 1.2f}, {"Billing Mode", 1.0f}, {"Period", 0.7f}, {"Status", 0.9f, Sort::Status},
                {"Purchased", 0.9f, Sort::PurchaseTime}, {"Expires", 0.9f, Sort::ExpiryTime}, {"Operation", 1.4f}},
    .search = {"Product name or order ID", 300},
    .filters = {enumFilter("Status", &PurchasedAppQuery::status, "All statuses", 150),
                enumFilter("Billing mode", &PurchasedAppQuery::billingMode, "All billing modes", 190)},
    .texts = {"purchased apps", {"You have no purchased apps yet", kFailedPurchaseNote},
              {"No purchased apps match your search", kFailedPurchaseNote}},
    .rowName = [](const PurchasedApp& app) { return app.productName + " " + app.instanceId; },
    .drawCells = drawCells,
    .emptyLink = ListLink{"Check My Orders", Route{View::Orders, {}, {}}},
    .footer = drawFooter};

std::unique_ptr<ViewPage> makePurchasedAppsPage() {
  return std::make_unique<ListPage<PurchasedAppQuery, PurchasedApp>>(kPurchasedAppsList);
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
