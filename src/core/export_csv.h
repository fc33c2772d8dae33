// CSV exports of My Orders and Renewals that Excel opens as written, Chinese included: UTF-8
// with a byte-order mark, CRLF lines, RFC 4180 quoting, and cells that a spreadsheet would run
// as a formula (= + - @, tab, carriage return first; not a plain number like -12.50) neutralised
// with a leading apostrophe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain.h"

namespace koo {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
inline constexpr int kMaxExportRows = 10000;  // DOMAIN-LIFECYCLE §3 (CHOICE)

// One cell: neutralised against formula injection, then quoted when it holds a comma, a quote,
// a line break or leading/trailing spaces (inner quotes doubled).
std::string csvCell(std::string_view text);
// The whole file: BOM, then each row's cells joined by commas, each line ended by CRLF.
std::string csvDocument(const std::vector<std::vector<std::string>>& rows);

// My Orders: DOMAIN-LIFECYCLE §3's columns that the console knows, headers in the current
// language; times in the display time zone, amounts as decimal numbers (Excel sums them).
std::string ordersCsv(const std::vector<Order>& orders);
// Renewals: the table's columns plus IDs and the price of the default renewal period.
std::string renewalsCsv(const std::vector<PurchasedApp>& apps, Timestamp now);

// "orders-20251127-2105.csv": a file name with the export's local time.
std::string exportFileName(std::string_view what, Timestamp now);

}  // namespace koo
