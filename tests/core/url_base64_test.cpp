// Percent-encoding, query strings, the web-URL check and base64, including their broken inputs.
#include <gtest/gtest.h>

#include "core/base64.h"
#include "core/url_codec.h"

namespace koo {
namespace {

TEST(UrlCodec, PercentEncodesEverythingButUnreserved) {
  EXPECT_EQ(percentEncode("abc-._~XYZ019"), "abc-._~XYZ019");
  EXPECT_EQ(percentEncode("a b&c=d/e?"), "a%20b%26c%3Dd%2Fe%3F");
  EXPECT_EQ(percentEncode("云"), "%E4%BA%91");
}

TEST(UrlCodec, DecodesAndRefusesBrokenEscapes) {
  EXPECT_EQ(percentDecode("a%20b+c"), "a b c");
  EXPECT_EQ(percentDecode("a+b", false), "a+b");
  EXPECT_EQ(percentDecode("%e4%ba%91"), "云");
  for (const char* broken : {"%", "%2", "%zz", "abc%4"}) EXPECT_FALSE(percentDecode(broken).has_value()) << broken;
}

TEST(UrlCodec, QueryStringsRoundTrip) {
  const QueryParams params{{"q", "云帆 & co"}, {"page", "2"}, {"status", "IN_USE"}, {"empty", ""}};
  const std::string text = encodeQueryString(params);
  EXPECT_EQ(text, "empty=&page=2&q=%E4%BA%91%E5%B8%86%20%26%20co&status=IN_USE");
  EXPECT_EQ(decodeQueryString(text), params);
  EXPECT_EQ(decodeQueryString("?a=1&&b&a=2"), (QueryParams{{"a", "2"}, {"b", ""}}));
  EXPECT_EQ(decodeQueryString(""), QueryParams{});
  EXPECT_FALSE(decodeQueryString("a=%G0").has_value());
}

TEST(UrlCodec, IsWebUrlAcceptsOnlyHttpAndHttpsWithAHost) {
  EXPECT_TRUE(isWebUrl("https://app0.saas.example.com/admin"));
  EXPECT_TRUE(isWebUrl("http://example.com"));
  EXPECT_TRUE(isWebUrl("HTTPS://Example.com/Path?x=1"));
  EXPECT_TRUE(isWebUrl("Http://example.com"));
  EXPECT_FALSE(isWebUrl("javascript:alert(1)"));
  EXPECT_FALSE(isWebUrl("ftp://files.saas.example.com/admin"));
  EXPECT_FALSE(isWebUrl("data:text/html,hi"));
  EXPECT_FALSE(isWebUrl("https://"));
  EXPECT_FALSE(isWebUrl("https:///path"));
  EXPECT_FALSE(isWebUrl(" https://example.com"));
  EXPECT_FALSE(isWebUrl("https://exa mple.com"));
  EXPECT_FALSE(isWebUrl("https://example.com/\nx"));
  EXPECT_FALSE(isWebUrl("httpsx://example.com"));
  EXPECT_FALSE(isWebUrl(""));
}

TEST(Base64, RoundTripsEveryLengthAndByte) {
  std::string bytes;
  for (int i = 0; i < 300; ++i) {
    const std::string encoded = base64Encode(bytes);
    EXPECT_EQ(encoded.size() % 4, 0u);
    EXPECT_EQ(base64DecodedSize(encoded), bytes.size());
    EXPECT_EQ(base64Decode(encoded), bytes);
    bytes += static_cast<char>(i * 7 + 3);
  }
  EXPECT_EQ(base64Encode("Man"), "TWFu");
  EXPECT_EQ(base64Encode("Ma"), "TWE=");
  EXPECT_EQ(base64Encode("M"), "TQ==");
}

TEST(Base64, RefusesWhatIsNotCanonicalBase64) {
  for (const char* broken : {"A", "AB", "ABC", "A===", "AB=C", "====", "TW u", "TWFu\n", "TQ==TQ==", "-_-_"})
    EXPECT_FALSE(base64Decode(broken).has_value()) << broken;
}

}  // namespace
}  // namespace koo
