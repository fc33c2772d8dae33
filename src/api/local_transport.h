// A Transport that answers in-process through a handler (the backend router in the offline
// demo, a fake in tests): immediately, or deferred until deliverDue() so answers arrive on the
// next frame like real network answers, optionally after a simulated delay.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "transport.h"

namespace koo::api {

// An answer and how long to hold it back (ignored in immediate mode).
struct LocalAnswer {
  HttpResponse response;
  int delayMs = 0;
};

using LocalHandler = std::function<LocalAnswer(const HttpRequest&)>;
// Adapts a handler that has no delay to give.
LocalHandler withoutDelay(std::function<HttpResponse(const HttpRequest&)> handler);

class LocalTransport : public Transport {
 public:
  enum class Delivery { Immediate, Deferred };
  using Clock = std::function<std::int64_t()>;  // milliseconds, any fixed origin

  // Immediate: send() calls the callback before it returns. Deferred: send() asks the handler at
  // once but keeps the answer until deliverDue() finds its delay passed on `clock`
  // (defaults to a monotonic clock).
  explicit LocalTransport(LocalHandler handler, Delivery delivery = Delivery::Immediate, Clock clock = {});

  void send(HttpRequest request, TransportCallback onDone) override;

  // Deferred mode: hands over every answer that is due, oldest first; answers sent from inside
  // a callback wait for the next call. Returns how many were delivered.
  size_t deliverDue();
  size_t pendingCount() const { return pending_.size(); }
  // Milliseconds until the next answer is due (0 if one is due now, -1 if none is pending), so a
  // render-on-demand loop knows when to wake up.
  std::int64_t msUntilNextDue() const;

 private:
  struct Pending {
    std::int64_t dueMs;
    TransportCallback onDone;
    HttpResponse response;
  };

  LocalHandler handler_;
  Delivery delivery_;
  Clock clock_;
  std::vector<Pending> pending_;
};

}  // namespace koo::api
