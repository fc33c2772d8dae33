// Payment Result: the order's real state after paying, its summary, and the way back into the
// console (Purchased Apps, or the service flow of a supervised product).
#include "payment_result.h"

#include "core/format.h"
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

constexpr const char* kBackLabel = "Back to KooGallery Console";

void drawSummary(Ui& ui, Host& host, const Order& order) {
  if (!beginCard(ui, "Order Summary")) return;
  if (beginFieldGrid("order-summary", 3)) {
    copyableField(ui, host, "Order ID", "order ID", order.orderId);
    field(ui, "Product", order.productName);
    field(ui, "Specification", order.specification);
    field(ui, "Order type", labelOf(order.type));
    field(ui, "Billing mode", labelOf(order.billingMode));
    field(ui, "Period", periodText(order.period));
    field(ui, "Amount", formatMoney(order.amount));
    field(ui, "Created", formatDateTime(order.createdTime));
    field(ui, "Paid", order.paidTime ? formatDateTime(*order.paidTime) : "-");
    endFieldGrid();
  }
  endCard();
}

// The way out, shown in every state so the buyer is never stuck on this page.
void drawWayBack(Ui& ui, PaymentResultIntent& intent) {
  ImGui::Spacing();
  if (button(ui, kBackLabel)) intent.backToConsole = true;
  ImGui::SameLine(0, 16);
  ImGui::AlignTextToFramePadding();
  if (textLink(ui, "View all orders in My Orders")) intent.openOrders = true;
}

}  // namespace

PaymentOutcome paymentOutcome(const Order& order) {
  switch (order.status) {
    case OrderStatus::Cancelled:
      return {"This order was cancelled",
              order.statusReason && !order.statusReason->empty()
                  ? *order.statusReason
                  : "It was not provisioned. Contact the seller if you were charged."};
    case OrderStatus::PendingPayment:
      return {"Payment pending",
              "The order has not been paid yet. It is cancelled if it is not paid before its payment deadline."};
    case OrderStatus::PendingApproval:
      if (!order.paidTime) return {"Waiting for approval", "The order is waiting for approval."};
      break;
    case OrderStatus::PendingConfirmation:
      if (!order.paidTime) return {"Waiting for confirmation", "The order is waiting for confirmation."};
      break;
    case OrderStatus::Processing:
    case OrderStatus::Completed:
      break;
  }
  std::string detail;
  if (order.involvesSupervision && order.status == OrderStatus::Completed)
    detail = "The service flow is complete and the app is in Purchased Apps.";
  else if (order.involvesSupervision)
    detail = "This product involves service supervision: follow its service flow in Service Supervision. "
             "The seller is paid only after you confirm acceptance.";
  else if (order.status == OrderStatus::Completed)
    detail = "Your app is ready in Purchased Apps.";
  else
    detail = "The seller is setting up your app; it appears in Purchased Apps when ready.";
  return {"Payment successful", detail};
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
    emptyState(ui, "No order to show",
               "The link names no order. Your purchases are in Purchased Apps, and every order is in "
               "Billing Center > My Orders.");
    drawWayBack(ui, intent);
  } else if (const auto& error = state.order.error(); error && error->httpStatus == 404) {
    emptyState(ui, "Order not found",
               "Order " + state.orderId + " is not among your orders. If you have just paid, it shows in "
               "Billing Center > My Orders in a moment.");
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
    intent.retry = errorPanel(ui, host, errorView("Could not load order " + state.orderId, *error));
    drawWayBack(ui, intent);
  } else if (state.order.loading()) {
    loadingState(ui, host, "Loading your order...");
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
