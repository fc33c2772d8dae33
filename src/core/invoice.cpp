// Invoice rules: customer information checks, issuing, the return request and its confirmation.
#include "invoice.h"

#include "i18n.h"
#include "text.h"

namespace koo {

namespace {

bool validDomain(std::string_view domain) {
  if (domain.size() < 3 || domain.find('.') == std::string_view::npos) return false;
  size_t start = 0;
  for (;;) {
    const size_t dot = domain.find('.', start);
    const std::string_view label = domain.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (label.empty() || label.front() == '-' || label.back() == '-') return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

}  // namespace

bool isValidEmail(std::string_view email) {
  if (email.size() > limits::kShortText) return false;
  for (unsigned char c : email)
    if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' || c == ',' || c == ';') return false;
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  return validDomain(email.substr(at + 1));
}

std::string_view CustomerProblem::fieldName() const {
  switch (field) {
    case CustomerField::Name: return "name";
    case CustomerField::Email: return "email";
    case CustomerField::Address: return "address";
    case CustomerField::TaxId: return "taxId";
  }
  return "";
}

std::string CustomerProblem::message() const {
  const char* fieldKey = field == CustomerField::TaxId ? "tax_id" : fieldName().data();
  const char* kindKey = kind == CustomerProblemKind::Missing   ? "missing"
                        : kind == CustomerProblemKind::Invalid ? "invalid"
                                                               : "too_long";
  return tr(std::string("invoice.problem.") + fieldKey + "." + kindKey);
}

std::optional<CustomerProblem> customerProblem(const InvoiceCustomer& customer) {
  using Kind = CustomerProblemKind;
  auto check = [](CustomerField field, const std::string& text, size_t limit,
                  bool required) -> std::optional<CustomerProblem> {
    if (required && isBlank(text)) return CustomerProblem{field, Kind::Missing};
    if (characterCount(text) > limit) return CustomerProblem{field, Kind::TooLong};
    return std::nullopt;
  };
  if (auto problem = check(CustomerField::Name, customer.name, limits::kName, true)) return problem;
  if (auto problem = check(CustomerField::Email, customer.email, limits::kShortText, true)) return problem;
  if (!isValidEmail(customer.email)) return CustomerProblem{CustomerField::Email, Kind::Invalid};
  if (auto problem = check(CustomerField::Address, customer.address, invoice_rules::kAddress, true)) return problem;
  if (customer.taxId)
    if (auto problem = check(CustomerField::TaxId, *customer.taxId, invoice_rules::kTaxId, false)) return problem;
  return std::nullopt;
}

std::string invoiceIdFor(const std::string& orderId) { return std::string(invoice_rules::kNumberPrefix) + orderId; }

// A refund's UNSUBSCRIBE order gets a credit memo (not modelled yet), never an invoice.
bool needsInvoice(const Order& order) {
  return order.paidTime.has_value() && order.amount.minorUnits > 0 && order.type != OrderType::Unsubscribe;
}

Invoice issueInvoice(const Order& paid, const std::optional<InvoiceCustomer>& onFile, const Buyer& account,
                     Timestamp now) {
  Invoice invoice;
  invoice.invoiceId = invoiceIdFor(paid.orderId);
  invoice.orderId = paid.orderId;
  invoice.orderType = paid.type;
  invoice.status = InvoiceStatus::Issued;
  invoice.issuedTime = now;
  invoice.customerOnFile = onFile.has_value();
  if (onFile) {
    invoice.customer = *onFile;
  } else {
    invoice.customer.name = account.displayName.empty() ? account.userName : account.displayName;
    invoice.customer.email = account.email;
  }
  InvoiceLine line;
  line.productName = paid.productName;
  line.specification = paid.specification;
  line.period = paid.period;
  line.quantity = paid.quantity;
  line.amount = paid.amount;
  invoice.lines.push_back(std::move(line));
  invoice.total = paid.amount;
  return invoice;
}

Order withInvoiceOf(Order order, const Invoice& invoice) {
  order.invoiceId = invoice.invoiceId;
  order.invoiceStatus = invoice.status;
  return order;
}

std::optional<std::string> returnRequestRefusal(const Invoice& invoice) {
  switch (invoice.status) {
    case InvoiceStatus::Issued: return std::nullopt;
    case InvoiceStatus::ReturnRequested: return tr("invoice.refusal.already_requested", {{"id", invoice.invoiceId}});
    case InvoiceStatus::Returned: return tr("invoice.refusal.already_returned", {{"id", invoice.invoiceId}});
  }
  return std::nullopt;
}

Invoice withReturnRequested(Invoice invoice, std::optional<std::string> reason, Timestamp now) {
  invoice.status = InvoiceStatus::ReturnRequested;
  invoice.returnReason = reason && !isBlank(*reason) ? reason : std::nullopt;
  invoice.returnRequestedTime = now;
  return invoice;
}

std::optional<std::string> returnConfirmRefusal(const Invoice& invoice) {
  if (invoice.status == InvoiceStatus::ReturnRequested) return std::nullopt;
  return tr("invoice.refusal.no_return_requested", {{"id", invoice.invoiceId}});
}

Invoice withReturned(Invoice invoice, Timestamp now) {
  invoice.status = InvoiceStatus::Returned;
  invoice.returnedTime = now;
  return invoice;
}

bool invoiceBlocksUnsubscription(InvoiceStatus status) {
  return status == InvoiceStatus::Issued || status == InvoiceStatus::ReturnRequested;
}

bool invoiceBlocksUnsubscription(const Order& order) {
  return order.invoiceStatus && invoiceBlocksUnsubscription(*order.invoiceStatus);
}

std::string_view labelOf(InvoiceStatus status) {
  switch (status) {
    case InvoiceStatus::Issued: return tr("invoice.status.ISSUED");
    case InvoiceStatus::ReturnRequested: return tr("invoice.status.RETURN_REQUESTED");
    case InvoiceStatus::Returned: return tr("invoice.status.RETURNED");
  }
  return "";
}

std::string orderInvoiceText(const Order& order) {
  if (!order.invoiceId || !order.invoiceStatus) return tr("invoice.order.not_issued");
  if (*order.invoiceStatus == InvoiceStatus::Issued) return tr("invoice.order.issued", {{"id", *order.invoiceId}});
  return std::string(labelOf(*order.invoiceStatus));
}

}  // namespace koo
