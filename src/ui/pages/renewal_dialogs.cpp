// Drawing the Renew and Auto-renew dialogs from core's renewal rules, and sending what they ask.
#include "renewal_dialogs.h"

#include "core/format.h"
#include "core/renewal.h"
#include "imgui.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {

// "3 months · ¥297.00"
std::string optionText(const PurchasedApp& app, const BillingPeriod& period) {
  auto price = renewalPrice(app, period);
  return billingPeriodText(period) + (price.ok() ? " \xC2\xB7 " + formatMoney(price.value()) : "");
}

// The period the buyer chose: option `index`, or the default for -1.
std::optional<BillingPeriod> chosenPeriod(const PurchasedApp& app, int index) {
  const auto options = renewalPeriodOptions(app);
  if (index >= 0 && index < static_cast<int>(options.size())) return options[static_cast<std::size_t>(index)];
  return defaultRenewalPeriod(app);
}

// The duration choice of one app, its default named as the last purchased one.
void periodChoice(Ui& ui, const PurchasedApp& app, int& index, std::string_view label) {
  std::vector<std::string> options;
  for (const auto& period : renewalPeriodOptions(app)) options.push_back(optionText(app, period));
  const auto fallback = defaultRenewalPeriod(app);
  const std::string defaultLabel =
      fallback ? tr("renewals.default_period", {{"period", optionText(app, *fallback)}}) : std::string("-");
  choice(ui, label, index, options, defaultLabel, 300);
}

Route ordersAwaitingPayment() {
  return Route{View::Orders, {}, {{"status", "PENDING_PAYMENT"}, {"type", "RENEWAL"}}};
}

// The Renew dialog: each renewable app with its duration and price, the refused ones with why
// (an unpaid order linked), and the total.
void drawRenewContent(Ui& ui, RenewalDialogs& dialogs, Timestamp now, RenewalIntent& intent) {
  std::vector<Money> prices;
  for (std::size_t i = 0; i < dialogs.renew.size(); ++i) {
    const PurchasedApp& app = dialogs.renew[i];
    IdScope id(app.instanceId);
    ImGui::Separator();
    text(ui, app.productName + "  (" + app.instanceId + ")");
    if (app.expiryTime) mutedText(ui, tr("renewals.current_expiry", {{"time", formatDateTime(*app.expiryTime)}}));
    if (auto refused = renewalRefusal(app, now)) {
      ImGui::PushTextWrapPos(0.0f);
      toneText(ui, refused->message, Tone::Warning);
      ImGui::PopTextWrapPos();
      if (app.pendingOrderId && textLink(ui, tr("renewals.view_order", {{"order", *app.pendingOrderId}})))
        intent.open = Route{View::Orders, {}, {{"q", *app.pendingOrderId}}};
      continue;
    }
    periodChoice(ui, app, dialogs.renewChoice[i], tr("renewals.duration_for", {{"name", app.productName}}));
    if (auto period = chosenPeriod(app, dialogs.renewChoice[i])) {
      auto price = renewalPrice(app, *period);
      if (price.ok()) prices.push_back(price.value());
      mutedText(ui, tr("renewals.new_expiry",
                       {{"time", formatDateTime(addRenewalPeriod(*app.expiryTime, *period))}}));
    }
  }
  ImGui::Separator();
  if (prices.empty()) toneText(ui, tr("renewals.nothing_to_renew"), Tone::Warning);
  else text(ui, tr("renewals.total", {{"amount", formatMoney(totalOf(prices))}, {"count", std::to_string(prices.size())}}));
  mutedText(ui, tr(prices.size() > 1 ? "renewals.combined_note" : "renewals.pay_note"));
}

RenewalOrderBody renewBody(const RenewalDialogs& dialogs, Timestamp now) {
  RenewalOrderBody body;
  for (std::size_t i = 0; i < dialogs.renew.size(); ++i) {
    const PurchasedApp& app = dialogs.renew[i];
    if (renewalRefusal(app, now)) continue;
    if (auto period = chosenPeriod(app, dialogs.renewChoice[i])) body.items.push_back({app.instanceId, *period});
  }
  return body;
}

