// Resource Details: drawing the three cards from state and the password's reveal / re-mask cycle;
// only addresses isWebUrl (core/url_codec.h) accepts open in a new tab.
#include "resource_details.h"

#include <cmath>

#include "core/format.h"
#include "core/text.h"
#include "core/url_codec.h"
#include "imgui.h"
#include "purchased_apps.h"
#include "resource_renewal.h"
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
  void startReveal(PageEnv& env);
  // Renew and auto-renew: opens the dialogs, draws them and sends what they ask.
  void carryOutRenewal(Ui& ui, PageEnv& env, const RenewalCardIntent& asked);
  // Re-masks at the deadline and asks the host for a frame then.
  void keepRevealTimer(Host& host);
  // Overwrites the revealed password, then forgets it.
  void mask();
  ResourceDetailsState state_;
};

namespace {

constexpr std::string_view kMask = "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"
                                   "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2";  // 8 x U+2022
constexpr int kMaskDots = 8;

// An eye drawn over a frame-sized button; `slashed` is the "hide" form.
// Its name ("Show password") is its accessible name and tooltip; it has no visible label.
bool eyeButton(Ui& ui, std::string_view name, bool slashed, bool disabled) {
  const float height = ImGui::GetFrameHeight();
  IdScope id(name);
  ImGui::BeginDisabled(disabled);
  const bool clicked = ImGui::Button(kUndrawnLabel, ImVec2(height * 1.5f, height));
  ImGui::EndDisabled();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const ImVec2 center((min.x + max.x) / 2, (min.y + max.y) / 2);
  const float w = height * 0.38f, h = height * 0.22f;
  const float c = (w * w - h * h) / (2 * h), radius = c + h;  // arcs through both corners and the top
  const ImU32 color = ImGui::GetColorU32(disabled ? theme::kMuted : theme::kText);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PathArcTo(ImVec2(center.x, center.y + c), radius, std::atan2(-c, -w), std::atan2(-c, w), 12);
  draw->PathArcTo(ImVec2(center.x, center.y - c), radius, std::atan2(c, w), std::atan2(c, -w), 12);
  draw->PathStroke(color, ImDrawFlags_Closed, 1.5f);
  draw->AddCircleFilled(center, h * 0.7f, color);
  if (slashed) draw->AddLine(ImVec2(center.x - w, center.y + w * 0.8f), ImVec2(center.x + w, center.y - w * 0.8f), color, 1.5f);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%.*s", static_cast<int>(name.size()), name.data());
  recordItem(ui, Role::Button, name, disabled ? kDisabled | kBusy : kNone);
  return clicked && !disabled;
}

void drawPassword(Ui& ui, Host& host, ResourceDetailsState& state, const ApplicationInfo& info,
                  ResourceDetailsIntent& intent) {
  nextCell();
  const std::string& password = tr("field.password");
  fieldLabel(password);
  if (!info.hasPassword) {
    fieldValue(ui, password, tr("rd.password_not_provided"));
  } else if (const PasswordReveal* revealed = state.reveal.value()) {
    ImGui::AlignTextToFramePadding();
    fieldValue(ui, password, revealed->password);
    ImGui::SameLine();
    if (eyeButton(ui, tr("rd.hide_password"), true, false)) intent.hide = true;
    ImGui::SameLine();
    if (copyButton(ui, host, tr("rd.copy_password"), revealed->password)) intent.copied = password;
    mutedText(ui, tr("rd.hidden_after", {{"seconds", std::to_string(static_cast<int>(kRevealVisibleMs / 1000))}}));
  } else {
    // Dots drawn as shapes (no font needs the bullet glyph); the tree gets the mask, never the secret.
    ImGui::AlignTextToFramePadding();
    const float dot = 3.0f, step = 10.0f, height = ImGui::GetFrameHeight();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    for (int i = 0; i < kMaskDots; ++i)
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + dot + step * i, pos.y + height / 2), dot,
                                                  ImGui::GetColorU32(theme::kText));
    ImGui::Dummy(ImVec2(step * kMaskDots, height));
    recordItem(ui, Role::Text, password + ": " + std::string(kMask));
    ImGui::SameLine();
    if (eyeButton(ui, tr("rd.show_password"), false, state.reveal.loading())) intent.reveal = true;
  }
  endField();
}

