// My Orders (#/orders, Billing Center): the buyer's orders, filtered, searched and paged through
// the backend, each pointing to where its product now is.
#pragma once

#include <optional>
#include <string>

#include "core/list_query.h"
#include "page_env.h"
#include "remote.h"

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

struct MyOrdersState : ListQueryState<OrderQuery> {
  Remote<Page<Order>> list;
};

struct MyOrdersIntent {
  std::optional<OrderQuery> query;  // search, filter, sort or page changed
  std::optional<Route> open;        // an order's destination
  bool retry = false;
};

MyOrdersIntent drawMyOrders(Ui& ui, Host& host, MyOrdersState& state);

class MyOrdersPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override { state_.list.drop(); }
  void draw(Ui& ui, const Route& route, PageEnv& env) override;
  const MyOrdersState& state() const { return state_; }

 private:
  void load(PageEnv& env);
  MyOrdersState state_;
};

}  // namespace koo::ui
