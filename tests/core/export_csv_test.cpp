// The CSV exports: BOM and CRLF, RFC 4180 quoting, formula injection neutralised, Chinese text
// kept as UTF-8, the order and renewal columns.
#include <gtest/gtest.h>

#include "core/export_csv.h"
#include "core/i18n.h"
#include "samples.h"

namespace koo {
namespace {

TEST(ExportCsv, CellsAreQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(csvCell("plain"), "plain");
  EXPECT_EQ(csvCell(""), "");
  EXPECT_EQ(csvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvCell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csvCell(" padded "), "\" padded \"");
  EXPECT_EQ(csvCell("云速建站 专业版"), "云速建站 专业版");
}

TEST(ExportCsv, CellsThatASpreadsheetWouldRunAsFormulasAreText) {
  EXPECT_EQ(csvCell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csvCell("+1"), "'+1");
  EXPECT_EQ(csvCell("-5+A1"), "'-5+A1");
  EXPECT_EQ(csvCell("-1234.56"), "-1234.56");  // a plain number is no formula: a refund stays a number
  EXPECT_EQ(csvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csvCell("\tx"), "'\tx");
  EXPECT_EQ(csvCell("a=b"), "a=b");
}

TEST(ExportCsv, TheDocumentStartsWithABomAndEndsEachLineWithCrLf) {
  const std::string csv = csvDocument({{"订单号", "金额"}, {"CS1", "1.00"}});
  EXPECT_EQ(csv, "\xEF\xBB\xBF订单号,金额\r\nCS1,1.00\r\n");
}

TEST(ExportCsv, OrdersHaveTheirIdsAmountsAndNeutralisedText) {
  Order order;
  order.orderId = "CS240074448683";
  order.combinedOrderId = "CB1";
  order.type = OrderType::Renewal;
  order.status = OrderStatus::PendingPayment;
  order.productId = "prod-site";
  order.productName = "=云速建站, 专业版";
  order.specification = "基础版";
  order.period = BillingPeriod{PeriodUnit::Month, 3};
  order.amount = Money{-123456, "CNY"};
  order.createdTime = samples::at("2025-01-15T08:00:00Z");
  order.instanceId = "ins-1";
  const std::string csv = ordersCsv({order});
  const std::string header = csv.substr(3, csv.find("\r\n") - 3);
  EXPECT_EQ(header, "Order No.,Combined order No.,Order type,Product,Product ID,Specification,Billing mode,Period,"
                    "Status,Instance ID,Created at,Paid at,Amount,Currency,Status reason");
  const std::string row = csv.substr(csv.find("\r\n") + 2);
  EXPECT_EQ(row, "CS240074448683,CB1,Renewal,\"'=云速建站, 专业版\",prod-site,基础版,Yearly/Monthly,3 months,"
                 "Pending payment,ins-1,2025-01-15 08:00 GMT+00:00,,-1234.56,CNY,\r\n");
}

TEST(ExportCsv, RenewalsHaveTheDefaultPeriodsPriceAndTheUnpaidOrder) {
  PurchasedApp app;
  app.instanceId = "ins-1";
  app.orderId = "CS1";
  app.productName = "CloudDesk CRM";
  app.specification = "Standard";
  app.period = BillingPeriod{PeriodUnit::Month, 3};
  app.expiryTime = samples::at("2025-04-30T10:00:00Z");
  app.renewalOffer = RenewalOffer{Money{9900, "CNY"}, 0};
  app.pendingOrderId = "CS9";
  const std::string csv = renewalsCsv({app}, samples::at("2025-04-01T00:00:00Z"));
  const std::string row = csv.substr(csv.find("\r\n") + 2);
  EXPECT_EQ(row, "CloudDesk CRM,ins-1,CS1,Standard,3 months,In use,2025-04-30 10:00 GMT+00:00,Auto-renew off,"
                 "3 months,297.00,CNY,CS9\r\n");
}

TEST(ExportCsv, HeadersFollowTheLanguage) {
  setCurrentLocale(Locale::ZhCN);
  const std::string csv = ordersCsv({});
  setCurrentLocale(Locale::En);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF订单号,合并订单号,", 0), 0u) << csv;
}

TEST(ExportCsv, FileNamesCarryTheLocalTime) {
  EXPECT_EQ(exportFileName("orders", samples::at("2025-11-27T21:05:00Z")), "orders-20251127-2105.csv");
}

}  // namespace
}  // namespace koo
