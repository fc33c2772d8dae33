// The payment step (#/pay/{orderId}): the order's amount and deadline, the payment method, and
// Confirm payment, which pays through the marketplace (the reference backend stands in for the
// payment platform) and lands on the payment result. A refused payment says why and keeps the
// buyer's choice so they can try again or choose another method.
#pragma once

#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct PaymentState {
  std::string orderId;
  Remote<Order> order;
  PaymentMethod method = PaymentMethod::Balance;
  Remote<Order> payment;         // the payment in flight, or its refusal
  std::string key;               // its Idempotency-Key, kept while its outcome is unknown
  PaymentMethod sentMethod = PaymentMethod::Balance;
};

struct PaymentIntent {
  bool reload = false;
  bool pay = false;  // Confirm payment (or Retry of a failed one)
  std::optional<Route> go;
};

// The buyer's words for a refused payment ("Your balance does not cover ..."), by its code.
std::string paymentProblemTitle(const api::ApiError& error);

// Draws the view from its state; pure apart from ImGui and the semantics tree.
PaymentIntent drawPayment(Ui& ui, Host& host, PaymentState& state);

}  // namespace koo::ui
