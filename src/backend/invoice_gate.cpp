// Whether an order's invoice still blocks its unsubscription (issued and not returned).
// The order keeps its invoice's state (set with the invoice in one store change), so the order
// record alone answers; core's invoiceBlocksUnsubscription is the rule the console shows too.
#include "invoice_gate.h"

#include "core/invoice.h"

namespace koo::backend {

bool invoiceOutstanding(const OrderRecord& record) { return invoiceBlocksUnsubscription(record.order); }

}  // namespace koo::backend
