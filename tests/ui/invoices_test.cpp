// Invoices against the real router and demo data: Billing Center > Invoices with its search and
// status filter, customer information set once (refused when the email is not an address,
// keeping what was typed), an invoice opened from its order, printed and downloaded as HTML,
// asked to return (then Return requested on the invoice and the order), and My Orders' column.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/invoice.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

namespace {

// The first invoice of alice's in `status`, from the demo store.
std::string aliceInvoice(ConsoleTestbed& bed, InvoiceStatus status) {
  for (const auto& r : bed.store().invoicesOf("buyer-001"))
    if (r.invoice.status == status) return r.invoice.invoiceId;
  ADD_FAILURE() << "no invoice in that state";
  return "";
}

}  // namespace

TEST(Invoices, ListUnderBillingCenterWithSearchAndStatusFilter) {
  ConsoleTestbed bed("#/orders");
  bed.click(Role::Link, "Invoices");
  EXPECT_EQ(bed.app().route().view, View::Invoices);
  ASSERT_NE(bed.find(Role::Table, "Invoices"), nullptr);
  EXPECT_NE(bed.find(Role::ColumnHeader, "Invoice No."), nullptr);
  EXPECT_FALSE(bed.rows("Invoices").empty());
  bed.open("#/invoices?status=RETURN_REQUESTED");
  const auto requested = bed.rows("Invoices");
  ASSERT_EQ(requested.size(), 1u);
  EXPECT_EQ(requested[0]->name.rfind(aliceInvoice(bed, InvoiceStatus::ReturnRequested), 0), 0u);
  const std::string id = aliceInvoice(bed, InvoiceStatus::Issued);
  bed.open("#/invoices");
  bed.typeInto("Search", id.substr(4));
  ASSERT_EQ(bed.rows("Invoices").size(), 1u);
  bed.click(*bed.child(*bed.rows("Invoices")[0], Role::Button));
  EXPECT_EQ(bed.app().route().view, View::InvoiceDetails);
  EXPECT_EQ(bed.app().route().id, id);
}

TEST(Invoices, CustomerInformationIsSetOnceAndABadEmailIsRefusedKeepingTheText) {
  ConsoleTestbed bed("#/invoices", "buyer-002");  // bob: nothing on file
  EXPECT_NE(bed.find(Role::Text, "Not set yet: invoices are issued to your account's name and email, without an address. "
                                 "Set it once and every later invoice uses it."),
            nullptr);
  bed.click(Role::Button, "Set customer information");
  ASSERT_NE(bed.find(Role::Dialog, "Customer information for invoices"), nullptr);
  bed.typeInto("Name or company", "Bob Studio", false);
  bed.typeInto("Email", "bob at example", false);
  bed.typeInto("Address", "1 Nanjing Road, Shanghai", false);
  bed.click(Role::Button, "Save");
  bed.settle();
  // Refused before sending: the dialog stays with the problem and the typed text.
  ASSERT_NE(bed.find(Role::Dialog, "Customer information for invoices"), nullptr);
  EXPECT_NE(bed.find(Role::Alert, "Enter a valid email address, such as name@example.com."), nullptr);
  EXPECT_TRUE(bed.postsTo("/invoice-customer").empty());
  EXPECT_EQ(bed.find(Role::Textbox, "Address")->value, "1 Nanjing Road, Shanghai");
  bed.typeInto("Email", "billing@bob.example.com", false);
  bed.click(Role::Button, "Save");
  bed.settle();
  EXPECT_EQ(bed.postsTo("/invoice-customer").size(), 1u);
  EXPECT_EQ(bed.find(Role::Dialog, "Customer information for invoices"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "Edit customer information"), nullptr);
  const auto kept = bed.store().findInvoiceCustomer("buyer-002");
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->customer.email, "billing@bob.example.com");
  EXPECT_FALSE(kept->customer.taxId);
}

