// Field lists of invoices: customer information, the invoice and its lines, the return request.
// Lengths only; what customer information the buyer may save is core/invoice.h's customerProblem.
#include "invoice.h"
#include "json_codec.h"

namespace koo {
namespace {

constexpr TextRule kEmail{limits::kShortText};
constexpr TextRule kAddress{invoice_rules::kAddress};
constexpr TextRule kTaxId{invoice_rules::kTaxId};
constexpr TextRule kReturnReason{invoice_rules::kReturnReason};
constexpr size_t kMaxLines = 30;  // a combined purchase's orders each have their own invoice

template <class V, MaybeConst<InvoiceCustomer> T>
void fields(V& v, T& x) {
  v.text("name", x.name, text_rules::kOptionalName);
  v.text("email", x.email, kEmail);
  v.text("address", x.address, kAddress);
  v.text("taxId", x.taxId, kTaxId);
}

template <class V, MaybeConst<InvoiceCustomerSetting> T>
void fields(V& v, T& x) {
  v.field("customer", x.customer);
  v.field("updatedTime", x.updatedTime);
}

template <class V, MaybeConst<InvoiceLine> T>
void fields(V& v, T& x) {
  v.text("productName", x.productName, text_rules::kName);
  v.text("specification", x.specification, text_rules::kOptionalName);
  v.field("period", x.period);
  v.integer("quantity", x.quantity, 1, 100000);
  v.field("amount", x.amount);
}

template <class V, MaybeConst<Invoice> T>
void fields(V& v, T& x) {
  v.text("invoiceId", x.invoiceId, text_rules::kId);
  v.text("orderId", x.orderId, text_rules::kId);
  v.field("orderType", x.orderType);
  v.field("status", x.status);
  v.field("issuedTime", x.issuedTime);
  v.field("customer", x.customer);
  v.field("customerOnFile", x.customerOnFile);
  v.list("lines", x.lines, kMaxLines);
  v.field("total", x.total);
  v.text("returnReason", x.returnReason, kReturnReason);
  v.field("returnRequestedTime", x.returnRequestedTime);
  v.field("returnedTime", x.returnedTime);
}

template <class V, MaybeConst<InvoiceReturnBody> T>
void fields(V& v, T& x) {
  v.text("reason", x.reason, kReturnReason);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(InvoiceCustomer)
KOO_CODEC_FROM_FIELDS(InvoiceCustomerSetting)
KOO_CODEC_FROM_FIELDS(InvoiceLine)
KOO_CODEC_FROM_FIELDS(Invoice)
KOO_CODEC_FROM_FIELDS(InvoiceReturnBody)

}  // namespace koo
