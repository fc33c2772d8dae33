// Whether an order's invoice still blocks its unsubscription (issued and not returned).
// The one question unsubscription asks of invoices (DOMAIN-LIFECYCLE §6: an issued KooGallery
// invoice must be returned before the order can be unsubscribed; docs/invoices.md).
#pragma once

#include "store.h"

namespace koo::backend {

// True while the order's invoice is ISSUED or RETURN_REQUESTED; false when none was issued
// or operations confirmed its return (RETURNED).
bool invoiceOutstanding(const OrderRecord& record);

}  // namespace koo::backend
