// Order details (#/orders/{orderId}, Billing Center > My Orders > an order): the order's fields
// (number, type, status, times, payment deadline while unpaid), the product and its instance,
// the amounts, where the product is now (or why it was cancelled), and Pay / Cancel while unpaid.
// `#/orders/{orderId}?action=cancel` opens it asking to confirm the cancellation.
#pragma once

#include <optional>
#include <string>

#include "order_actions.h"
#include "page_env.h"
#include "remote.h"
#include "unsubscribe_entry.h"

namespace koo::ui {

struct OrderDetailsState {
  std::string orderId;
  Remote<Order> order;
  CancelOrderState cancel;
  UnsubscribeEntry unsubscribe;  // a paid purchase: Unsubscribe, the open request, or why not
};

struct OrderDetailsIntent {
  bool reload = false;  // Retry after a failed load, or Refresh
  bool askCancel = false;
  bool retryCancel = false;
  std::optional<std::string> confirmedCancel;
  std::optional<Route> go;  // Pay, the product's place, back to My Orders
};

// Draws the view from its state; pure apart from ImGui, the semantics tree and host.copyText.
OrderDetailsIntent drawOrderDetails(Ui& ui, Host& host, OrderDetailsState& state);

}  // namespace koo::ui
