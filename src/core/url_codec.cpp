// Percent-encoding per RFC 3986 and application/x-www-form-urlencoded query strings.
#include "url_codec.h"

#include "text.h"

namespace koo {
namespace {

bool isUnreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (isUnreserved(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::optional<std::string> percentDecode(std::string_view text, bool plusIsSpace) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = hexValue(text[i + 1]), low = hexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else if (text[i] == '+' && plusIsSpace) {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string encodeQueryString(const QueryParams& params) {
  std::string out;
  for (const auto& [key, value] : params) {
    if (!out.empty()) out += '&';
    out += percentEncode(key) + "=" + percentEncode(value);
  }
  return out;
}

std::vector<std::pair<std::string_view, std::string_view>> splitQueryPairs(std::string_view query) {
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  while (!query.empty()) {
    const size_t end = query.find('&');
    const std::string_view pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view{} : query.substr(end + 1);
    if (pair.empty()) continue;
    const size_t equals = pair.find('=');
    pairs.emplace_back(pair.substr(0, equals),
                       equals == std::string_view::npos ? std::string_view{} : pair.substr(equals + 1));
  }
  return pairs;
}

std::optional<QueryParams> decodeQueryString(std::string_view query) {
  if (!query.empty() && query[0] == '?') query.remove_prefix(1);
  QueryParams params;
  for (const auto& [encodedKey, encodedValue] : splitQueryPairs(query)) {
    auto key = percentDecode(encodedKey);
    auto value = percentDecode(encodedValue);
    if (!key || !value) return std::nullopt;
    params[*key] = *value;
  }
  return params;
}

bool isWebUrl(std::string_view url) {
  std::string_view rest;
  if (startsWithIgnoringCase(url, "https://")) rest = url.substr(8);
  else if (startsWithIgnoringCase(url, "http://")) rest = url.substr(7);
  else return false;
  if (rest.empty() || rest.front() == '/') return false;  // no host
  for (const char c : rest)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return false;  // spaces, controls
  return true;
}

}  // namespace koo
