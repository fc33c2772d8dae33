// Payment Result (#/payment-result?order=ORDER_ID): where a buyer lands after paying; the order's
// real state and summary, and "Back to KooGallery Console".
#pragma once

#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

// The headline for the order's state: "Payment successful", "Payment pending", ...
struct PaymentOutcome {
  std::string title;
  std::string detail;
};
PaymentOutcome paymentOutcome(const Order& order);

// Where "Back to KooGallery Console" goes: the order's service flow when its product involves
// supervision and it was paid, otherwise Purchased Apps (also when there is no order).
Route consoleRouteAfterPayment(const Order* order);

struct PaymentResultState {
  std::string orderId;  // from the route's "order" parameter; empty when the link has none
  Remote<Order> order;
};

struct PaymentResultIntent {
  bool backToConsole = false;
  bool openOrders = false;
  bool retry = false;
};

PaymentResultIntent drawPaymentResult(Ui& ui, Host& host, PaymentResultState& state);

}  // namespace koo::ui
