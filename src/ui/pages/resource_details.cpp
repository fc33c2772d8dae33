// Resource Details: the Application Information card (app_info_card.h), basic information and
// the seller's contacts, drawn from state, and the page that loads them.
#include "resource_details.h"

#include "core/format.h"
#include "imgui.h"
#include "purchased_apps.h"
#include "resource_renewal.h"
#include "spec_change_entry.h"
#include "theme.h"
#include "widgets_data.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class ResourceDetailsPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env);
  // Renew and auto-renew: opens the dialogs, draws them and sends what they ask.
  void carryOutRenewal(Ui& ui, PageEnv& env, const RenewalCardIntent& asked);
  ResourceDetailsState state_;
};

namespace {

void drawBasicInfo(Ui& ui, Host& host, const PurchasedApp& app, ResourceDetailsIntent& intent) {
  if (!beginCard(ui, tr("rd.basic_info"))) return;
  if (beginFieldGrid("basic-info", 3)) {
    nextCell();
    fieldLabel(tr("field.product"));
    fieldValue(ui, tr("field.product"), app.productName);
    if (app.isTrial) statusBadge(ui, tr("badge.trial"), Tone::Info);
    endField();
    field(ui, tr("field.specification"), app.specification);
    field(ui, tr("field.billing_mode"), labelOf(app.billingMode));
    field(ui, tr("field.period"), periodText(app.period));
    if (copyableField(ui, host, tr("field.instance_id"), tr("copy.instance_id"), app.instanceId))
      intent.copied = tr("field.instance_id");
    if (copyableField(ui, host, tr("field.order_id"), tr("copy.order_id"), app.orderId))
      intent.copied = tr("field.order_id");
    field(ui, tr("field.purchase_time"), formatDateTime(app.purchaseTime));
    field(ui, tr("field.effective_time"), app.effectiveTime ? formatDateTime(*app.effectiveTime) : "-");
    field(ui, tr("field.expiry"), app.expiryTime ? formatDateTime(*app.expiryTime) : "-");
    nextCell();
    mutedText(ui, tr("field.status"));  // the badge is named by the status alone
    statusBadge(ui, labelOf(app.status), statusTone(app.status));
    endField();
    endFieldGrid();
  }
  endCard();
}

void drawSellerInfo(Ui& ui, const SellerInfo& seller) {
  if (!beginCard(ui, tr("rd.seller_info"))) return;
  sellerFields(ui, seller, 2);
  ImGui::PushTextWrapPos(0.0f);
  mutedText(ui, tr("rd.contact_seller"));
  ImGui::PopTextWrapPos();
  endCard();
}

}  // namespace

ResourceDetailsIntent drawResourceDetails(Ui& ui, Host& host, ResourceDetailsState& state) {
  ResourceDetailsIntent intent;
  const ResourceDetails* details = state.details.value();
  if (const auto& error = state.details.error()) {
    if (error->httpStatus == 404) {
      intent.backToList = emptyState(ui, tr("rd.not_found"), tr("rd.not_found_detail", {{"id", state.instanceId}}),
                                     tr("rd.back_to_apps"));
      return intent;
    }
    intent.retry = errorPanel(ui, host, errorView(tr("rd.load_failed"), *error));
    ImGui::Spacing();
  }
  if (!details) {
    if (state.details.loading()) loadingState(ui, host, tr("rd.loading"));
    return intent;
  }
  if (state.details.loading()) loadingState(ui, host, tr("common.refreshing"));

  drawAppInfoCard(ui, host, state.appInfo, details->applicationInfo, intent);
  // Basic and seller information side by side, or one above the other on a narrower console.
  const int columns = theme::layout().gridColumns(2);
  if (ImGui::BeginTable("details-columns", columns, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("basic", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    if (columns > 1) ImGui::TableSetupColumn("seller", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableNextColumn();
    drawBasicInfo(ui, host, details->basicInfo, intent);
    intent.renewal = drawRenewalCard(ui, details->basicInfo, state.now, renewalBusy(state.renewal));
    intent.unsubscribe = drawUnsubscribeEntry(ui, state.unsubscribe);
    intent.go = drawSpecChangeCard(ui, details->basicInfo, state.now);
    ImGui::TableNextColumn();
    drawSellerInfo(ui, details->seller);
    ImGui::EndTable();
  }
  return intent;
}

void ResourceDetailsPage::enter(const Route& route, PageEnv& env) {
  maskPassword(state_.appInfo);
  if (route.id != state_.instanceId) state_.details.reset();  // never show another app's data
  state_.instanceId = route.id;
  state_.unsubscribe.orderId.clear();  // asked again once the app is back
  load(env);
}

void ResourceDetailsPage::leave() {
  maskPassword(state_.appInfo);
  state_.details.drop();
  state_.unsubscribe.drop();
}

void ResourceDetailsPage::load(PageEnv& env) { env.client.resourceDetails(state_.instanceId, state_.details.start()); }

void ResourceDetailsPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  keepRevealTimer(state_.appInfo, env.host, env.toasts);
  state_.now = env.host.wallClock();
  const ResourceDetailsIntent intent = drawResourceDetails(ui, env.host, state_);
  carryOutRenewal(ui, env, intent.renewal);
  carryOutAppInfoIntent(state_.appInfo, intent, env, [&](const std::string& key, auto done) {
    env.client.revealPassword(state_.instanceId, key, std::move(done));
  });
  if (intent.retry) load(env);
  // Its order's eligibility, once the app is known.
  if (const ResourceDetails* details = state_.details.value();
      details && details->basicInfo.orderId != state_.unsubscribe.orderId)
    state_.unsubscribe.load(env, details->basicInfo.orderId);
  if (intent.backToList) env.navigator.go(View::PurchasedApps);
  if (intent.unsubscribe) env.navigator.go(*intent.unsubscribe);
  if (intent.go) env.navigator.go(*intent.go);
}

void ResourceDetailsPage::carryOutRenewal(Ui& ui, PageEnv& env, const RenewalCardIntent& asked) {
  const ResourceDetails* details = state_.details.value();
  if (details && asked.renew) openRenewDialog(state_.renewal, {details->basicInfo});
  if (details && asked.switchAutoRenew) openAutoRenewDialog(state_.renewal, details->basicInfo);
  const RenewalOutcome outcome =
      koo::ui::carryOutRenewal(state_.renewal, drawRenewalDialogs(ui, env.host, state_.renewal, state_.now), env);
  if (outcome.changed) load(env);
  if (outcome.go) env.navigator.go(*outcome.go);
}

void sellerFields(Ui& ui, const SellerInfo& seller, int columns) {
  if (!beginFieldGrid("seller-fields", columns)) return;
  field(ui, tr("field.seller"), seller.name);
  field(ui, tr("field.contact_person"), seller.contactPerson);
  field(ui, tr("field.phone"), seller.phone);
  field(ui, tr("field.email"), seller.email);
  field(ui, tr("field.service_hours"), seller.serviceHours);
  endFieldGrid();
}

std::unique_ptr<ViewPage> makeResourceDetailsPage() { return std::make_unique<ResourceDetailsPage>(); }

}  // namespace koo::ui
