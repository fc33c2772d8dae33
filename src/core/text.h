// Small text helpers shared across core: UTF-8 character counts (limits count characters),
// blank checks, ASCII case-insensitive comparison (header names, list search and sort), and
// wiping a secret.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace koo {

// Code points in UTF-8 text (continuation bytes are not counted).
size_t characterCount(std::string_view text);
// The code point starting at `pos`, advancing `pos` past it. A malformed or truncated sequence
// yields U+FFFD and advances one byte, so a scan always ends. The one UTF-8 decoder of the
// console: counting, truncating and the font atlas's glyph scan all go through it.
char32_t nextCodePoint(std::string_view text, std::size_t& pos);
// The first `limit` characters of UTF-8 text, never cutting one in half.
std::string firstCharacters(std::string_view text, std::size_t limit);
// Empty or only spaces, tabs and line breaks.
bool isBlank(std::string_view text);
char lowerAscii(char c);
// <0, 0, >0 like strcmp, with ASCII letters folded to lower case; other bytes compare as unsigned.
int compareIgnoringAsciiCase(std::string_view a, std::string_view b);
inline bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && compareIgnoringAsciiCase(a, b) == 0;
}
inline bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equalsIgnoringAsciiCase(text.substr(0, prefix.size()), prefix);
}
// Substring search with ASCII letters folded; other bytes (e.g. Chinese text) must match exactly.
bool containsIgnoringCase(std::string_view haystack, std::string_view needle);

// Overwrites `size` bytes at `data` with zeros in a way the compiler may not drop as dead
// stores, so a secret (a password) does not linger in memory after the console let it go.
void wipeBytes(void* data, std::size_t size);
// wipeBytes over every byte the string holds (up to its capacity), then empties it.
void wipe(std::string& secret);

}  // namespace koo
