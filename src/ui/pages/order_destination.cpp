// Where each order's product is now, from its status, type and supervision.
#include "order_destination.h"

#include "core/list_query.h"
#include "core/text.h"

namespace koo::ui {
namespace {
constexpr const char* kNotProvisioned =
    "This purchase failed and was cancelled; it was not provisioned. Contact the seller if you were charged.";

OrderDestination note(std::string text) { return {OrderDestination::Kind::Note, {}, std::move(text)}; }
}  // namespace

OrderDestination destinationOf(const Order& order) {
  using Kind = OrderDestination::Kind;
  switch (order.status) {
    case OrderStatus::Cancelled:
      return note(order.statusReason && !order.statusReason->empty() ? *order.statusReason : kNotProvisioned);
    case OrderStatus::Processing:
      // Processing covers every order still under supervision, and purchases still being provisioned.
      if (order.involvesSupervision) return {Kind::ServiceFlow, order.orderId, {}};
      if (!order.instanceId) return note("The seller is still provisioning it; it appears in Purchased Apps when ready.");
      break;
    case OrderStatus::PendingPayment:
      return note("Waiting for payment.");
    case OrderStatus::PendingApproval:
      if (!order.instanceId) return note("Waiting for approval.");
      break;
    case OrderStatus::PendingConfirmation:
      if (!order.instanceId) return note("Waiting for confirmation.");
      break;
    case OrderStatus::Completed:
      if (order.instanceId) break;
      if (order.type == OrderType::Unsubscribe) return note("Unsubscribed: the app is no longer in use.");
      return {Kind::PurchasedApps, order.productName, {}};
  }
  if (order.instanceId) return {Kind::ResourceDetails, *order.instanceId, {}};
  return note("-");
}

std::optional<Route> destinationRoute(const OrderDestination& destination, const Order& order) {
  switch (destination.kind) {
    case OrderDestination::Kind::ResourceDetails: return Route{View::ResourceDetails, destination.target, {}};
    case OrderDestination::Kind::ServiceFlow: return Route{View::SupervisionDetails, destination.target, {}};
    case OrderDestination::Kind::PurchasedApps: {
      PurchasedAppQuery query;
      query.q = firstCharacters(order.productName, limits::kSearch);
      return Route{View::PurchasedApps, {}, toQueryParams(query)};
    }
    case OrderDestination::Kind::Note: break;
  }
  return std::nullopt;
}

Tone orderStatusTone(OrderStatus status) {
  switch (status) {
    case OrderStatus::Completed: return Tone::Success;
    case OrderStatus::Processing: return Tone::Info;
    case OrderStatus::PendingApproval:
    case OrderStatus::PendingPayment:
    case OrderStatus::PendingConfirmation: return Tone::Warning;
    case OrderStatus::Cancelled: return Tone::Neutral;
  }
  return Tone::Neutral;
}

}  // namespace koo::ui
