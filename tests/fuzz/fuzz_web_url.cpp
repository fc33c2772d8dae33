// libFuzzer target: the URL checker (isWebUrl: only http(s) addresses open in a new tab) and the
// URL codecs beside it (percent-encoding, query strings). Beyond "no crash, no UB": an accepted
// URL is http(s) with a host and no spaces or controls, and both codecs round-trip.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/text.h"
#include "core/url_codec.h"
#include "fuzz_check.h"

using namespace koo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string textCopy(text);

  if (isWebUrl(text)) {
    const bool secure = startsWithIgnoringCase(text, "https://");
    fuzz::fuzzCheck(secure || startsWithIgnoringCase(text, "http://"), "an opened URL is http(s)", textCopy);
    const std::string_view rest = text.substr(secure ? 8 : 7);
    fuzz::fuzzCheck(!rest.empty() && rest.front() != '/', "an opened URL has a host", textCopy);
    for (const char c : rest)
      fuzz::fuzzCheck(static_cast<unsigned char>(c) > 0x20 && c != 0x7F, "an opened URL has no space or control",
                      textCopy);
  }

  const std::string encoded = percentEncode(text);
  const auto decoded = percentDecode(encoded, false);
  fuzz::fuzzCheck(decoded && *decoded == text, "percentDecode(percentEncode(text)) is the text", textCopy);
  (void)percentDecode(text, true);

  if (const auto query = decodeQueryString(text)) {
    const std::string written = encodeQueryString(*query);
    const auto again = decodeQueryString(written);
    fuzz::fuzzCheck(again && *again == *query, "a decoded query string encodes and decodes back", written);
  }
  return 0;
}
