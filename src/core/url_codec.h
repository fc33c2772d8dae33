// Percent-encoding and query strings (RFC 3986), used to build request URLs and to read the
// query of an incoming request; and the check of which URLs the console may open.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace koo {

using QueryParams = std::map<std::string, std::string>;

// Keeps unreserved characters (A-Z a-z 0-9 - . _ ~), encodes every other byte as %XX.
std::string percentEncode(std::string_view text);
// Decodes %XX (and '+' as a space when `plusIsSpace`); nullopt on a broken escape.
std::optional<std::string> percentDecode(std::string_view text, bool plusIsSpace = true);

// The "key=value" pairs of a query string (no leading '?'), still percent-encoded, in order;
// empty pairs are skipped and a pair without '=' has an empty value.
std::vector<std::pair<std::string_view, std::string_view>> splitQueryPairs(std::string_view query);

// "a=1&q=caf%C3%A9" in key order, without a leading '?'.
std::string encodeQueryString(const QueryParams& params);
// Reads "a=1&b=&c" (a leading '?' is skipped; the last of repeated keys wins).
std::optional<QueryParams> decodeQueryString(std::string_view query);

// True when `url` is http:// or https:// (any case) with a host and no spaces or control
// characters: the only addresses the console opens in a new tab (seller URLs are any scheme).
bool isWebUrl(std::string_view url);

}  // namespace koo
