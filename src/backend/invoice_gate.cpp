// Answers invoice_gate.h's question; until orders carry their invoice state, none is outstanding.
#include "invoice_gate.h"

namespace koo::backend {

bool invoiceOutstanding(const OrderRecord&) {
  // Wired to the order's invoice state when invoices land (issue 14, invoice part).
  return false;
}

}  // namespace koo::backend
