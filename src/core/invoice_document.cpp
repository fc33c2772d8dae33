// Writes an invoice as a standalone HTML document (see invoice_document.h).
#include "invoice_document.h"

#include <cctype>

#include "format.h"
#include "i18n.h"
#include "invoice.h"

namespace koo {

namespace {

void row(std::string& html, std::string_view labelKey, std::string_view value) {
  html += "<tr><th align=\"left\">" + htmlEscape(tr(labelKey)) + "</th><td>" + htmlEscape(value) + "</td></tr>\n";
}

}  // namespace

std::string htmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string invoiceHtml(const Invoice& invoice) {
  const std::string title = tr("invoice.document.title", {{"id", invoice.invoiceId}});
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(localeTag(currentLocale())) +
                     "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + htmlEscape(title) + "</title>\n</head>\n<body>\n";
  html += "<h1>" + htmlEscape(title) + "</h1>\n";
  if (invoice.status != InvoiceStatus::Issued)
    html += "<p><strong>" + htmlEscape(labelOf(invoice.status)) + "</strong></p>\n";
  html += "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">\n";
  row(html, "invoice.field.issuer", tr("invoice.issuer"));
  row(html, "invoice.field.number", invoice.invoiceId);
  row(html, "invoice.field.order", invoice.orderId);
  row(html, "invoice.field.issued", formatDateTime(invoice.issuedTime));
  row(html, "invoice.field.status", labelOf(invoice.status));
  html += "</table>\n<h2>" + htmlEscape(tr("invoice.section.customer")) + "</h2>\n";
  html += "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">\n";
  row(html, "invoice.field.name", invoice.customer.name);
  row(html, "invoice.field.email", invoice.customer.email);
  row(html, "invoice.field.address", invoice.customer.address.empty() ? "-" : invoice.customer.address);
  if (invoice.customer.taxId) row(html, "invoice.field.tax_id", *invoice.customer.taxId);
  html += "</table>\n";
  if (!invoice.customerOnFile) html += "<p>" + htmlEscape(tr("invoice.customer.not_on_file")) + "</p>\n";
  html += "<h2>" + htmlEscape(tr("invoice.section.lines")) + "</h2>\n";
  html += "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">\n<tr>";
  for (const char* key : {"invoice.column.product", "invoice.column.specification", "invoice.column.period",
                          "invoice.column.amount"})
    html += "<th>" + htmlEscape(tr(key)) + "</th>";
  html += "</tr>\n";
  for (const auto& line : invoice.lines) {
    std::string period = periodText(line.period);
    if (line.quantity && *line.quantity > 1) period += " \xC3\x97 " + std::to_string(*line.quantity);
    html += "<tr><td>" + htmlEscape(line.productName) + "</td><td>" + htmlEscape(line.specification) + "</td><td>" +
            htmlEscape(period) + "</td><td align=\"right\">" + htmlEscape(formatMoney(line.amount)) + "</td></tr>\n";
  }
  html += "<tr><th colspan=\"3\" align=\"right\">" + htmlEscape(tr("invoice.field.total")) +
          "</th><td align=\"right\"><strong>" + htmlEscape(formatMoney(invoice.total)) + " (" +
          htmlEscape(invoice.total.currency) + ")</strong></td></tr>\n</table>\n</body>\n</html>\n";
  return html;
}

std::string invoiceFileName(const Invoice& invoice) {
  std::string name = "invoice-";
  for (char c : invoice.invoiceId)
    name += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return name + ".html";
}

}  // namespace koo
