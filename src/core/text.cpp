// Text helpers: byte-level, locale-free.
#include "text.h"

namespace koo {

size_t characterCount(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
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
