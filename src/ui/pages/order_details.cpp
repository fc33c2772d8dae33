// Order details: the order, product and amount cards from the loaded order, where its product
// is now, and the page that loads it and carries out Pay and Cancel.
#include "order_details.h"

#include "core/format.h"
#include "core/order_rules.h"
#include "imgui.h"
#include "order_destination.h"
#include "order_invoice.h"
#include "widgets_data.h"

namespace koo::ui {

// The view's page: made only by its factory (views.h), so it is declared here.
class OrderDetailsPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override;
  void draw(Ui& ui, const Route& route, PageEnv& env) override;

 private:
  void load(PageEnv& env) {
    env.client.order(state_.orderId, state_.order.start());
    state_.unsubscribe.load(env, state_.orderId);
  }
  OrderDetailsState state_;
};

namespace {

std::string moneyOrDash(const std::optional<Money>& money) { return money ? formatMoney(*money) : "-"; }
std::string timeOrDash(const std::optional<Timestamp>& time) { return time ? formatDateTime(*time) : "-"; }

// "1 month × 3": the period bought and how many of it.
std::string periodTimesQuantity(const Order& order) {
  const std::string period = periodText(order.period);
  const std::int64_t quantity = order.quantity.value_or(1);
  if (!order.period) return quantity > 1 ? tr("order_details.quantity_only", {{"n", std::to_string(quantity)}}) : "-";
  return tr("order_details.period_times", {{"period", period}, {"n", std::to_string(quantity)}});
}

void drawHeader(Ui& ui, Host& host, const Order& order, OrderDetailsState& state, OrderDetailsIntent& intent) {
  ImGui::AlignTextToFramePadding();
  text(ui, tr("order_details.heading", {{"id", order.orderId}}));
  ImGui::SameLine();
  copyButton(ui, host, tr("copy.order_id"), order.orderId);
  ImGui::SameLine(0, 16);
  statusBadge(ui, labelOf(order.status), orderStatusTone(order.status));
  ImGui::SameLine(0, 16);
  if (button(ui, tr("order_details.refresh"), state.order.loading())) intent.reload = true;
  if (state.order.loading()) {
    ImGui::SameLine();
    loadingState(ui, host, tr("common.refreshing"));
  }
}

// Pay and Cancel with the deadline, while the order awaits payment.
void drawUnpaidActions(Ui& ui, const Order& order, const OrderDetailsState& state, OrderDetailsIntent& intent) {
  if (order.status != OrderStatus::PendingPayment) return;
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);
  if (auto notice = autoCancelNotice(order)) toneText(ui, *notice, Tone::Warning);
  if (order.paymentDeadline)
    mutedText(ui, tr("order_details.pay_before", {{"deadline", formatDateTime(*order.paymentDeadline)}}));
  ImGui::PopTextWrapPos();
  const bool busy = state.cancel.call.loading() || state.order.loading();
  if (button(ui, tr("orders.pay"), busy)) intent.go = paymentRoute(order.orderId);
  ImGui::SameLine();
  if (button(ui, tr("orders.cancel_order"), busy)) intent.askCancel = true;
}

void drawOrderCard(Ui& ui, Host& host, const Order& order) {
  if (!beginCard(ui, tr("order_details.order_card"))) return;
  if (beginFieldGrid("order-fields", 3)) {
    copyableField(ui, host, tr("field.order_id"), tr("copy.order_id"), order.orderId);
    field(ui, tr("field.order_type"), labelOf(order.type));
    field(ui, tr("field.order_status"), labelOf(order.status));
    field(ui, tr("field.created"), formatDateTime(order.createdTime));
    field(ui, tr("field.paid"), timeOrDash(order.paidTime));
    if (order.paymentDeadline) field(ui, tr("order_details.payment_deadline"), formatDateTime(*order.paymentDeadline));
    field(ui, tr("order_details.payment_method"), order.paymentMethod ? labelOf(*order.paymentMethod) : "-");
    endFieldGrid();
  }
  endCard();
}

void drawProductCard(Ui& ui, Host& host, const Order& order) {
  if (!beginCard(ui, tr("order_details.product_card"))) return;
  if (beginFieldGrid("product-fields", 3)) {
    field(ui, tr("field.product"), order.productName);
    field(ui, tr("field.specification"), order.specification);
    field(ui, tr("field.billing_mode"), labelOf(order.billingMode));
    field(ui, tr("order_details.period_quantity"), periodTimesQuantity(order));
    if (order.instanceId)
      copyableField(ui, host, tr("field.instance_id"), tr("copy.instance_id"), *order.instanceId);
    else
      field(ui, tr("field.instance_id"), "-");
    field(ui, tr("order_details.validity"),
          order.validFrom ? tr("order_details.validity_range",
                               {{"from", formatDateTime(*order.validFrom)},
                                {"to", order.validTo ? formatDateTime(*order.validTo) : tr("order_details.no_expiry")}})
                          : "-");
    field(ui, tr("field.seller"), order.sellerName.value_or("-"));
    endFieldGrid();
  }
  endCard();
}