// A seller-given address: a link only for http(s), otherwise plain text with a warning.
void drawUrl(Ui& ui, Host& host, std::string_view label, std::string_view what, const std::optional<std::string>& url,
             ResourceDetailsIntent& intent) {
  nextCell();
  if (!url || url->empty()) {
    fieldLabel(label);
    fieldValue(ui, label, "-");
    endField();
    return;
  }
  const bool link = isWebUrl(*url);
  if (link)
    mutedText(ui, label);  // the link is named by its address: its label is a node of its own
  else
    fieldLabel(label);
  ImGui::SameLine();
  if (copyButton(ui, host, what, *url)) intent.copied = std::string(label);
  IdScope id(label);  // both URLs may be the same text
  ImGui::PushTextWrapPos(0.0f);
  if (link) {
    if (textLink(ui, *url)) intent.openUrl = *url;
  } else {
    fieldValue(ui, label, *url);
    toneText(ui, tr("rd.not_web_link"), Tone::Warning);
  }
  ImGui::PopTextWrapPos();
  endField();
}

void drawApplicationInfo(Ui& ui, Host& host, ResourceDetailsState& state, const ApplicationInfo& info,
                         ResourceDetailsIntent& intent) {
  if (!beginCard(ui, tr("rd.application_info"))) return;
  if (beginFieldGrid("app-info", 2)) {
    if (copyableField(ui, host, tr("field.user_name"), tr("rd.copy_user_name"), info.userName))
      intent.copied = tr("field.user_name");
    drawPassword(ui, host, state, info, intent);
    drawUrl(ui, host, tr("field.management_url"), tr("rd.copy_management_url"), info.adminUrl, intent);
    drawUrl(ui, host, tr("field.frontend_url"), tr("rd.copy_frontend_url"), info.frontEndUrl, intent);
    endFieldGrid();
  }
  if (info.memo && !info.memo->empty()) {
    fieldLabel(tr("field.memo"));
    fieldValue(ui, tr("field.memo"), *info.memo);
  }
  if (const auto& error = state.reveal.error()) {
    ImGui::Spacing();
    if (errorPanel(ui, host, errorView(tr("rd.password_failed"), *error))) intent.reveal = true;
  }
  endCard();
}

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

  drawApplicationInfo(ui, host, state, details->applicationInfo, intent);
  if (ImGui::BeginTable("details-columns", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("basic", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("seller", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableNextColumn();
    drawBasicInfo(ui, host, details->basicInfo, intent);
    intent.renewal = drawRenewalCard(ui, details->basicInfo, state.now, renewalBusy(state.renewal));
    ImGui::TableNextColumn();
    drawSellerInfo(ui, details->seller);
    ImGui::EndTable();
  }
  return intent;
}

void ResourceDetailsPage::enter(const Route& route, PageEnv& env) {
  mask();
  if (route.id != state_.instanceId) state_.details.reset();  // never show another app's data
  state_.instanceId = route.id;
  load(env);
}

void ResourceDetailsPage::leave() {
  mask();
  state_.details.drop();
}

void ResourceDetailsPage::load(PageEnv& env) { env.client.resourceDetails(state_.instanceId, state_.details.start()); }

void ResourceDetailsPage::startReveal(PageEnv& env) {
  if (state_.reveal.loading() || state_.reveal.value()) return;  // a double click is one reveal
  // One key per buyer intent: a retry after a failure sends the same key again.
  if (state_.revealKey.empty()) state_.revealKey = newIdempotencyKey();
  env.client.revealPassword(state_.instanceId, state_.revealKey, state_.reveal.start());
}

void ResourceDetailsPage::keepRevealTimer(Host& host) {
  if (!state_.reveal.value()) return;
  const double now = host.nowMs();
  if (!state_.revealedAtMs) {  // the answer arrived since the last frame: the intent is done
    state_.revealedAtMs = now;
    state_.revealKey.clear();
  }
  const double remaining = *state_.revealedAtMs + kRevealVisibleMs - now;
  if (remaining <= 0) {
    mask();
    return;
  }
  host.wakeAfter(remaining);
}

void ResourceDetailsPage::mask() {
  if (PasswordReveal* revealed = state_.reveal.value()) wipe(revealed->password);
  state_.reveal.reset();
  state_.revealedAtMs.reset();
  state_.revealKey.clear();
}

void ResourceDetailsPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  keepRevealTimer(env.host);
  state_.now = env.host.wallClock();
  const ResourceDetailsIntent intent = drawResourceDetails(ui, env.host, state_);
  carryOutRenewal(ui, env, intent.renewal);
  if (intent.copied) env.toasts.show(tr("toast.copied", {{"what", *intent.copied}}), Tone::Success, env.host.nowMs());
  if (intent.openUrl && isWebUrl(*intent.openUrl)) env.host.openUrl(*intent.openUrl);
  if (intent.hide) mask();
  if (intent.reveal) startReveal(env);
  if (intent.retry) load(env);
  if (intent.backToList) env.navigator.go(View::PurchasedApps);
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
