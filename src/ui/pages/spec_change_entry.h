// Where changing specifications and buying a trial start: the Purchased Apps row action and
// Resource Details' card (a trial's end and Buy; Change Specifications; a change at renewal).
#pragma once

#include <optional>

#include "navigation.h"
#include "page_env.h"

namespace koo::ui {

// Purchased Apps' row: "Trial ends ..." and Buy for a trial, Change Specifications for a
// yearly/monthly app in use. Returns the route asked for.
std::optional<Route> drawSpecChangeRowAction(Ui& ui, const PurchasedApp& app, Timestamp now);

// Resource Details' card: the users of a per-user app, a change waiting for its renewed period,
// a trial's end with Buy, Change Specifications. Returns the route asked for.
std::optional<Route> drawSpecChangeCard(Ui& ui, const PurchasedApp& app, Timestamp now);

}  // namespace koo::ui
