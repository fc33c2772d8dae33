// The reference marketplace backend as a pure function of requests: Router::handle maps an
// HttpRequest to an HttpResponse over a Store (contract/openapi.yaml). No sockets, no SQLite:
// the native server and the offline demo (in-process, wasm) call the same router.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "clock.h"
#include "core/http_message.h"
#include "fault_spec.h"
#include "store.h"

namespace koo::backend {

struct RouterOptions {
  bool testMode = false;           // the /test endpoints (and runtime faults) exist only then
  std::string version = "1.0.0";
  size_t maxBodyBytes = 1u << 20;  // 1 MiB: a larger body answers 413
  std::chrono::seconds sessionLifetime{24 * 3600};
  // How long a POST's answer is replayed for its Idempotency-Key (as the big payment APIs do).
  std::chrono::seconds idempotencyRetention{24 * 3600};
  // Expired records are purged with a write at most this often, so purging costs little.
  std::chrono::seconds purgeInterval{60};
  // Where an internal error (500) is reported: one line with the requestId, method and path
  // only (never headers or bodies, which may hold secrets). None in-process by default.
  std::function<void(const std::string& line)> errorLog{};
};

// An answer and how long to hold it back (injected latency, 0 without faults).
struct RoutedResponse {
  HttpResponse response;
  int latencyMs = 0;
};

namespace detail {
class Handlers;
}

class Router {
 public:
  Router(Store& store, ClockFn clock, RouterOptions options = {});
  ~Router();
  Router(const Router&) = delete;
  Router& operator=(const Router&) = delete;

  // Answers one request, holding it back by any injected latency (native: sleeps the calling
  // thread; set a sleeper for other environments). Never throws: every failure is an answer.
  HttpResponse handle(const HttpRequest& request);
  // The same answer without the wait, for callers that delay it themselves (LocalTransport).
  RoutedResponse route(const HttpRequest& request);

  // The error answer for a request the transport refused itself (e.g. over its size cap).
  HttpResponse transportError(int status);

  FaultInjector& faults() { return faults_; }
  AdjustableClock& clock() { return clock_; }
  const RouterOptions& options() const { return options_; }
  void setSleeper(std::function<void(int ms)> sleeper) { sleeper_ = std::move(sleeper); }

 private:
  RoutedResponse routeUnguarded(const HttpRequest& request, const std::string& requestId);

  RouterOptions options_;
  AdjustableClock clock_;
  FaultInjector faults_;
  std::function<void(int)> sleeper_;
  std::unique_ptr<detail::Handlers> handlers_;
};

}  // namespace koo::backend
