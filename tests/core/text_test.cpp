// The one UTF-8 decoder of core (nextCodePoint) and what is built on it: counting and truncating.
#include <gtest/gtest.h>

#include <string>

#include "core/text.h"

namespace koo {
namespace {

TEST(Utf8, DecodesOneToFourByteSequences) {
  const std::string text = "a\xC3\xA9\xE5\xAE\x89\xF0\x9F\x98\x80";  // a é 安 😀
  std::size_t pos = 0;
  EXPECT_EQ(nextCodePoint(text, pos), U'a');
  EXPECT_EQ(nextCodePoint(text, pos), U'\u00E9');
  EXPECT_EQ(nextCodePoint(text, pos), U'\u5B89');
  EXPECT_EQ(nextCodePoint(text, pos), U'\U0001F600');
  EXPECT_EQ(pos, text.size());
}

TEST(Utf8, MalformedBytesBecomeReplacementsAndTheScanEnds) {
  for (const std::string text : {"\xE5\xAE", "\x80\x80", "\xC3(", "\xFF"}) {
    std::size_t pos = 0, steps = 0;
    EXPECT_EQ(nextCodePoint(text, pos), U'\uFFFD') << text;
    while (pos < text.size() && steps++ < 10) nextCodePoint(text, pos);
    EXPECT_EQ(pos, text.size());
  }
}

TEST(Utf8, CountsAndTruncatesByCharacterNotByte) {
  EXPECT_EQ(characterCount("\xE5\xAE\x89\xE5\x85\xA8 CRM"), 6u);  // 安全 CRM
  EXPECT_EQ(firstCharacters("\xE5\xAE\x89\xE5\x85\xA8 CRM", 1), "\xE5\xAE\x89");
  EXPECT_EQ(firstCharacters("abc", 10), "abc");
  EXPECT_EQ(firstCharacters("", 3), "");
}

}  // namespace
}  // namespace koo
