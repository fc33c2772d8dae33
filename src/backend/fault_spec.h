// Test-only fault injection: which routes answer late, with an error, or with a malformed
// body. Parsed from --faults / KOO_FAULTS or set at runtime through the test endpoint.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/http_message.h"

namespace koo::backend {

// Syntax (whitespace around separators is ignored; an empty spec means no faults):
//   spec   := rule { ";" rule }
//   rule   := [ method " " ] path ":" option { "," option }
//   method := GET | POST | OPTIONS | "*"            (default "*": any method)
//   path   := "/api/v1/orders" (exact) or "/api/v1/purchased-apps/*" (prefix before "*")
//   option := latency=MS       delay the answer, 0..60000 ms
//           | status=CODE      answer CODE (400..599) with the error body, route not run
//           | malformed=0|1    send a truncated, unparsable JSON body
//           | body=html        send an HTML page instead (no error body, as from a proxy)
//           | body=wrong-shape send valid JSON that is not the contract's shape
//           | retryAfter=S     with status: add "Retry-After: S" (0..86400 s), e.g. to a 429
//           | every=N          fire on every Nth matching request (default 1: all)
//           | times=N          stop after firing N times (default 0: no limit)
// Example: "GET /api/v1/purchased-apps:latency=800,status=503,every=2;GET /api/v1/orders:malformed=1"
// A request is counted by the first rule that matches it; at least one of latency, status,
// malformed or body must be given.

// What happens to the answer's body (malformed=1 is its own option, kept for older specs).
enum class FaultBody { Keep, Html, WrongShape };

struct FaultRule {
  std::string method = "*";
  std::string path;          // without the trailing "*" when `prefix`
  bool prefix = false;
  int latencyMs = 0;
  int status = 0;            // 0: keep the route's answer
  bool malformed = false;
  FaultBody body = FaultBody::Keep;
  int retryAfterSeconds = -1;  // -1: no Retry-After header
  int every = 1;
  int times = 0;

  bool matches(std::string_view method, std::string_view path) const;
};

struct FaultSpec {
  std::vector<FaultRule> rules;
  std::string text;  // the spec as given, for logs and the test endpoint's answer
};

struct FaultSpecParse {
  std::optional<FaultSpec> spec;  // set on success
  std::string error;              // what is wrong and where, on failure
};

FaultSpecParse parseFaultSpec(std::string_view text);

// What to do to one request.
struct FaultDecision {
  int latencyMs = 0;
  int status = 0;
  bool malformed = false;
  FaultBody body = FaultBody::Keep;
  int retryAfterSeconds = -1;
  bool any() const { return latencyMs > 0 || status != 0 || malformed || body != FaultBody::Keep; }
};

// A spec plus the per-rule counters; thread-safe (the native server serves in parallel).
class FaultInjector {
 public:
  void set(FaultSpec spec);
  void clear() { set(FaultSpec{}); }
  FaultSpec spec() const;
  FaultDecision decide(std::string_view method, std::string_view path);

 private:
  mutable std::mutex mutex_;
  FaultSpec spec_;
  std::vector<std::int64_t> seen_;   // matching requests per rule
  std::vector<std::int64_t> fired_;  // firings per rule
};

// A body that is not valid JSON, derived from `body` (a cut-off prefix), for malformed=1.
std::string malformBody(const std::string& body);

// Applies the decision's body and header changes to the answer about to be sent.
void applyFault(const FaultDecision& fault, HttpResponse& response);

}  // namespace koo::backend
