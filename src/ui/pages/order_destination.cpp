// Where each order's product is now, from its status, type and supervision.
#include "order_destination.h"

#include "core/i18n.h"
#include "core/list_query.h"
#include "core/order_rules.h"
#include "core/text.h"

namespace koo::ui {
namespace {
constexpr const char* kNotProvisioned = "orders.note.not_provisioned";

OrderDestination note(std::string text) { return {OrderDestination::Kind::Note, {}, std::move(text)}; }
}  // namespace

OrderDestination destinationOf(const Order& order) {
  using Kind = OrderDestination::Kind;
  switch (order.status) {
    case OrderStatus::Cancelled:
      // Cancelled by the buyer or by the payment deadline: said in the buyer's language.
      if (order.cancelReason) return note(std::string(labelOf(*order.cancelReason)));
      return note(order.statusReason && !order.statusReason->empty() ? *order.statusReason : tr(kNotProvisioned));
    case OrderStatus::Processing:
      // Processing covers every order still under supervision, and purchases still being provisioned.
      if (order.involvesSupervision) return {Kind::ServiceFlow, order.orderId, {}};
      if (!order.instanceId) return note(tr("orders.note.provisioning"));
      break;
    case OrderStatus::PendingPayment:
      return note(tr("orders.note.waiting_payment"));
    case OrderStatus::PendingApproval:
      if (!order.instanceId) return note(tr("orders.note.waiting_approval"));
      break;
    case OrderStatus::PendingConfirmation:
      if (!order.instanceId) return note(tr("orders.note.waiting_confirmation"));
      break;
    case OrderStatus::Completed:
      if (order.instanceId) break;
      if (order.type == OrderType::Unsubscribe) return note(tr("orders.note.unsubscribed"));
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
