// The actions on an unpaid order shared by My Orders and the order's details: Pay (to the
// payment step) and Cancel (a confirmation, then one request per intent with its
// Idempotency-Key, and the outcome as a notice).
#pragma once

#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

// The order's load as its details and its payment step show it: not found (with the way back to
// My Orders in `go`), a failed load with Retry (`reload`), loading. The loaded order, or nullptr.
const Order* drawOrderLoad(Ui& ui, Host& host, const Remote<Order>& order, const std::string& orderId, bool& reload,
                           std::optional<Route>& go);

// Where Pay leads: the order's payment step (#/pay/{orderId}).
Route paymentRoute(const std::string& orderId);

struct CancelOrderState {
  std::optional<std::string> asking;  // the order whose cancellation awaits the buyer's OK
  std::string sentFor;                // the order of the request in flight or last sent
  std::string key;                    // its Idempotency-Key, kept while its outcome is unknown
  Remote<Order> call;
};

// Draws the confirmation while one is asked for; the order ID when the buyer confirmed.
std::optional<std::string> drawCancelConfirmation(Ui& ui, CancelOrderState& state);
// Draws the failed cancellation's error with Retry; true when Retry was clicked.
bool drawCancelError(Ui& ui, Host& host, const CancelOrderState& state);

// Sends the cancellation of `orderId` once (nothing while one is in flight); a retry of the
// same order whose outcome is unknown reuses the key.
void sendCancel(CancelOrderState& state, PageEnv& env, const std::string& orderId);
// Once a cancellation answered successfully: shows its notice, forgets it and returns true (the
// page reloads what it shows).
bool takeCancelled(CancelOrderState& state, PageEnv& env);
// Forgets any cancellation in flight or asked (leaving the view).
void dropCancel(CancelOrderState& state);

}  // namespace koo::ui
