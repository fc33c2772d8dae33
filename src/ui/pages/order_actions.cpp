// Cancelling an unpaid order: the confirmation dialog, the request and its outcome.
#include "order_actions.h"

#include "imgui.h"

namespace koo::ui {

const Order* drawOrderLoad(Ui& ui, Host& host, const Remote<Order>& order, const std::string& orderId, bool& reload,
                           std::optional<Route>& go) {
  if (const auto& error = order.error()) {
    IdScope id("load-error");
    if (error->httpStatus == 404) {
      if (emptyState(ui, tr("order_details.not_found"), tr("order_details.not_found_detail", {{"id", orderId}}),
                     tr("order_details.back_to_orders")))
        go = Route{View::Orders, {}, {}};
      return nullptr;
    }
    reload = errorPanel(ui, host, errorView(tr("common.order_load_failed", {{"id", orderId}}), *error));
    ImGui::Spacing();
  }
  if (!order.value() && order.loading()) loadingState(ui, host, tr("order_details.loading"));
  return order.value();
}

Route paymentRoute(const std::string& orderId) { return Route{View::Payment, orderId, {}}; }

std::optional<std::string> drawCancelConfirmation(Ui& ui, CancelOrderState& state) {
  if (!state.asking) return std::nullopt;
  const std::string title = tr("order_actions.cancel_title", {{"id", *state.asking}});
  const DialogChoice choice = confirmDialog(
      ui, DialogText{title, tr("order_actions.cancel_message"), tr("order_actions.cancel_confirm"), true});
  if (choice == DialogChoice::Open) return std::nullopt;
  std::optional<std::string> confirmed;
  if (choice == DialogChoice::Confirmed) confirmed = state.asking;
  state.asking.reset();
  return confirmed;
}

bool drawCancelError(Ui& ui, Host& host, const CancelOrderState& state) {
  const auto& error = state.call.error();
  if (!error || state.call.loading()) return false;
  IdScope id("cancel-error");
  return errorPanel(ui, host, errorView(tr("order_actions.cancel_failed", {{"id", state.sentFor}}), *error));
}

void sendCancel(CancelOrderState& state, PageEnv& env, const std::string& orderId) {
  if (state.call.loading()) return;  // one request per intent
  const auto& error = state.call.error();
  const bool sameIntent = orderId == state.sentFor && error && error->outcomeUnknown();
  if (!sameIntent || state.key.empty()) state.key = newIdempotencyKey();
  state.sentFor = orderId;
  env.client.cancelOrder(orderId, state.key, state.call.start());
}

bool takeCancelled(CancelOrderState& state, PageEnv& env) {
  if (state.call.loading() || !state.call.value()) return false;
  env.toasts.show(tr("order_actions.cancelled", {{"id", state.sentFor}}), Tone::Success, env.host.nowMs());
  state.call.reset();
  state.key.clear();
  return true;
}

void dropCancel(CancelOrderState& state) {
  state.asking.reset();
  state.call.drop();
}

}  // namespace koo::ui
