// In-process transport: the handler runs at send time; delivery is immediate or deferred.
#include "local_transport.h"

#include <chrono>

namespace koo::api {

LocalHandler withoutDelay(std::function<HttpResponse(const HttpRequest&)> handler) {
  return [handler = std::move(handler)](const HttpRequest& request) { return LocalAnswer{handler(request), 0}; };
}

LocalTransport::LocalTransport(LocalHandler handler, Delivery delivery, Clock clock)
    : handler_(std::move(handler)), delivery_(delivery), clock_(std::move(clock)) {
  if (!clock_) {
    clock_ = [] {
      using namespace std::chrono;
      return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    };
  }
}

void LocalTransport::send(HttpRequest request, TransportCallback onDone) {
  LocalAnswer answer = handler_(request);
  if (delivery_ == Delivery::Immediate) {
    onDone(TransportResponse{TransportError::None, std::move(answer.response), {}});
    return;
  }
  const std::int64_t delay = answer.delayMs > 0 ? answer.delayMs : 0;
  pending_.push_back(Pending{clock_() + delay, std::move(onDone), std::move(answer.response)});
}

size_t LocalTransport::deliverDue() {
  const std::int64_t now = clock_();
  std::vector<Pending> due;
  std::vector<Pending> waiting;
  for (auto& item : pending_) (item.dueMs <= now ? due : waiting).push_back(std::move(item));
  pending_ = std::move(waiting);  // callbacks below may send() again: those join pending_
  for (auto& item : due) item.onDone(TransportResponse{TransportError::None, std::move(item.response), {}});
  return due.size();
}

std::int64_t LocalTransport::msUntilNextDue() const {
  if (pending_.empty()) return -1;
  std::int64_t earliest = pending_.front().dueMs;
  for (const auto& item : pending_) earliest = item.dueMs < earliest ? item.dueMs : earliest;
  const std::int64_t wait = earliest - clock_();
  return wait > 0 ? wait : 0;
}

}  // namespace koo::api
