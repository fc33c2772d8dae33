// The payment step: the order summary, the method radio buttons and Confirm payment; the page
// sends one payment per intent and moves to the payment result once it succeeded.
#include "payment.h"

#include "core/enums.h"
#include "core/format.h"
#include "core/order_rules.h"
#include "imgui.h"
#include "order_actions.h"
#include "order_destination.h"
#include "widgets_data.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class PaymentPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env) { env.client.order(state_.orderId, state_.order.start()); }
  void pay(PageEnv& env);
  PaymentState state_;
};

namespace {

// One radio button per method; true when the buyer picked another.
bool methodChoice(Ui& ui, PaymentMethod& method, bool disabled) {
  bool changed = false;
  ImGui::BeginDisabled(disabled);
  for (PaymentMethod value : allEnumValues<PaymentMethod>()) {
    const std::string label(labelOf(value));
    IdScope id(static_cast<int>(value));
    if (ImGui::RadioButton(label.c_str(), method == value) && method != value) {
      method = value;
      changed = true;
    }
    recordItem(ui, Role::Checkbox, label, (method == value ? kChecked : kNone) | (disabled ? kDisabled : kNone));
  }
  ImGui::EndDisabled();
  return changed;
}

void drawSummary(Ui& ui, const Order& order) {
  if (!beginCard(ui, tr("payment.summary"))) return;
  if (beginFieldGrid("payment-summary", 3)) {
    field(ui, tr("field.order_id"), order.orderId);
    field(ui, tr("field.product"), order.productName);
    field(ui, tr("field.specification"), order.specification);
    field(ui, tr("field.order_type"), labelOf(order.type));
    field(ui, tr("field.period"), periodText(order.period));
    field(ui, tr("payment.amount_due"), formatMoney(order.amount));
    endFieldGrid();
  }
  endCard();
}

// The order can no longer be paid: say why, and where it is.
void drawNotPayable(Ui& ui, const Order& order, PaymentIntent& intent) {
  ImGui::PushTextWrapPos(0.0f);
  heading(ui, tr("payment.not_payable"), 2);
  ImGui::SameLine(0, 12);
  statusBadge(ui, labelOf(order.status), orderStatusTone(order.status));
  if (order.status == OrderStatus::Cancelled && order.cancelReason) mutedText(ui, labelOf(*order.cancelReason));
  ImGui::PopTextWrapPos();
  if (textLink(ui, tr("payment.view_order"))) intent.go = Route{View::OrderDetails, order.orderId, {}};
}

}  // namespace

std::string paymentProblemTitle(const api::ApiError& error) {
  if (error.code == toString(ErrorCode::InsufficientBalance)) return tr("payment.insufficient_balance");
  if (error.code == toString(ErrorCode::PaymentFailed)) return tr("payment.declined");
  if (error.httpStatus == 409) return tr("payment.no_longer_payable");
  return tr("payment.failed");
}

PaymentIntent drawPayment(Ui& ui, Host& host, PaymentState& state) {
  PaymentIntent intent;
  const Order* order = drawOrderLoad(ui, host, state.order, state.orderId, intent.reload, intent.go);
  if (!order) return intent;
  if (order->status != OrderStatus::PendingPayment) {
    drawNotPayable(ui, *order, intent);
    return intent;
  }
  drawSummary(ui, *order);
  ImGui::PushTextWrapPos(0.0f);
  if (auto notice = autoCancelNotice(*order)) toneText(ui, *notice, Tone::Warning);
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  const bool paying = state.payment.loading();
  heading(ui, tr("payment.method"), 2);
  methodChoice(ui, state.method, paying);
  ImGui::Spacing();
  if (const auto& error = state.payment.error(); error && !paying) {
    IdScope id("payment-error");
    if (errorPanel(ui, host, errorView(paymentProblemTitle(*error), *error))) intent.pay = true;
    ImGui::Spacing();
  }
  if (button(ui, tr("payment.confirm", {{"amount", formatMoney(order->amount)}}), paying)) intent.pay = true;
  if (paying) {
    ImGui::SameLine();
    loadingState(ui, host, tr("payment.paying"));
  }
  ImGui::SameLine(0, 16);
  ImGui::AlignTextToFramePadding();
  if (textLink(ui, tr("payment.back_to_order"))) intent.go = Route{View::OrderDetails, order->orderId, {}};
  return intent;
}

void PaymentPage::enter(const Route& route, PageEnv& env) {
  if (route.id != state_.orderId) {
    state_ = PaymentState{};
    state_.orderId = route.id;
  }
  load(env);
}

void PaymentPage::leave() {
  state_.order.drop();
  state_.payment.drop();
}

void PaymentPage::pay(PageEnv& env) {
  if (state_.payment.loading()) return;  // a double click is one payment
  // The same intent (same method, outcome unknown) keeps its key, so it is never paid twice.
  const auto& error = state_.payment.error();
  const bool sameIntent = state_.method == state_.sentMethod && error && error->outcomeUnknown();
  if (!sameIntent || state_.key.empty()) state_.key = newIdempotencyKey();
  state_.sentMethod = state_.method;
  env.client.payOrder(state_.orderId, PayOrderBody{state_.method}, state_.key, state_.payment.start());
}

void PaymentPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  if (state_.payment.value() && !state_.payment.loading()) {  // paid: the result page takes over
    const std::string orderId = state_.orderId;
    state_ = PaymentState{};
    env.navigator.go(Route{View::PaymentResult, {}, {{"order", orderId}}});
    return;
  }
  const PaymentIntent intent = drawPayment(ui, env.host, state_);
  if (intent.reload) load(env);
  if (intent.pay) pay(env);
  if (intent.go) env.navigator.go(*intent.go);
}

std::unique_ptr<ViewPage> makePaymentPage() { return std::make_unique<PaymentPage>(); }

}  // namespace koo::ui
