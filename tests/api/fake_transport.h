// A Transport for tests: keeps every request and its callback so a test can inspect what the
// client sent and answer (or fail) each request when it chooses.
#pragma once

#include <string>
#include <vector>

#include "api/transport.h"

namespace koo::api::testing {

class FakeTransport : public Transport {
 public:
  struct Sent {
    HttpRequest request;
    TransportCallback onDone;
    bool answered = false;
  };

  void send(HttpRequest request, TransportCallback onDone) override {
    sent.push_back(Sent{std::move(request), std::move(onDone), false});
  }

  const HttpRequest& last() const { return sent.back().request; }

  void answer(int status, std::string body, std::map<std::string, std::string> headers = {}) {
    deliver(TransportResponse{TransportError::None, HttpResponse{status, std::move(headers), std::move(body)}, {}});
  }
  void fail(TransportError error, std::string detail = {}) { deliver(TransportResponse{error, {}, std::move(detail)}); }

  std::vector<Sent> sent;

 private:
  // Answers the oldest request not answered yet.
  void deliver(TransportResponse response) {
    for (auto& item : sent)
      if (!item.answered) {
        item.answered = true;
        item.onDone(std::move(response));
        return;
      }
  }
};

}  // namespace koo::api::testing