// Keeps the key while the outcome of the last send is unknown, else a new one.
template <class T>
std::string keyFor(std::string& key, const Remote<T>& call, bool sameIntent) {
  const bool unknown = call.error() && call.error()->outcomeUnknown();
  if (key.empty() || !sameIntent || !unknown) key = newIdempotencyKey();
  return key;
}

}  // namespace

namespace {
// A new intent: the failure of an earlier one (not one still in flight) has had its say.
void forgetSettledFailures(RenewalDialogs& dialogs) {
  if (dialogs.ordering.error() && !dialogs.ordering.loading()) dialogs.ordering.reset();
  if (dialogs.switching.error() && !dialogs.switching.loading()) dialogs.switching.reset();
}
}  // namespace

void openRenewDialog(RenewalDialogs& dialogs, std::vector<PurchasedApp> apps) {
  forgetSettledFailures(dialogs);
  dialogs.autoRenew.reset();
  dialogs.renew = std::move(apps);
  dialogs.renewChoice.assign(dialogs.renew.size(), -1);
}

void openAutoRenewDialog(RenewalDialogs& dialogs, PurchasedApp app) {
  forgetSettledFailures(dialogs);
  dialogs.renew.clear();
  dialogs.autoChoice = -1;
  dialogs.autoRenew = std::move(app);
}

bool renewalBusy(const RenewalDialogs& dialogs) { return dialogs.ordering.loading() || dialogs.switching.loading(); }

RenewalIntent drawRenewalDialogs(Ui& ui, Host& host, RenewalDialogs& dialogs, Timestamp now) {
  RenewalIntent intent;
  if (!dialogs.renew.empty()) {
    const std::string title = tr(dialogs.renew.size() > 1 ? "renewals.dialog_title_many" : "renewals.dialog_title",
                                 {{"count", std::to_string(dialogs.renew.size())}});
    const std::string message = tr("renewals.dialog_message");
    const std::string confirm = tr("renewals.confirm");
    const DialogChoice choice = contentDialog(
        ui, {title, message, confirm}, 560, [&] { drawRenewContent(ui, dialogs, now, intent); },
        [&] { return !renewBody(dialogs, now).items.empty(); });
    if (choice == DialogChoice::Confirmed) intent.order = renewBody(dialogs, now);
    if (choice != DialogChoice::Open || intent.open) dialogs.renew.clear();
  } else if (dialogs.autoRenew) {
    const PurchasedApp& app = *dialogs.autoRenew;
    if (app.autoRenewPeriod) {
      const std::string title = tr("renewals.auto_off_title");
      const std::string message = tr("renewals.auto_off_message", {{"name", app.productName}});
      const std::string confirm = tr("renewals.auto_off");
      const DialogChoice choice = confirmDialog(ui, {title, message, confirm});
      if (choice == DialogChoice::Confirmed) intent.autoRenew = {{app.instanceId, AutoRenewBody{false, std::nullopt}}};
      if (choice != DialogChoice::Open) dialogs.autoRenew.reset();
    } else {
      const std::string title = tr("renewals.auto_on_title");
      const std::string message = tr("renewals.auto_on_message", {{"name", app.productName}});
      const std::string confirm = tr("renewals.auto_on");
      const DialogChoice choice = contentDialog(
          ui, {title, message, confirm}, 520,
          [&] {
            periodChoice(ui, app, dialogs.autoChoice, tr("renewals.auto_period"));
            PurchasedApp preview = app;
            preview.autoRenewPeriod = chosenPeriod(app, dialogs.autoChoice);
            ImGui::PushTextWrapPos(0.0f);
            mutedText(ui, autoRenewText(preview, now));
            ImGui::PopTextWrapPos();
          },
          [] { return true; });
      if (choice == DialogChoice::Confirmed)
        intent.autoRenew = {{app.instanceId, AutoRenewBody{true, chosenPeriod(app, dialogs.autoChoice)}}};
      if (choice != DialogChoice::Open) dialogs.autoRenew.reset();
    }
  }
  // The last request's failure (a refusal says why; Retry sends it again with its key).
  if (dialogs.ordering.error() && !dialogs.ordering.loading()) {
    if (errorPanel(ui, host, errorView(tr("renewals.order_failed"), *dialogs.ordering.error()))) intent.retry = true;
  } else if (dialogs.switching.error() && !dialogs.switching.loading()) {
    if (errorPanel(ui, host, errorView(tr("renewals.auto_failed"), *dialogs.switching.error()))) intent.retry = true;
  }
  return intent;
}

