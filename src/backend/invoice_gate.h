// The one question unsubscription asks of invoices (DOMAIN-LIFECYCLE §6, §9): has an invoice
// been issued for the order and not returned? Such an invoice blocks the unsubscription.
#pragma once

#include "store.h"

namespace koo::backend {

bool invoiceOutstanding(const OrderRecord& order);

}  // namespace koo::backend
