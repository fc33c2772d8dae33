// Billing Center > Invoices (#/invoices): the buyer's customer information for invoices at the
// top, then the invoices the marketplace issued, searched by invoice or order number, filtered
// by status and paged; each row opens the invoice (#/invoices/{invoiceId}).
#pragma once

#include "list_page.h"

namespace koo::ui {

extern const ListSpec<InvoiceQuery, Invoice> kInvoicesList;

// The invoice's tone as a badge: issued green, return requested amber, returned grey.
Tone invoiceStatusTone(InvoiceStatus status);

}  // namespace koo::ui
