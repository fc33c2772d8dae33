// Payment Result: the order's real state after paying, its summary, and the way back into the
// console (Purchased Apps, or the service flow of a supervised product).
#include "payment_result.h"

#include "core/format.h"
#include "core/order_rules.h"
#include "imgui.h"
#include "my_orders.h"
#include "widgets_data.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class PaymentResultPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override { state_.order.drop(); }
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env);
  PaymentResultState state_;
};

namespace {


void drawSummary(Ui& ui, Host& host, const Order& order) {
  if (!beginCard(ui, tr("pr.summary"))) return;
  if (beginFieldGrid("order-summary", 3)) {
    copyableField(ui, host, tr("field.order_id"), tr("copy.order_id"), order.orderId);
    field(ui, tr("field.product"), order.productName);
    field(ui, tr("field.specification"), order.specification);
    field(ui, tr("field.order_type"), labelOf(order.type));
    field(ui, tr("field.billing_mode"), labelOf(order.billingMode));
    field(ui, tr("field.period"), periodText(order.period));
    field(ui, tr("field.amount"), formatMoney(order.amount));
    field(ui, tr("field.created"), formatDateTime(order.createdTime));
    field(ui, tr("field.paid"), order.paidTime ? formatDateTime(*order.paidTime) : "-");
    endFieldGrid();
  }
  endCard();
}

// The way out, shown in every state so the buyer is never stuck on this page.
void drawWayBack(Ui& ui, PaymentResultIntent& intent) {
  ImGui::Spacing();
  if (button(ui, tr("pr.back"))) intent.backToConsole = true;
  ImGui::SameLine(0, 16);
  ImGui::AlignTextToFramePadding();
  if (textLink(ui, tr("pr.view_all_orders"))) intent.openOrders = true;
}

}  // namespace

PaymentOutcome paymentOutcome(const Order& order) {
  switch (order.status) {
    case OrderStatus::Cancelled:
      if (order.cancelReason) return {tr("pr.cancelled"), std::string(labelOf(*order.cancelReason))};
      return {tr("pr.cancelled"),
              order.statusReason && !order.statusReason->empty() ? *order.statusReason : tr("pr.cancelled_detail")};
    case OrderStatus::PendingPayment: return {tr("pr.pending"), tr("pr.pending_detail")};
    case OrderStatus::PendingApproval:
      if (!order.paidTime) return {tr("pr.waiting_approval"), tr("pr.waiting_approval_detail")};
      break;
    case OrderStatus::PendingConfirmation:
      if (!order.paidTime) return {tr("pr.waiting_confirmation"), tr("pr.waiting_confirmation_detail")};
      break;
    case OrderStatus::Processing:
    case OrderStatus::Completed:
      break;
  }
  const char* detail = "pr.setting_up";
  if (order.involvesSupervision && order.status == OrderStatus::Completed)
    detail = "pr.flow_complete";
  else if (order.involvesSupervision)
    detail = "pr.supervised";
  else if (order.status == OrderStatus::Completed)
    detail = "pr.app_ready";
  return {tr("pr.success"), tr(detail)};
}

Route consoleRouteAfterPayment(const Order* order) {
  if (order && order->involvesSupervision && order->paidTime && order->status != OrderStatus::PendingPayment)
    return Route{View::SupervisionDetails, order->orderId, {}};
  return Route{View::PurchasedApps, {}, {}};
}

PaymentResultIntent drawPaymentResult(Ui& ui, Host& host, PaymentResultState& state) {
  PaymentResultIntent intent;
  ImGui::PushTextWrapPos(0.0f);
  if (state.orderId.empty()) {
    emptyState(ui, tr("pr.no_order"), tr("pr.no_order_detail"));
    drawWayBack(ui, intent);
  } else if (const auto& error = state.order.error(); error && error->httpStatus == 404) {
    emptyState(ui, tr("pr.not_found"), tr("pr.not_found_detail", {{"id", state.orderId}}));
    drawWayBack(ui, intent);
  } else if (const Order* order = state.order.value()) {
    const PaymentOutcome outcome = paymentOutcome(*order);
    heading(ui, outcome.title, 2);
    ImGui::SameLine(0, 12);
    statusBadge(ui, labelOf(order->status), orderStatusTone(order->status));
    mutedText(ui, outcome.detail);
    ImGui::Spacing();
    drawSummary(ui, host, *order);
    drawWayBack(ui, intent);
  } else if (error) {
    intent.retry = errorPanel(ui, host, errorView(tr("common.order_load_failed", {{"id", state.orderId}}), *error));
    drawWayBack(ui, intent);
  } else if (state.order.loading()) {
    loadingState(ui, host, tr("pr.loading"));
  }
  ImGui::PopTextWrapPos();
  return intent;
}

void PaymentResultPage::enter(const Route& route, PageEnv& env) {
  const auto it = route.query.find("order");
  const std::string orderId = it == route.query.end() ? std::string() : it->second;
  if (orderId != state_.orderId) state_.order.reset();  // never show another order's result
  state_.orderId = orderId;
  if (!orderId.empty()) load(env);
}

void PaymentResultPage::load(PageEnv& env) { env.client.order(state_.orderId, state_.order.start()); }

void PaymentResultPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  const PaymentResultIntent intent = drawPaymentResult(ui, env.host, state_);
  if (intent.retry) load(env);
  if (intent.openOrders) env.navigator.go(View::Orders);
  if (intent.backToConsole) env.navigator.go(consoleRouteAfterPayment(state_.order.value()));
}

std::unique_ptr<ViewPage> makePaymentResultPage() { return std::make_unique<PaymentResultPage>(); }

}  // namespace koo::ui
