// Base64 with the standard alphabet and '=' padding; whitespace is not accepted.
#include "base64.h"

namespace koo {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextetOf(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

std::string base64Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    const size_t count = bytes.size() - i < 3 ? bytes.size() - i : 3;
    unsigned triple = static_cast<unsigned char>(bytes[i]) << 16;
    if (count > 1) triple |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (count > 2) triple |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(triple >> 18) & 63];
    out += kAlphabet[(triple >> 12) & 63];
    out += count > 1 ? kAlphabet[(triple >> 6) & 63] : '=';
    out += count > 2 ? kAlphabet[triple & 63] : '=';
  }
  return out;
}

std::optional<size_t> base64DecodedSize(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  size_t padding = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '=') {
      if (i < text.size() - 2) return std::nullopt;  // '=' only in the last two places
      ++padding;
    } else if (padding > 0 || sextetOf(text[i]) < 0) {
      return std::nullopt;
    }
  }
  return text.size() / 4 * 3 - padding;
}

std::optional<std::string> base64Decode(std::string_view text) {
  const auto size = base64DecodedSize(text);
  if (!size) return std::nullopt;
  std::string out;
  out.reserve(*size);
  for (size_t i = 0; i < text.size(); i += 4) {
    unsigned quad = 0;
    for (size_t j = 0; j < 4; ++j)
      quad = (quad << 6) | static_cast<unsigned>(text[i + j] == '=' ? 0 : sextetOf(text[i + j]));
    out += static_cast<char>((quad >> 16) & 0xFF);
    if (text[i + 2] != '=') out += static_cast<char>((quad >> 8) & 0xFF);
    if (text[i + 3] != '=') out += static_cast<char>(quad & 0xFF);
  }
  return out;
}

}  // namespace koo
