// Purchased Apps: the buyer's SaaS instances, searchable, filterable, sortable and paged through
// the backend, each row leading to its Resource Details.
#pragma once

#include "list_page.h"

namespace koo::ui {

using PurchasedAppsState = ListState<PurchasedAppQuery, PurchasedApp>;
extern const ListSpec<PurchasedAppQuery, PurchasedApp> kPurchasedAppsList;

Tone statusTone(ResourceStatus status);

}  // namespace koo::ui
