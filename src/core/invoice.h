// The rules of invoices (DOMAIN-LIFECYCLE §9, docs/invoices.md): Huawei Cloud issues one for each
// paid order by itself, to the customer information the buyer has on file; the buyer may ask to
// return an issued one, and while one is issued or its return pending the order can't be
// unsubscribed. The backend decides with them and the console explains with them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain.h"

namespace koo {

namespace invoice_rules {
constexpr size_t kAddress = 300;        // CHOICE
constexpr size_t kTaxId = 32;           // CHOICE
constexpr size_t kReturnReason = 200;   // CHOICE, as the unsubscription's free text
constexpr std::string_view kNumberPrefix = "INV-";
}  // namespace invoice_rules

// A plausible e-mail address: one @, a local part, a domain with a dot and no empty label, no
// spaces or control characters (the marketplace mails the invoice there).
bool isValidEmail(std::string_view email);

// What is wrong with customer information the buyer typed, field by field (first problem only).
enum class CustomerField { Name, Email, Address, TaxId };
enum class CustomerProblemKind { Missing, Invalid, TooLong };
struct CustomerProblem {
  CustomerField field = CustomerField::Email;
  CustomerProblemKind kind = CustomerProblemKind::Missing;
  std::string_view fieldName() const;  // "name", "email", "address", "taxId": the JSON key
  std::string message() const;         // in the console's language
};
std::optional<CustomerProblem> customerProblem(const InvoiceCustomer& customer);

// "INV-" and the order ID: one invoice per order, so issuing it twice is the same invoice.
std::string invoiceIdFor(const std::string& orderId);

// A paid order with something to pay gets an invoice (a free trial has nothing to invoice).
bool needsInvoice(const Order& order);

// The invoice of a paid order, issued at `now` to the customer information on file, else to
// the account's name and e-mail (customerOnFile false, no address).
Invoice issueInvoice(const Order& paid, const std::optional<InvoiceCustomer>& onFile, const Buyer& account,
                     Timestamp now);

// The order's copy of its invoice's number and state (what My Orders and the details show).
Order withInvoiceOf(Order order, const Invoice& invoice);

// Asking to return: only an ISSUED invoice; the refusal says why, in the console's language.
std::optional<std::string> returnRequestRefusal(const Invoice& invoice);
Invoice withReturnRequested(Invoice invoice, std::optional<std::string> reason, Timestamp now);
// Operations confirming the return: only a RETURN_REQUESTED invoice.
std::optional<std::string> returnConfirmRefusal(const Invoice& invoice);
Invoice withReturned(Invoice invoice, Timestamp now);

// Whether the order's invoice still blocks its unsubscription: issued and not returned
// (ISSUED or RETURN_REQUESTED; DOMAIN-LIFECYCLE §6). The console shows the same as the backend.
bool invoiceBlocksUnsubscription(const Order& order);
bool invoiceBlocksUnsubscription(InvoiceStatus status);

// "Issued", "Return requested", "Returned".
std::string_view labelOf(InvoiceStatus status);
// The order's invoice as details and My Orders say it: "Not issued", "Issued INV-...",
// "Return requested", "Returned".
std::string orderInvoiceText(const Order& order);

}  // namespace koo