TEST(Invoices, OpenedFromItsOrderPrintedAndDownloadedAsHtml) {
  ConsoleTestbed bed("#/orders");
  const std::string id = aliceInvoice(bed, InvoiceStatus::Issued);
  const std::string orderId = id.substr(4);
  bed.open("#/orders/" + orderId);
  EXPECT_NE(bed.find(Role::Text, "Invoice: Issued " + id), nullptr);
  bed.click(Role::Link, "View invoice");
  EXPECT_EQ(bed.app().route().view, View::InvoiceDetails);
  EXPECT_NE(bed.find(Role::Text, "Invoice " + id), nullptr);
  EXPECT_NE(bed.find(Role::Table, "Items"), nullptr);
  bed.click(Role::Button, "Print");
  ASSERT_EQ(bed.host().printed.size(), 1u);
  EXPECT_NE(bed.host().printed[0].find("<title>Invoice " + id + "</title>"), std::string::npos);
  bed.click(Role::Button, "Download");
  ASSERT_EQ(bed.host().downloads.size(), 1u);
  EXPECT_EQ(bed.host().downloads[0].fileName, "invoice-" + id + ".html");
  EXPECT_EQ(bed.host().downloads[0].mimeType, "text/html;charset=utf-8");
  EXPECT_EQ(bed.host().downloads[0].content, bed.host().printed[0]);
  EXPECT_NE(bed.host().downloads[0].content.find(orderId), std::string::npos);
}

TEST(Invoices, AskingToReturnConfirmsThenShowsReturnRequestedHereAndOnTheOrder) {
  ConsoleTestbed bed("#/orders");
  const std::string id = aliceInvoice(bed, InvoiceStatus::Issued);
  bed.open("#/invoices/" + id);
  bed.click(Role::Button, "Ask to return");
  ASSERT_NE(bed.find(Role::Dialog, "Return invoice " + id), nullptr);
  bed.typeInto("Reason (optional)", "Wrong company name", false);
  // The dialog's first button is its confirmation (the page's own "Ask to return" is behind it).
  bed.click(*bed.child(*bed.find(Role::Dialog, "Return invoice " + id), Role::Button));
  bed.settle();
  ASSERT_EQ(bed.postsTo("/return").size(), 1u);
  EXPECT_NE(bed.postsTo("/return")[0].body.find("Wrong company name"), std::string::npos);
  EXPECT_EQ(bed.find(Role::Button, "Ask to return"), nullptr);
  EXPECT_NE(bed.find(Role::Status, "Return requested"), nullptr);
  bed.open("#/orders/" + id.substr(4));
  EXPECT_NE(bed.find(Role::Text, "Invoice: Return requested"), nullptr);
  EXPECT_TRUE(invoiceBlocksUnsubscription(bed.store().findOrder("buyer-001", id.substr(4))->order));
}

TEST(Invoices, MyOrdersSaysEachOrdersInvoiceState) {
  ConsoleTestbed bed("#/orders?pageSize=100");
  EXPECT_NE(bed.find(Role::ColumnHeader, "Invoice"), nullptr);
  const std::string returned = aliceInvoice(bed, InvoiceStatus::Returned);
  bool sawReturned = false, sawNotIssued = false;
  for (const auto* row : bed.rows("Orders")) {
    const auto cells = bed.childNames(*row, Role::Cell);
    const bool isReturned = row->name.rfind(returned.substr(4), 0) == 0;
    for (const auto& cell : cells) {
      sawReturned |= isReturned && cell == "Returned";
      sawNotIssued |= cell == "Not issued";
    }
  }
  EXPECT_TRUE(sawReturned);
  EXPECT_TRUE(sawNotIssued);
}

TEST(Invoices, AnUnknownInvoiceSaysSoWithTheWayBack) {
  ConsoleTestbed bed("#/invoices/INV-none");
  EXPECT_NE(bed.find(Role::Heading, "Invoice not found"), nullptr);
  bed.click(Role::Link, "Back to Invoices");
  EXPECT_EQ(bed.app().route().view, View::Invoices);
}
