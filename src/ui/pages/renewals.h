// Billing Center > Renewals (#/renewals): the buyer's yearly/monthly apps with expiry, status and
// auto-renew; filtered by expiry window and auto-renew, searched, sorted and paged; renew one app
// or several ticked ones at once, turn auto-renew on or off, export the list as CSV.
#pragma once

#include "list_page.h"

namespace koo::ui {

extern const ListSpec<RenewalQuery, PurchasedApp> kRenewalsList;

}  // namespace koo::ui
