// Invoices through the router over the demo data: issued when an order is paid (to the customer
// information on file, else the account), the list and its filters, one invoice, customer
// information (validated, idempotent), the return request and operations' confirmation with the
// order following, buyer isolation; and invoice_gate's invoiceOutstanding.
#include "core/invoice.h"
#include "invoice_gate.h"
#include "router_fixture.h"

namespace koo::backend::test {
namespace {

class RouterInvoices : public RouterTest {
 protected:
  // The first seeded invoice of `buyerId` in `status`.
  std::string seededInvoice(const std::string& buyerId, InvoiceStatus status) {
    for (const auto& r : seed_.invoices)
      if (r.buyerId == buyerId && r.invoice.status == status) return r.invoice.invoiceId;
    ADD_FAILURE() << "no such invoice in the demo data";
    return "";
  }
  // alice's first unpaid NEW order the payment stand-in accepts.
  std::string payableOrder() {
    for (const auto& r : seed_.orders)
      if (r.buyerId == "buyer-001" && r.order.status == OrderStatus::PendingPayment && !r.paymentOutcome &&
          r.order.type == OrderType::New && !r.order.involvesSupervision &&
          r.order.createdTime + std::chrono::hours(24 * 7) > kFixedNow)
        return r.order.orderId;
    ADD_FAILURE() << "no payable order";
    return "";
  }
  Answer pay(const std::string& orderId, const std::string& token) {
    return post("/api/v1/orders/" + orderId + "/pay", R"({"method":"BALANCE"})", token);
  }
};

TEST_F(RouterInvoices, PayingAnOrderIssuesItsInvoiceToTheCustomerOnFile) {
  const std::string token = alice();
  const std::string orderId = payableOrder();
  EXPECT_FALSE(get("/api/v1/orders/" + orderId, token).json.contains("invoiceId"));
  const Answer paid = pay(orderId, token);
  ASSERT_EQ(paid.status(), 200) << paid.response.body;
  EXPECT_EQ(paid.json["invoiceId"], "INV-" + orderId);
  EXPECT_EQ(paid.json["invoiceStatus"], "ISSUED");
  const Answer invoice = get("/api/v1/invoices/INV-" + orderId, token);
  ASSERT_EQ(invoice.status(), 200) << invoice.response.body;
  const Invoice decoded = decodeJson<Invoice>(invoice.json).value();
  EXPECT_TRUE(decoded.customerOnFile);
  EXPECT_EQ(decoded.customer, store_->findInvoiceCustomer("buyer-001")->customer);
  EXPECT_EQ(decoded.issuedTime, kFixedNow);
  EXPECT_EQ(decoded.total, decodeJson<Order>(paid.json).value().amount);
  EXPECT_TRUE(invoiceOutstanding(*store_->findOrder("buyer-001", orderId)));
}

TEST_F(RouterInvoices, WithoutCustomerInformationTheInvoiceGoesToTheAccount) {
  const std::string token = bob();
  EXPECT_EQ(get("/api/v1/invoice-customer", token).json, Json::object());
  const std::string id = seededInvoice("buyer-002", InvoiceStatus::Issued);
  const Answer invoice = get("/api/v1/invoices/" + id, token);
  EXPECT_FALSE(invoice.json["customerOnFile"].get<bool>());
  EXPECT_EQ(invoice.json["customer"]["email"], "bob@example.com");
  EXPECT_EQ(invoice.json["customer"]["address"], "");
}

TEST_F(RouterInvoices, CustomerInformationIsValidatedAndKeptPerBuyer) {
  const std::string token = bob();
  const Json good{{"name", "Bob Studio"}, {"email", "billing@bob.example.com"}, {"address", "1 Nanjing Road"}};
  Json bad = good;
  bad["email"] = "bob at example";
  expectError(post("/api/v1/invoice-customer", bad.dump(), token), 422, "VALIDATION", "$.email");
  bad = good;
  bad.erase("address");
  expectError(post("/api/v1/invoice-customer", bad.dump(), token), 422, "VALIDATION", "$.address");
  const Answer saved = post("/api/v1/invoice-customer", good.dump(), token, "cust-1");
  ASSERT_EQ(saved.status(), 200) << saved.response.body;
  EXPECT_EQ(saved.json["customer"], good);
  const Answer replay = post("/api/v1/invoice-customer", good.dump(), token, "cust-1");
  EXPECT_EQ(replay.json, saved.json);
  EXPECT_EQ(get("/api/v1/invoice-customer", token).json["customer"], good);
  EXPECT_NE(get("/api/v1/invoice-customer", alice()).json["customer"], good);  // alice's stays hers
}

TEST_F(RouterInvoices, ListsSearchesFiltersAndIsolates) {
  const std::string token = alice();
  const Answer all = get("/api/v1/invoices", token, {{"pageSize", "100"}});
  ASSERT_EQ(all.status(), 200);
  const auto page = decodeJson<Page<Invoice>>(all.json).value();
  std::size_t alices = 0;
  for (const auto& r : seed_.invoices) alices += r.buyerId == "buyer-001";
  EXPECT_EQ(page.total, static_cast<std::int64_t>(alices));
  for (std::size_t i = 1; i < page.items.size(); ++i) EXPECT_GE(page.items[i - 1].issuedTime, page.items[i].issuedTime);
  for (InvoiceStatus status : allEnumValues<InvoiceStatus>()) {
    const Answer only = get("/api/v1/invoices", token, {{"status", std::string(toString(status))}});
    EXPECT_GE(only.json["total"].get<int>(), 1) << toString(status);
    for (const auto& item : only.json["items"]) EXPECT_EQ(item["status"], toString(status));
  }
  const std::string id = seededInvoice("buyer-001", InvoiceStatus::Issued);
  EXPECT_EQ(get("/api/v1/invoices", token, {{"q", id.substr(4)}}).json["items"][0]["invoiceId"], id);
  expectError(get("/api/v1/invoices", token, {{"status", "LOST"}}), 422, "VALIDATION", "query.status");
  expectError(get("/api/v1/invoices/" + id, bob()), 404, "NOT_FOUND");
  expectError(post("/api/v1/invoices/" + id + "/return", "{}", bob()), 404, "NOT_FOUND");
}

TEST_F(RouterInvoices, ReturnIsAskedOnceConfirmedOnceAndTheOrderFollows) {
  const std::string token = alice();
  const std::string id = seededInvoice("buyer-001", InvoiceStatus::Issued);
  const std::string orderId = id.substr(4);
  EXPECT_TRUE(invoiceOutstanding(*store_->findOrder("buyer-001", orderId)));
  const Answer asked = post("/api/v1/invoices/" + id + "/return", R"({"reason":"Wrong company name"})", token, "ret-1");
  ASSERT_EQ(asked.status(), 200) << asked.response.body;
  EXPECT_EQ(asked.json["status"], "RETURN_REQUESTED");
  EXPECT_EQ(asked.json["returnReason"], "Wrong company name");
  EXPECT_EQ(post("/api/v1/invoices/" + id + "/return", R"({"reason":"Wrong company name"})", token, "ret-1").json, asked.json);
  expectError(post("/api/v1/invoices/" + id + "/return", "", token), 409, "CONFLICT", "already been requested");
  EXPECT_EQ(get("/api/v1/orders/" + orderId, token).json["invoiceStatus"], "RETURN_REQUESTED");
  EXPECT_TRUE(invoiceOutstanding(*store_->findOrder("buyer-001", orderId)));  // still blocks until confirmed

  const Answer confirmed = post("/api/v1/test/invoices/" + id + "/confirm-return", "", token);
  ASSERT_EQ(confirmed.status(), 200) << confirmed.response.body;
  EXPECT_EQ(confirmed.json["status"], "RETURNED");
  EXPECT_EQ(get("/api/v1/orders/" + orderId, token).json["invoiceStatus"], "RETURNED");
  EXPECT_FALSE(invoiceOutstanding(*store_->findOrder("buyer-001", orderId)));
  expectError(post("/api/v1/test/invoices/" + id + "/confirm-return", "", token), 409, "CONFLICT");
  expectError(post("/api/v1/invoices/" + id + "/return", "{}", token), 409, "CONFLICT", "already been returned");
}

TEST_F(RouterInvoices, ConfirmingWithoutARequestIsRefused) {
  const std::string id = seededInvoice("buyer-001", InvoiceStatus::Issued);
  expectError(post("/api/v1/test/invoices/" + id + "/confirm-return", "", alice()), 409, "CONFLICT",
              "awaits confirmation");
}

TEST_F(RouterInvoices, DemoOrdersCarryTheirInvoicesState) {
  const std::string token = alice();
  for (InvoiceStatus status : allEnumValues<InvoiceStatus>()) {
    const std::string id = seededInvoice("buyer-001", status);
    const Answer order = get("/api/v1/orders/" + id.substr(4), token);
    EXPECT_EQ(order.json["invoiceId"], id);
    EXPECT_EQ(order.json["invoiceStatus"], toString(status));
  }
  // Every paid order with an amount has its invoice.
  for (const auto& r : seed_.orders)
    EXPECT_EQ(r.order.invoiceId.has_value(), needsInvoice(r.order)) << r.order.orderId;
}

// invoice_gate: the one question unsubscription asks, on the order record alone.
TEST(InvoiceGate, OutstandingWhileIssuedOrReturnRequested) {
  OrderRecord record;
  EXPECT_FALSE(invoiceOutstanding(record));  // none issued
  record.order.invoiceId = "INV-CS1";
  record.order.invoiceStatus = InvoiceStatus::Issued;
  EXPECT_TRUE(invoiceOutstanding(record));
  record.order.invoiceStatus = InvoiceStatus::ReturnRequested;
  EXPECT_TRUE(invoiceOutstanding(record));
  record.order.invoiceStatus = InvoiceStatus::Returned;
  EXPECT_FALSE(invoiceOutstanding(record));
}

}  // namespace
}  // namespace koo::backend::test
