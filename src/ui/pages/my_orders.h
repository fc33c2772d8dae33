// My Orders (#/orders, Billing Center): the buyer's orders, filtered, searched and paged through
// the backend, each pointing to where its product now is.
#pragma once

#include "list_page.h"
#include "order_destination.h"

namespace koo::ui {

using MyOrdersState = ListState<OrderQuery, Order>;
using MyOrdersIntent = ListIntent<OrderQuery>;
extern const ListSpec<OrderQuery, Order> kMyOrdersList;

}  // namespace koo::ui
