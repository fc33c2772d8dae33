// libFuzzer target: the backend router's request handling. Input: requests as text (see
// request_text.h), run in order against a fresh demo backend; test mode is on when a request
// path has "/test/" in it (its endpoints and injected faults), off otherwise.
// Beyond "no crash, no UB": no exception reaches the router's guard ("Internal error"), every
// answer has an HTTP status, and with test mode off (no injected faults) every body is JSON and
// every error answer is the contract's error body carrying the X-Request-Id header's ID (a
// replay under the same Idempotency-Key keeps the first answer's ID).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json_codec.h"
#include "fuzz_backend.h"
#include "fuzz_check.h"
#include "request_text.h"
#include "router.h"

using namespace koo;

namespace {

std::string describe(const HttpRequest& request, const HttpResponse& response) {
  return request.method + " " + request.path + " -> " + std::to_string(response.status) + " " +
         response.body.substr(0, 500);
}

void checkAnswer(const HttpRequest& request, const HttpResponse& response, bool testMode) {
  const std::string what = describe(request, response);
  fuzz::fuzzCheck(response.status >= 100 && response.status <= 599, "an answer has an HTTP status", what);
  fuzz::fuzzCheck(!(response.status == 500 && response.body.find("\"Internal error\"") != std::string::npos),
                  "no exception escapes a handler", what);
  if (testMode) return;  // injected faults may malform bodies on purpose
  if (response.body.empty()) return;
  const auto json = parseJsonText(response.body);
  fuzz::fuzzCheck(json.ok(), "an answer's body is JSON", what);
  if (response.status < 400) return;
  const auto error = decodeJson<ErrorInfo>(json.value());
  fuzz::fuzzCheck(error.ok(), "an error answer is the contract's error body",
                  what + (error.ok() ? "" : "\n" + error.error().describe()));
  // A replayed answer (same Idempotency-Key) is the first answer's body, with that request's ID.
  if (findHeader(response.headers, "Idempotent-Replayed")) return;
  const std::string* requestId = findHeader(response.headers, "X-Request-Id");
  fuzz::fuzzCheck(requestId && *requestId == error->requestId, "the error body carries the X-Request-Id", what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto requests = fuzz::parseRequestText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (requests.empty()) return 0;
  // One mode per input: a backend costs more than most requests, and test mode only changes
  // what the /test/ endpoints reach.
  bool testMode = false;
  for (const auto& request : requests) testMode = testMode || request.path.find("/test/") != std::string::npos;
  const auto store = fuzz::freshStore();
  backend::RouterOptions options;
  options.testMode = testMode;
  backend::Router router(*store, backend::fixedClock(fuzz::fuzzNow()), options);
  // route(), not handle(): injected latency is reported, never slept.
  for (const auto& request : requests) checkAnswer(request, router.route(request).response, testMode);
  return 0;
}
