// Where an order's product is now (its Resource Details, its service flow, Purchased Apps, or a
// note saying why nowhere), and the tone of an order's status badge. Used by My Orders and the
// payment result.
#pragma once

#include <optional>
#include <string>

#include "core/domain.h"
#include "navigation.h"
#include "widgets_data.h"

namespace koo::ui {

// Where an order's product is now, for the operation column.
struct OrderDestination {
  enum class Kind {
    ResourceDetails,  // provisioned: its Resource Details (target = instance ID)
    ServiceFlow,      // under supervision: its service flow (target = order ID)
    PurchasedApps,    // done but no instance ID (e.g. a renewal): Purchased Apps searched by product
    Note,             // nowhere to go: `note` says why
  };
  Kind kind = Kind::Note;
  std::string target;
  std::string note;
};
OrderDestination destinationOf(const Order& order);
// The route the destination opens (Note has none).
std::optional<Route> destinationRoute(const OrderDestination& destination, const Order& order);

Tone orderStatusTone(OrderStatus status);

}  // namespace koo::ui
