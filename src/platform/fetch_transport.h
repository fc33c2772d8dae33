// The api layer's Transport over the Emscripten Fetch API: a base URL, a timeout, and retries
// with backoff (or after the server's Retry-After) for GETs only (a POST is never repeated
// behind the buyer's back).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "api/transport.h"

namespace koo::platform {

struct FetchOptions {
  std::string baseUrl;       // "" (same origin) or "http://127.0.0.1:8081"
  int timeoutMs = 15000;
  int getRetries = 2;        // extra attempts after a network error, timeout, 502/503/504 or 429
  int firstBackoffMs = 400;  // doubled for each further attempt
};

class FetchTransport : public api::Transport {
 public:
  // `onAnswer` runs after every callback so the platform can draw the frame that shows it.
  FetchTransport(FetchOptions options, std::function<void()> onAnswer);
  void send(HttpRequest request, api::TransportCallback onDone) override;
  // Requests sent and not answered yet (a GET waiting to be tried again included).
  int inFlight() const { return *inFlight_; }

 private:
  FetchOptions options_;
  std::function<void()> onAnswer_;
  std::shared_ptr<int> inFlight_ = std::make_shared<int>(0);  // shared with the requests' callbacks
};

}  // namespace koo::platform