RenewalOutcome carryOutRenewal(RenewalDialogs& dialogs, const RenewalIntent& intent, PageEnv& env) {
  RenewalOutcome outcome;
  if (intent.open) outcome.go = intent.open;
  if (intent.order || (intent.retry && dialogs.ordering.error() && dialogs.orderSent)) {
    const bool same = !intent.order || intent.order == dialogs.orderSent;
    if (intent.order) dialogs.orderSent = intent.order;
    env.client.createRenewalOrders(*dialogs.orderSent, keyFor(dialogs.orderKey, dialogs.ordering, same),
                                   dialogs.ordering.start());
  } else if (intent.autoRenew || (intent.retry && dialogs.switching.error() && dialogs.switchSent)) {
    const bool same = !intent.autoRenew || intent.autoRenew == dialogs.switchSent;
    if (intent.autoRenew) dialogs.switchSent = intent.autoRenew;
    env.client.setAutoRenew(dialogs.switchSent->first, dialogs.switchSent->second,
                            keyFor(dialogs.switchKey, dialogs.switching, same), dialogs.switching.start());
  }
  // An answer that arrived: say so once, then forget the request.
  if (const RenewalPurchase* made = dialogs.ordering.value(); made && !dialogs.ordering.loading()) {
    const std::string first = made->orders.empty() ? "" : made->orders.front().orderId;
    env.toasts.show(made->combinedOrderId
                        ? tr("renewals.toast_combined", {{"order", *made->combinedOrderId},
                                                         {"count", std::to_string(made->orders.size())}})
                        : tr("renewals.toast_one", {{"order", first}}),
                    Tone::Success, env.host.nowMs());
    dialogs.ordering.reset();
    dialogs.orderSent.reset();
    dialogs.orderKey.clear();
    outcome.changed = true;
    outcome.go = ordersAwaitingPayment();
  }
  if (const PurchasedApp* app = dialogs.switching.value(); app && !dialogs.switching.loading()) {
    env.toasts.show(tr(app->autoRenewPeriod ? "renewals.toast_auto_on" : "renewals.toast_auto_off",
                       {{"name", app->productName}}),
                    Tone::Success, env.host.nowMs());
    dialogs.switching.reset();
    dialogs.switchSent.reset();
    dialogs.switchKey.clear();
    outcome.changed = true;
  }
  return outcome;
}

std::string autoRenewText(const PurchasedApp& app, Timestamp now) {
  if (!app.autoRenewPeriod) return tr("renewals.auto.off");
  if (auto next = nextAutoRenewal(app, now))
    return tr("renewals.auto_next", {{"period", billingPeriodText(next->period)},
                                     {"amount", formatMoney(next->amount)},
                                     {"time", formatDateTime(next->chargeTime)}});
  return tr("renewals.auto_every", {{"period", billingPeriodText(*app.autoRenewPeriod)}});
}

std::string expiryExplanation(const PurchasedApp& app, Timestamp now) {
  const Lifecycle life = lifecycleAt(app.expiryTime, false, now);
  if (!life.graceEnds || !life.retentionEnds) return "";
  if (app.status == ResourceStatus::Frozen && now < *app.expiryTime) return tr("renewals.explain_frozen_by_seller");
  switch (app.status) {
    case ResourceStatus::Expired:
      return tr("renewals.explain_expired", {{"grace", formatDateTime(*life.graceEnds)},
                                              {"deleted", formatDateTime(*life.retentionEnds)}});
    case ResourceStatus::Frozen:
      return tr("renewals.explain_frozen", {{"deleted", formatDateTime(*life.retentionEnds)}});
    case ResourceStatus::InUse: break;
  }
  return "";
}

}  // namespace koo::ui
