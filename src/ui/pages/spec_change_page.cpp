// The Change Specifications / Buy page: drawn from its state by core's rules, and the page
// object that loads the app and its options and creates the order to pay.
#include "spec_change_page.h"

#include "core/format.h"
#include "core/renewal.h"
#include "core/spec_change.h"
#include "imgui.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class SpecChangePage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env, std::optional<std::int64_t> users = std::nullopt);
  std::string keyFor();
  SpecChangeState state_;
};

namespace {

std::string optionLabel(const ChangeOption& option) {
  const std::string kind = tr(std::string("spec.kind.") + std::string(toString(option.kind)));
  std::string label = option.kind == ChangeKind::ScaleOut || option.kind == ChangeKind::ScaleIn
                          ? tr("spec.option_users", {{"kind", kind}, {"users", std::to_string(*option.target.users)}})
                          : tr("spec.option", {{"kind", kind}, {"spec", option.target.specification}});
  if (option.quote) label += " - " + tr("spec.fee", {{"amount", formatMoney(option.quote->fee)}});
  return label;
}

// One radio button per option; a refused one is disabled and says why under it.
void drawOptionList(Ui& ui, const ChangeOptions& options, int& selected) {
  for (std::size_t i = 0; i < options.options.size(); ++i) {
    const ChangeOption& option = options.options[i];
    const std::string label = optionLabel(option);
    const bool refused = option.refusal.has_value();
    IdScope id(static_cast<int>(i));
    ImGui::BeginDisabled(refused);
    if (ImGui::RadioButton(label.c_str(), selected == static_cast<int>(i))) selected = static_cast<int>(i);
    ImGui::EndDisabled();
    recordItem(ui, Role::Checkbox, label,
               (selected == static_cast<int>(i) ? kChecked : kNone) | (refused ? kDisabled : kNone));
    if (refused) {
      ImGui::Indent();
      mutedText(ui, option.refusal->message);
      ImGui::Unindent();
    }
  }
}

void drawQuote(Ui& ui, const ChangeQuote& quote) {
  if (!beginCard(ui, tr("spec.fee", {{"amount", formatMoney(quote.fee)}}))) return;
  if (beginFieldGrid("spec-fee-parts", 2)) {
    nextCell();
    text(ui, tr("spec.fee_new", {{"amount", formatMoney(quote.newPrice)}}));
    nextCell();
    text(ui, tr("spec.fee_original", {{"amount", formatMoney(quote.originalPrice)}}));
    nextCell();
    text(ui, tr("spec.fee_days", {{"remaining", std::to_string(quote.remainingDays)},
                                  {"days", std::to_string(quote.daysInPeriod)}}));
    nextCell();
    text(ui, tr("spec.fee_discount", {{"percent", std::to_string(quote.discountPercent)}}));
    endFieldGrid();
  }
  mutedText(ui, tr("spec.expiry_unchanged"));
  endCard();
}

std::vector<std::string> periodLabels(const std::vector<BillingPeriod>& periods) {
  std::vector<std::string> labels;
  for (const auto& period : periods) labels.push_back(billingPeriodText(period));
  return labels;
}

// Monthly SKUs for 1-9 months, yearly ones for 1-3 years (as renewals, CHOICE).
std::vector<BillingPeriod> purchasePeriods() {
  std::vector<BillingPeriod> periods;
  for (int months = 1; months <= renewal_rules::kMaxMonths; ++months) periods.push_back({PeriodUnit::Month, months});
  for (int years = 1; years <= renewal_rules::kMaxYears; ++years) periods.push_back({PeriodUnit::Year, years});
  return periods;
}

// The selected option's detail: its fee and parts, the users of a scale-out, or the renewal
// period and price of a change at renewal. Fills `intent.change` on Confirm.
void drawSelected(Ui& ui, const PurchasedApp& app, const ChangeOption& option, SpecChangeState& state,
                  bool busy, SpecChangeIntent& intent) {
  ImGui::Spacing();
  if (option.kind == ChangeKind::ScaleOut) {
    textField(ui, tr("spec.users_field"), state.usersText, {}, 120.0f);
    ImGui::SameLine();
    if (button(ui, tr("spec.quote_users"), busy)) {
      const bool digits = !state.usersText.empty() && state.usersText.size() <= 6 &&
                          state.usersText.find_first_not_of("0123456789") == std::string::npos;
      if (digits) intent.quoteUsers = std::stoll(state.usersText);
    }
  }
  ChangeOrderBody body{option.target, std::nullopt};
  if (option.quote) drawQuote(ui, *option.quote);
  if (option.atRenewal && option.renewalUnitPrice) {
    const auto periods = renewalPeriodOptions(app);
    if (periods.empty()) return;
    state.periodIndex = std::clamp(state.periodIndex, 0, static_cast<int>(periods.size()) - 1);
    choice(ui, tr("spec.renew_for"), state.periodIndex, periodLabels(periods), {}, 160.0f);
    body.renewalPeriod = periods[state.periodIndex];
    // The price as core's renewal rule makes it, with the target's price per period unit.
    PurchasedApp priced = app;
    priced.renewalOffer = RenewalOffer{*option.renewalUnitPrice, app.renewalOffer ? app.renewalOffer->discountPercent : 0};
    if (auto price = renewalPrice(priced, *body.renewalPeriod); price.ok())
      text(ui, tr("spec.renewal_price", {{"amount", formatMoney(price.value())}}));
    mutedText(ui, tr("spec.at_renewal"));
  }
  ImGui::Spacing();
  if (button(ui, tr("spec.confirm"), busy)) intent.change = body;
}

void drawChange(Ui& ui, const PurchasedApp& app, const ChangeOptions& options, SpecChangeState& state, bool busy,
                SpecChangeIntent& intent) {
  ImGui::PushTextWrapPos(0.0f);
  if (options.refusal) {
    toneText(ui, options.refusal->message, Tone::Warning);
    ImGui::PopTextWrapPos();
    return;
  }
  if (options.options.empty()) mutedText(ui, tr("spec.none"));
  drawOptionList(ui, options, state.selected);
  ImGui::PopTextWrapPos();
  if (state.selected < 0 || state.selected >= static_cast<int>(options.options.size())) {
    if (!options.options.empty()) mutedText(ui, tr("spec.choose"));
    return;
  }
  const ChangeOption& option = options.options[state.selected];
  if (!option.refusal) drawSelected(ui, app, option, state, busy, intent);
}

void drawBuy(Ui& ui, const PurchasedApp& app, const ChangeOptions& options, SpecChangeState& state, bool busy,
             SpecChangeIntent& intent) {
  ImGui::PushTextWrapPos(0.0f);
  if (app.expiryTime)
    toneText(ui, tr(*app.expiryTime > state.now ? "trial.ends" : "trial.ended", {{"date", formatDateTime(*app.expiryTime)}}),
             Tone::Info);
  if (options.purchaseRefusal) {
    toneText(ui, options.purchaseRefusal->message, Tone::Warning);
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PopTextWrapPos();
  if (options.purchaseOptions.empty()) return;
  std::vector<std::string> skus;
  for (const auto& sku : options.purchaseOptions)
    skus.push_back(tr("trial.sku_option", {{"spec", sku.specification}, {"yearly", formatMoney(sku.yearlyPrice)},
                                          {"monthly", formatMoney(sku.monthlyPrice)}}));
  state.skuIndex = std::clamp(state.skuIndex, 0, static_cast<int>(skus.size()) - 1);
  choice(ui, tr("trial.sku"), state.skuIndex, skus, {}, 360.0f);
  const auto periods = purchasePeriods();
  state.periodIndex = std::clamp(state.periodIndex, 0, static_cast<int>(periods.size()) - 1);
  choice(ui, tr("trial.period"), state.periodIndex, periodLabels(periods), {}, 160.0f);
  const PurchaseOption& sku = options.purchaseOptions[state.skuIndex];
  const BillingPeriod& period = periods[state.periodIndex];
  const Money& unit = period.unit == PeriodUnit::Year ? sku.yearlyPrice : sku.monthlyPrice;
  text(ui, tr("trial.price", {{"amount", formatMoney(Money{unit.minorUnits * period.count, unit.currency})}}));
  ImGui::PushTextWrapPos(0.0f);
  mutedText(ui, tr("trial.starts"));
  ImGui::PopTextWrapPos();
  if (button(ui, tr("trial.confirm"), busy)) intent.buy = ConversionOrderBody{sku.specification, period};
}

}  // namespace

SpecChangeIntent drawSpecChange(Ui& ui, Host& host, SpecChangeState& state) {
  SpecChangeIntent intent;
  for (const auto* error : {&state.details.error(), &state.options.error()})
    if (*error) {
      IdScope id(error == &state.details.error() ? "details-error" : "options-error");
      intent.reload = errorPanel(ui, host, errorView(tr("spec.load_failed", {{"error", (*error)->message}}), **error));
      return intent;
    }
  const ResourceDetails* details = state.details.value();
  const ChangeOptions* options = state.options.value();
  if (!details || !options) {
    loadingState(ui, host, tr("spec.loading"));
    return intent;
  }
  const PurchasedApp& app = details->basicInfo;
  heading(ui, tr(app.isTrial ? "trial.title" : "spec.title", {{"product", app.productName}}), 2);
  text(ui, app.users ? tr("spec.current_users", {{"spec", app.specification}, {"users", std::to_string(*app.users)}})
                     : tr("spec.current", {{"spec", app.specification}}));
  ImGui::Spacing();
  const bool busy = state.created.loading() || state.options.loading();
  if (app.isTrial) drawBuy(ui, app, *options, state, busy, intent);
  else drawChange(ui, app, *options, state, busy, intent);
  if (const auto& error = state.created.error(); error && !state.created.loading()) {
    IdScope id("create-error");
    ImGui::Spacing();
    const bool retry = errorPanel(
        ui, host, errorView(tr(app.isTrial ? "trial.create_failed" : "spec.create_failed", {{"error", error->message}}), *error));
    if (retry) intent.reload = true;
  }
  ImGui::Spacing();
  if (textLink(ui, tr("spec.back_to_details"))) intent.go = Route{View::ResourceDetails, app.instanceId, {}};
  return intent;
}

void SpecChangePage::enter(const Route& route, PageEnv& env) {
  if (route.id != state_.instanceId) {
    state_ = SpecChangeState{};
    state_.instanceId = route.id;
  }
  state_.created.reset();
  env.client.resourceDetails(state_.instanceId, state_.details.start());
  load(env);
}

void SpecChangePage::leave() {
  state_.details.drop();
  state_.options.drop();
  state_.created.drop();
}

void SpecChangePage::load(PageEnv& env, std::optional<std::int64_t> users) {
  env.client.changeOptions(state_.instanceId, users, state_.options.start());
}

std::string SpecChangePage::keyFor() {
  // A retry of a request whose outcome is unknown keeps its key, so it makes one order.
  const auto& error = state_.created.error();
  if (state_.key.empty() || !error || !error->outcomeUnknown()) state_.key = newIdempotencyKey();
  return state_.key;
}

void SpecChangePage::draw(Ui& ui, const Route& route, PageEnv& env) {
  if (const Order* order = state_.created.value(); order && !state_.created.loading()) {
    const std::string orderId = order->orderId;  // created: the payment step takes over
    state_.created.reset();
    state_.key.clear();
    env.navigator.go(Route{View::Payment, orderId, {}});
    return;
  }
  state_.now = env.host.wallClock();
  const SpecChangeIntent intent = drawSpecChange(ui, env.host, state_);
  if (intent.reload) enter(route, env);
  if (intent.quoteUsers) load(env, intent.quoteUsers);
  if (intent.change && !state_.created.loading())
    env.client.createChangeOrder(state_.instanceId, *intent.change, keyFor(), state_.created.start());
  if (intent.buy && !state_.created.loading())
    env.client.createConversionOrder(state_.instanceId, *intent.buy, keyFor(), state_.created.start());
  if (intent.go) env.navigator.go(*intent.go);
}

std::unique_ptr<ViewPage> makeSpecChangePage() { return std::make_unique<SpecChangePage>(); }

}  // namespace koo::ui
