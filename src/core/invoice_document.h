// An invoice as a standalone HTML document: what the console downloads and prints. Plain HTML
// with no script and no style element or attribute (presentational table attributes only), so
// it prints the same under the console's strict CSP as opened from the downloaded file.
#pragma once

#include <string>
#include <string_view>

#include "domain.h"

namespace koo {

// & < > " ' as character references.
std::string htmlEscape(std::string_view text);

// The document in the console's language, times in the display time zone. Issued by Huawei
// Cloud (DOMAIN-LIFECYCLE §9); a returned or to-be-returned invoice says so in its title.
std::string invoiceHtml(const Invoice& invoice);

// "invoice-INV-CS2411000001.html"
std::string invoiceFileName(const Invoice& invoice);

}  // namespace koo
