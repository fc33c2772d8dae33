// Invoice rules: e-mail and customer checks, issuing to what is on file (or the account), the
// return request and its confirmation, what blocks unsubscription, the order's invoice text,
// the invoice list's search and filter, and the HTML document (escaped, no script or style).
#include <gtest/gtest.h>

#include "core/i18n.h"
#include "core/invoice.h"
#include "core/invoice_document.h"
#include "core/list_select.h"

namespace koo {
namespace {

const Timestamp kPaid = parseIsoUtc("2025-03-01T08:00:00Z").value();

Order paidOrder(std::int64_t amount = 99000) {
  Order order;
  order.orderId = "CS240001048573";
  order.productName = "CloudDesk CRM";
  order.specification = "Standard, 10 users";
  order.period = BillingPeriod{PeriodUnit::Year, 1};
  order.quantity = 2;
  order.amount = Money{amount, "CNY"};
  order.status = OrderStatus::Completed;
  order.paidTime = kPaid;
  return order;
}

InvoiceCustomer customer() { return {"Zhang Trading Co., Ltd.", "invoices@zhang.example.com", "88 Century Avenue", std::nullopt}; }

TEST(InvoiceRules, EmailsMustBeAddresses) {
  for (const char* good : {"a@b.cn", "first.last+tag@mail.example.com", "x_y@sub-domain.example.org"})
    EXPECT_TRUE(isValidEmail(good)) << good;
  for (const char* bad : {"", "plain", "@example.com", "a@", "a@b", "a@@b.com", "a b@c.com", "a@b..com", "a@.b.com",
                          "a@b.com.", "a@-b.com", "<a@b.com>", "a@b,c.com"})
    EXPECT_FALSE(isValidEmail(bad)) << bad;
  EXPECT_FALSE(isValidEmail(std::string(120, 'a') + "@example.com"));  // over 128 characters
}

TEST(InvoiceRules, CustomerInformationNeedsNameEmailAndAddress) {
  EXPECT_FALSE(customerProblem(customer()));
  auto problemOf = [](InvoiceCustomer c) { return customerProblem(c).value(); };
  InvoiceCustomer c = customer();
  c.name = "  ";
  EXPECT_EQ(problemOf(c).field, CustomerField::Name);
  c = customer();
  c.email = "";
  EXPECT_EQ(problemOf(c).kind, CustomerProblemKind::Missing);
  c.email = "nobody";
  EXPECT_EQ(problemOf(c).field, CustomerField::Email);
  EXPECT_EQ(problemOf(c).kind, CustomerProblemKind::Invalid);
  EXPECT_EQ(problemOf(c).fieldName(), "email");
  EXPECT_EQ(problemOf(c).message(), "Enter a valid email address, such as name@example.com.");
  c = customer();
  c.address = "";
  EXPECT_EQ(problemOf(c).field, CustomerField::Address);
  c.address = std::string(invoice_rules::kAddress + 1, 'x');
  EXPECT_EQ(problemOf(c).kind, CustomerProblemKind::TooLong);
  c = customer();
  c.taxId = std::string(invoice_rules::kTaxId + 1, '9');
  EXPECT_EQ(problemOf(c).field, CustomerField::TaxId);
  c.taxId = "";  // optional: blank is fine
  EXPECT_FALSE(customerProblem(c));
  // Characters, not bytes: 300 Chinese characters are a valid address.
  c.address.clear();
  for (int i = 0; i < 300; ++i) c.address += "\xE8\xB7\xAF";
  EXPECT_FALSE(customerProblem(c));
}

TEST(InvoiceRules, IssuesToTheCustomerOnFileWithTheOrdersLine) {
  const Buyer account{"buyer-001", "alice", "Alice Zhang", "alice@example.com"};
  const Invoice invoice = issueInvoice(paidOrder(), customer(), account, kPaid);
  EXPECT_EQ(invoice.invoiceId, "INV-CS240001048573");
  EXPECT_EQ(invoice.invoiceId, invoiceIdFor(invoice.orderId));
  EXPECT_EQ(invoice.status, InvoiceStatus::Issued);
  EXPECT_EQ(invoice.issuedTime, kPaid);
  EXPECT_TRUE(invoice.customerOnFile);
  EXPECT_EQ(invoice.customer, customer());
  ASSERT_EQ(invoice.lines.size(), 1u);
  EXPECT_EQ(invoice.lines[0].productName, "CloudDesk CRM");
  EXPECT_EQ(invoice.lines[0].period, (BillingPeriod{PeriodUnit::Year, 1}));
  EXPECT_EQ(invoice.lines[0].quantity, 2);
  EXPECT_EQ(invoice.total, (Money{99000, "CNY"}));
}

TEST(InvoiceRules, WithoutCustomerInformationIssuesToTheAccount) {
  const Buyer account{"buyer-002", "bob", "Bob Li", "bob@example.com"};
  const Invoice invoice = issueInvoice(paidOrder(), std::nullopt, account, kPaid);
  EXPECT_FALSE(invoice.customerOnFile);
  EXPECT_EQ(invoice.customer.name, "Bob Li");
  EXPECT_EQ(invoice.customer.email, "bob@example.com");
  EXPECT_EQ(invoice.customer.address, "");
}

TEST(InvoiceRules, OnlyPaidOrdersWithAnAmountNeedAnInvoice) {
  EXPECT_TRUE(needsInvoice(paidOrder()));
  EXPECT_FALSE(needsInvoice(paidOrder(0)));  // a free trial
  Order unpaid = paidOrder();
  unpaid.paidTime.reset();
  EXPECT_FALSE(needsInvoice(unpaid));
}

TEST(InvoiceRules, ReturnIsAskedForOnceThenConfirmedOnce) {
  const Buyer account{"buyer-001", "alice", "Alice Zhang", "alice@example.com"};
  Invoice invoice = issueInvoice(paidOrder(), customer(), account, kPaid);
  EXPECT_FALSE(returnRequestRefusal(invoice));
  EXPECT_TRUE(returnConfirmRefusal(invoice));  // nothing asked yet
  invoice = withReturnRequested(invoice, "Wrong name", kPaid + std::chrono::hours(1));
  EXPECT_EQ(invoice.status, InvoiceStatus::ReturnRequested);
  EXPECT_EQ(invoice.returnReason, "Wrong name");
  EXPECT_EQ(invoice.returnRequestedTime, kPaid + std::chrono::hours(1));
  EXPECT_EQ(returnRequestRefusal(invoice), "The return of invoice INV-CS240001048573 has already been requested.");
  EXPECT_FALSE(returnConfirmRefusal(invoice));
  invoice = withReturned(invoice, kPaid + std::chrono::hours(2));
  EXPECT_EQ(invoice.status, InvoiceStatus::Returned);
  EXPECT_EQ(invoice.returnedTime, kPaid + std::chrono::hours(2));
  EXPECT_TRUE(returnRequestRefusal(invoice));
  EXPECT_TRUE(returnConfirmRefusal(invoice));
  // A blank reason is no reason.
  EXPECT_FALSE(withReturnRequested(issueInvoice(paidOrder(), customer(), account, kPaid), "  ", kPaid).returnReason);
}

TEST(InvoiceRules, IssuedAndReturnRequestedBlockUnsubscriptionReturnedDoesNot) {
  Order order = paidOrder();
  EXPECT_FALSE(invoiceBlocksUnsubscription(order));
  EXPECT_EQ(orderInvoiceText(order), "Not issued");
  const Buyer account{"buyer-001", "alice", "Alice Zhang", "alice@example.com"};
  Invoice invoice = issueInvoice(order, customer(), account, kPaid);
  order = withInvoiceOf(order, invoice);
  EXPECT_TRUE(invoiceBlocksUnsubscription(order));
  EXPECT_EQ(orderInvoiceText(order), "Issued INV-CS240001048573");
  order = withInvoiceOf(order, withReturnRequested(invoice, std::nullopt, kPaid));
  EXPECT_TRUE(invoiceBlocksUnsubscription(order));
  EXPECT_EQ(orderInvoiceText(order), "Return requested");
  order = withInvoiceOf(order, withReturned(invoice, kPaid));
  EXPECT_FALSE(invoiceBlocksUnsubscription(order));
  EXPECT_EQ(orderInvoiceText(order), "Returned");
  EXPECT_EQ(order.invoiceId, "INV-CS240001048573");
}

TEST(InvoiceRules, ListSearchesNumbersAndFiltersByStatus) {
  const Buyer account{"buyer-001", "alice", "Alice Zhang", "alice@example.com"};
  std::vector<Invoice> rows;
  for (int i = 0; i < 3; ++i) {
    Order order = paidOrder(1000 * (i + 1));
    order.orderId = "CS00000" + std::to_string(i);
    rows.push_back(issueInvoice(order, customer(), account, kPaid + std::chrono::hours(i)));
  }
  rows[1] = withReturnRequested(rows[1], std::nullopt, kPaid);
  InvoiceQuery query;
  EXPECT_EQ(selectInvoices(rows, query).items.front().invoiceId, "INV-CS000002");  // newest first
  query.q = "inv-cs000001";
  EXPECT_EQ(selectInvoices(rows, query).total, 1);
  query.q = "CS000000";  // the order ID
  EXPECT_EQ(selectInvoices(rows, query).items.at(0).orderId, "CS000000");
  query = InvoiceQuery{};
  query.status = InvoiceStatus::ReturnRequested;
  EXPECT_EQ(selectInvoices(rows, query).items.at(0).invoiceId, "INV-CS000001");
  const auto parsed = parseInvoiceQuery({{"status", "RETURNED"}, {"sort", "total"}, {"order", "asc"}});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->status, InvoiceStatus::Returned);
  EXPECT_EQ(toQueryParams(parsed.value()).at("status"), "RETURNED");
  EXPECT_FALSE(parseInvoiceQuery({{"status", "LOST"}}).ok());
}

TEST(InvoiceDocument, IsStandaloneEscapedHtmlWithoutScriptOrStyle) {
  const Buyer account{"buyer-001", "alice", "Alice Zhang", "alice@example.com"};
  Order order = paidOrder();
  order.productName = "CRM <script>alert(1)</script> & \"more\"";
  const Invoice invoice = issueInvoice(order, customer(), account, kPaid);
  const std::string html = invoiceHtml(invoice);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<title>Invoice INV-CS240001048573</title>"), std::string::npos);
  EXPECT_NE(html.find("Huawei Cloud"), std::string::npos);
  EXPECT_NE(html.find("Zhang Trading Co., Ltd."), std::string::npos);
  EXPECT_NE(html.find("CRM &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"), std::string::npos);
  EXPECT_NE(html.find("\xC2\xA5" "990.00"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<style"), std::string::npos);
  EXPECT_EQ(html.find("style="), std::string::npos);
  EXPECT_EQ(invoiceFileName(invoice), "invoice-INV-CS240001048573.html");
  // A returned invoice says so; one issued without customer information says to whom it went.
  Invoice returned = withReturned(issueInvoice(paidOrder(), std::nullopt, account, kPaid), kPaid);
  const std::string returnedHtml = invoiceHtml(returned);
  EXPECT_NE(returnedHtml.find("<strong>Returned</strong>"), std::string::npos);
  EXPECT_NE(returnedHtml.find("went to the account"), std::string::npos);
  setCurrentLocale(Locale::ZhCN);
  EXPECT_NE(invoiceHtml(invoice).find("\xE5\x8F\x91\xE7\xA5\xA8"), std::string::npos);  // 发票
  setCurrentLocale(Locale::En);
}

}  // namespace
}  // namespace koo
