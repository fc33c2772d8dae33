// An invoice (#/invoices/{invoiceId}): its number, order, issue date, customer information as
// issued, lines and total, its state; Print and Download (the invoice as a standalone HTML
// document, core/invoice_document.h), and Ask to return an issued invoice (a confirmation with
// an optional reason, one request per intent).
#pragma once

#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct InvoiceDetailsState {
  std::string invoiceId;
  Remote<Invoice> invoice;
  bool askingReturn = false;
  std::string reason;                        // typed in the return dialog; kept until sent
  std::optional<std::string> reasonProblem;  // shown once Confirm was tried
  Remote<Invoice> returning;
  bool sent = false;                         // a request is in flight or was last sent...
  std::optional<std::string> sentReason;     // ...with this reason
  std::string key;                           // its Idempotency-Key, kept while its outcome is unknown
};

}  // namespace koo::ui