void drawAmountCard(Ui& ui, const Order& order) {
  if (!beginCard(ui, tr("order_details.amount_card"))) return;
  if (beginFieldGrid("amount-fields", 3)) {
    field(ui, tr("order_details.list_price"), moneyOrDash(order.listPrice));
    field(ui, tr("order_details.discount"), moneyOrDash(order.discount));
    field(ui, tr("order_details.coupon"), moneyOrDash(order.coupon));
    field(ui, order.paidTime ? tr("order_details.amount_paid") : tr("order_details.amount_due"), formatMoney(order.amount));
    field(ui, tr("order_details.currency"), order.amount.currency);
    endFieldGrid();
  }
  endCard();
}

// Where the product is now: its app, its service flow, Purchased Apps, or why nowhere.
void drawWhereNow(Ui& ui, const Order& order, OrderDetailsIntent& intent) {
  if (!beginCard(ui, tr("order_details.where_card"))) return;
  ImGui::PushTextWrapPos(0.0f);
  if (order.status == OrderStatus::Cancelled && order.cancelReason)
    text(ui, tr("order_details.cancelled_because", {{"reason", labelOf(*order.cancelReason)}}));
  const OrderDestination destination = destinationOf(order);
  if (destination.kind == OrderDestination::Kind::Note) {
    if (!(order.status == OrderStatus::Cancelled && order.cancelReason)) mutedText(ui, destination.note);
  } else {
    const char* label = destination.kind == OrderDestination::Kind::ServiceFlow ? "orders.view_flow"
                        : destination.kind == OrderDestination::Kind::ResourceDetails ? "orders.view_in_apps"
                                                                                       : "orders.find_in_apps";
    if (textLink(ui, tr(label))) intent.go = destinationRoute(destination, order);
  }
  ImGui::PopTextWrapPos();
  endCard();
}

}  // namespace

OrderDetailsIntent drawOrderDetails(Ui& ui, Host& host, OrderDetailsState& state) {
  OrderDetailsIntent intent;
  const Order* order = drawOrderLoad(ui, host, state.order, state.orderId, intent.reload, intent.go);
  if (!order) return intent;
  drawHeader(ui, host, *order, state, intent);
  drawUnpaidActions(ui, *order, state, intent);
  const bool purchase = order->type == OrderType::New || order->type == OrderType::Trial;
  if (purchase && order->paidTime)
    if (auto go = drawUnsubscribeEntry(ui, state.unsubscribe)) intent.go = go;
  intent.retryCancel = drawCancelError(ui, host, state.cancel);
  intent.confirmedCancel = drawCancelConfirmation(ui, state.cancel);
  ImGui::Spacing();
  drawWhereNow(ui, *order, intent);
  drawOrderInvoiceCard(ui, *order, intent.go);
  drawOrderCard(ui, host, *order);
  drawProductCard(ui, host, *order);
  drawAmountCard(ui, *order);
  return intent;
}

void OrderDetailsPage::enter(const Route& route, PageEnv& env) {
  if (route.id != state_.orderId) {
    dropCancel(state_.cancel);
    state_ = OrderDetailsState{};  // never show another order's data
    state_.orderId = route.id;
  }
  const auto action = route.query.find("action");
  if (action != route.query.end() && action->second == "cancel") state_.cancel.asking = state_.orderId;
  load(env);
}

void OrderDetailsPage::leave() {
  state_.order.drop();
  state_.unsubscribe.drop();
  // A confirmed cancellation in flight still lands: its outcome shows when the order is back.
  state_.cancel.asking.reset();
}

void OrderDetailsPage::draw(Ui& ui, const Route& route, PageEnv& env) {
  if (takeCancelled(state_.cancel, env)) load(env);
  const bool wasAsking = state_.cancel.asking.has_value();
  const OrderDetailsIntent intent = drawOrderDetails(ui, env.host, state_);
  // The link that asked (My Orders' Cancel) is answered: the details' own route from now on.
  if (wasAsking && !state_.cancel.asking && route.query.count("action"))
    env.navigator.go(Route{View::OrderDetails, state_.orderId, {}});
  if (intent.reload) load(env);
  if (intent.askCancel) state_.cancel.asking = state_.orderId;
  if (intent.confirmedCancel) sendCancel(state_.cancel, env, *intent.confirmedCancel);
  if (intent.retryCancel) sendCancel(state_.cancel, env, state_.cancel.sentFor);
  if (intent.go) env.navigator.go(*intent.go);
}

std::unique_ptr<ViewPage> makeOrderDetailsPage() { return std::make_unique<OrderDetailsPage>(); }

}  // namespace koo::ui
