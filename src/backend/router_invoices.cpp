// Handlers of invoices (issue 14, docs/invoices.md): the list and one invoice, the buyer's
// customer information, asking to return an issued invoice, operations confirming the return
// (test mode), and issuing the invoice when an order is paid. An invoice and its order's copy of
// its number and state always change in the same store change.
#include "core/invoice.h"
#include "core/list_select.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

std::vector<Invoice> invoicesIn(std::vector<InvoiceRecord> records) {
  std::vector<Invoice> invoices;
  for (auto& record : records) invoices.push_back(std::move(record.invoice));
  return invoices;
}

// The invoice and its order in one change; the order is the buyer's (the invoice was found so).
Outcome movedInvoice(Call& call, Store& store, InvoiceRecord record, Invoice moved) {
  auto order = store.findOrder(call.buyerId(), record.invoice.orderId);
  if (!order) return notFound("No order " + record.invoice.orderId + " of invoice " + record.invoice.invoiceId);
  record.invoice = std::move(moved);
  order->order = withInvoiceOf(std::move(order->order), record.invoice);
  Reply reply{200, toJsonValue(record.invoice), {}};
  reply.change.putOrders.push_back(std::move(*order));
  reply.change.putInvoices.push_back(std::move(record));
  return reply;
}

}  // namespace

void issueInvoiceOnPayment(OrderRecord& record, Store& store, Timestamp now, StoreChange& change) {
  if (!needsInvoice(record.order) || record.order.invoiceId) return;
  std::optional<InvoiceCustomer> onFile;
  if (auto customer = store.findInvoiceCustomer(record.buyerId)) onFile = customer->customer;
  Buyer account;
  if (auto buyer = store.findBuyerById(record.buyerId)) account = buyer->buyer;
  InvoiceRecord invoice{record.buyerId, issueInvoice(record.order, onFile, account, now)};
  record.order = withInvoiceOf(std::move(record.order), invoice.invoice);
  change.putInvoices.push_back(std::move(invoice));
}

Outcome Handlers::listInvoices(Call& call) {
  auto query = parseInvoiceQuery(call.request.query);
  if (!query.ok()) return fromDecodeError(query.error());
  return Reply{200, toJsonValue(selectInvoices(invoicesIn(store_.invoicesOf(call.buyerId())), query.value())), {}};
}

Outcome Handlers::invoiceDetails(Call& call) {
  auto record = store_.findInvoice(call.buyerId(), call.param);
  if (!record) return notFound("No invoice " + call.param);
  return Reply{200, toJsonValue(record->invoice), {}};
}

Outcome Handlers::requestInvoiceReturn(Call& call) {
  auto body = decodeBody<InvoiceReturnBody>(call, /*optional=*/true);
  if (!body.ok()) return body.error();
  auto record = store_.findInvoice(call.buyerId(), call.param);
  if (!record) return notFound("No invoice " + call.param);
  if (auto refused = returnRequestRefusal(record->invoice)) return conflict(*refused);
  Invoice moved = withReturnRequested(record->invoice, body->reason, call.now);
  return movedInvoice(call, store_, std::move(*record), std::move(moved));
}

Outcome Handlers::invoiceCustomer(Call& call) {
  InvoiceCustomerSetting setting;
  if (auto record = store_.findInvoiceCustomer(call.buyerId())) {
    setting.customer = record->customer;
    setting.updatedTime = record->updatedTime;
  }
  return Reply{200, toJsonValue(setting), {}};
}

Outcome Handlers::setInvoiceCustomer(Call& call) {
  auto body = decodeBody<InvoiceCustomer>(call);
  if (!body.ok()) return body.error();
  if (auto problem = customerProblem(body.value()))
    return ApiError{ErrorCode::Validation, "$." + std::string(problem->fieldName()) + ": " + problem->message()};
  InvoiceCustomerRecord record{call.buyerId(), body.value(), call.now};
  Reply reply{200, toJsonValue(InvoiceCustomerSetting{record.customer, record.updatedTime}), {}};
  reply.change.putInvoiceCustomer = std::move(record);
  return reply;
}

Outcome Handlers::confirmInvoiceReturn(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  auto record = store_.findInvoice(call.buyerId(), call.param);
  if (!record) return notFound("No invoice " + call.param);
  if (auto refused = returnConfirmRefusal(record->invoice)) return conflict(*refused);
  Invoice moved = withReturned(record->invoice, call.now);
  return movedInvoice(call, store_, std::move(*record), std::move(moved));
}

}  // namespace koo::backend::detail
