// Text helpers: byte-level, locale-free.
#include "text.h"

namespace koo {

size_t characterCount(std::string_view text) {
  size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) nextCodePoint(text, pos);
  return count;
}

char32_t nextCodePoint(std::string_view text, std::size_t& pos) {
  constexpr char32_t kReplacement = 0xFFFD;
  const auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byteAt(pos);
  const int length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 1) return ++pos, lead;
  if (length == 0 || pos + static_cast<std::size_t>(length) > text.size()) return ++pos, kReplacement;
  char32_t code = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    const unsigned char next = byteAt(pos + static_cast<std::size_t>(i));
    if ((next & 0xC0) != 0x80) return ++pos, kReplacement;
    code = (code << 6) | (next & 0x3F);
  }
  pos += static_cast<std::size_t>(length);
  return code;
}

std::string firstCharacters(std::string_view text, std::size_t limit) {
  std::size_t end = 0;
  for (std::size_t count = 0; end < text.size() && count < limit; ++count) nextCodePoint(text, end);
  return std::string(text.substr(0, end));
}

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int compareIgnoringAsciiCase(std::string_view a, std::string_view b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const auto x = static_cast<unsigned char>(lowerAscii(a[i]));
    const auto y = static_cast<unsigned char>(lowerAscii(b[i]));
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle) {
  for (size_t start = 0; start + needle.size() <= haystack.size(); ++start)
    if (equalsIgnoringAsciiCase(haystack.substr(start, needle.size()), needle)) return true;
  return false;
}

void wipeBytes(void* data, std::size_t size) {
  // Volatile writes: the compiler may not drop them as dead stores.
  volatile unsigned char* bytes = static_cast<unsigned char*>(data);
  for (std::size_t i = 0; i < size; ++i) bytes[i] = 0;
}

void wipe(std::string& secret) {
  wipeBytes(secret.data(), secret.capacity());
  secret.clear();
}

}  // namespace koo
