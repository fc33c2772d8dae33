// A Transport decorator that notices when the backend stops accepting the session (401 on any
// call but sign-in) and says so once per session, so the app can ask the buyer to sign in again.
#pragma once

#include <functional>
#include <memory>
#include <utility>

#include "transport.h"

namespace koo::api {

class AuthWatchTransport : public Transport {
 public:
  AuthWatchTransport(Transport& inner, std::function<void()> onUnauthorized)
      : inner_(inner), onUnauthorized_(std::make_shared<std::function<void()>>(std::move(onUnauthorized))) {}

  void send(HttpRequest request, TransportCallback onDone) override {
    const bool isSignIn = request.path.size() >= 13 && request.path.compare(request.path.size() - 13, 13, "/auth/sign-in") == 0;
    std::weak_ptr<std::function<void()>> notify = onUnauthorized_;
    inner_.send(std::move(request), [isSignIn, notify, onDone = std::move(onDone)](TransportResponse response) {
      const bool unauthorized = response.error == TransportError::None && response.http.status == 401 && !isSignIn;
      onDone(std::move(response));
      if (auto callback = notify.lock(); unauthorized && callback && *callback) (*callback)();
    });
  }

 private:
  Transport& inner_;
  std::shared_ptr<std::function<void()>> onUnauthorized_;  // weak in callbacks: the app may be gone
};

}  // namespace koo::api
