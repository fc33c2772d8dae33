// libFuzzer target: every JSON decoder of core (one per contract schema, see contract_codecs.h)
// and the api client's error-body reading. Input: one byte choosing the schema, then JSON text.
// Beyond "no crash, no UB, no exception": a value that decodes encodes to JSON that decodes
// back to the same value.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "api/answer_decoding.h"
#include "contract_codecs.h"
#include "fuzz_check.h"

using namespace koo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto& codecs = codecsBySchema();
  const auto& [schema, roundTrip] = *std::next(codecs.begin(), data[0] % codecs.size());
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  // The client reads any non-2xx body as the contract's error body (or describes the status).
  api::TransportResponse answer;
  answer.http.status = 400 + data[0] % 200;
  answer.http.body = std::string(text);
  const auto error = api::errorOfAnswer(answer);
  fuzz::fuzzCheck(error.has_value() && !error->code.empty(), "a non-2xx answer is an error with a code");

  const auto json = parseJsonText(text);
  if (!json.ok()) return 0;
  const auto encoded = roundTrip(json.value());
  if (!encoded.ok()) {
    fuzz::fuzzCheck(!encoded.error().path.empty() && encoded.error().path[0] == '$',
                    "a decode error names a JSON path", encoded.error().describe());
    return 0;
  }
  const auto again = roundTrip(encoded.value());
  fuzz::fuzzCheck(again.ok(), "an encoded value decodes", schema + ": " + dumpJson(encoded.value()) +
                                                                (again.ok() ? "" : "\n" + again.error().describe()));
  fuzz::fuzzCheck(again.value() == encoded.value(), "decode(encode(value)) is the value",
                  schema + ": " + dumpJson(encoded.value()) + "\n" + dumpJson(again.value()));
  return 0;
}
