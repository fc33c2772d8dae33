// Building the CSV exports: cells, the document, and the columns of each list.
#include "export_csv.h"

#include <cstdio>

#include "format.h"
#include "i18n.h"
#include "renewal.h"

namespace koo {
namespace {

// "1234.50": a plain decimal a spreadsheet reads as a number (the currency has its own column).
std::string decimalAmount(const Money& money) {
  const std::int64_t magnitude = money.minorUnits < 0 ? -money.minorUnits : money.minorUnits;
  char text[40];
  std::snprintf(text, sizeof text, "%s%lld.%02d", money.minorUnits < 0 ? "-" : "",
                static_cast<long long>(magnitude / 100), static_cast<int>(magnitude % 100));
  return text;
}

// "-1234.56": a plain number, which no spreadsheet runs as a formula.
bool plainNumber(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  bool dot = false;
  for (char c : text) {
    if (c == '.' && !dot) dot = true;
    else if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string optionalTime(const std::optional<Timestamp>& time) { return time ? formatDateTime(*time) : ""; }

std::vector<std::string> headers(std::initializer_list<const char*> keys) {
  std::vector<std::string> row;
  for (const char* key : keys) row.push_back(tr(key));
  return row;
}

}  // namespace

std::string csvCell(std::string_view text) {
  std::string cell(text);
  // A spreadsheet runs a cell starting with these as a formula; the apostrophe makes it text.
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos && !plainNumber(cell))
    cell.insert(cell.begin(), '\'');
  const bool quote = cell.find_first_of(",\"\r\n") != std::string::npos ||
                     (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string csvDocument(const std::vector<std::vector<std::string>>& rows) {
  std::string out(kUtf8Bom);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += csvCell(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string ordersCsv(const std::vector<Order>& orders) {
  std::vector<std::vector<std::string>> rows{
      headers({"export.col.order_id", "export.col.combined_order_id", "export.col.type", "export.col.product",
               "export.col.product_id", "export.col.specification", "export.col.billing_mode", "export.col.period",
               "export.col.status", "export.col.instance_id", "export.col.created", "export.col.paid",
               "export.col.amount", "export.col.currency", "export.col.status_reason"})};
  for (const auto& order : orders)
    rows.push_back({order.orderId, order.combinedOrderId.value_or(""), std::string(labelOf(order.type)),
                    order.productName, order.productId, order.specification, std::string(labelOf(order.billingMode)),
                    order.period ? billingPeriodText(*order.period) : "", std::string(labelOf(order.status)),
                    order.instanceId.value_or(""), formatDateTime(order.createdTime), optionalTime(order.paidTime),
                    decimalAmount(order.amount), order.amount.currency, order.statusReason.value_or("")});
  return csvDocument(rows);
}

std::string renewalsCsv(const std::vector<PurchasedApp>& apps, Timestamp now) {
  std::vector<std::vector<std::string>> rows{
      headers({"export.col.product", "export.col.instance_id", "export.col.order_id", "export.col.specification",
               "export.col.period", "export.col.status", "export.col.expires", "export.col.auto_renew",
               "export.col.renewal_period", "export.col.renewal_price", "export.col.currency",
               "export.col.pending_order_id"})};
  for (const auto& app : apps) {
    const auto period = defaultRenewalPeriod(app);
    const auto price = period ? renewalPrice(app, *period) : Expected<Money, RenewalRefusal>(RenewalRefusal{});
    rows.push_back({app.productName, app.instanceId, app.orderId, app.specification, periodText(app.period),
                    std::string(labelOf(withStatusAt(app, now).status)), optionalTime(app.expiryTime),
                    app.autoRenewPeriod ? billingPeriodText(*app.autoRenewPeriod) : tr("renewals.auto.off"),
                    period ? billingPeriodText(*period) : "", price.ok() ? decimalAmount(price.value()) : "",
                    price.ok() ? price.value().currency : "", app.pendingOrderId.value_or("")});
  }
  return csvDocument(rows);
}

std::string exportFileName(std::string_view what, Timestamp now) {
  const CivilTime c = toCivil(now + std::chrono::minutes{displayTimeZone().offsetMinutesAt(now)});
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "-%04d%02d%02d-%02d%02d.csv", c.year, c.month, c.day, c.hour, c.minute);
  return std::string(what) + stamp;
}

}  // namespace koo
