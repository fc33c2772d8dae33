// How the api layer sends requests: an asynchronous Transport (Fetch in the browser, in-process
// LocalTransport for the offline demo and tests) that answers with a response or a network error.
#pragma once

#include <functional>
#include <string>

#include "core/http_message.h"

namespace koo::api {

// Why no HTTP answer arrived. An HTTP error status (404, 503, ...) is not a transport error.
enum class TransportError { None, Network, Timeout };

struct TransportResponse {
  TransportError error = TransportError::None;
  HttpResponse http;   // meaningful only when error == None
  std::string detail;  // what the transport knows about a failure
};

using TransportCallback = std::function<void(TransportResponse)>;

class Transport {
 public:
  virtual ~Transport() = default;
  // Sends `request` (path under the server's origin, e.g. "/api/v1/orders", query separate) and
  // calls `onDone` exactly once, now or later, on the thread that drives the transport.
  virtual void send(HttpRequest request, TransportCallback onDone) = 0;
};

}  // namespace koo::api
