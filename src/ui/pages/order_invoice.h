// The order's invoice on its details: Not issued, Issued INV-..., Return requested or Returned,
// with View invoice once there is one (core/invoice.h says the state).
#pragma once

#include <optional>

#include "page_env.h"

namespace koo::ui {

void drawOrderInvoiceCard(Ui& ui, const Order& order, std::optional<Route>& go);

}  // namespace koo::ui
