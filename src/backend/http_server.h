// The native server's HTTP side: one event-loop thread reads requests from every connection
// under limits and deadlines, a worker pool calls the handler, the loop writes the answers.
// No marketplace logic here. Linux (epoll).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "core/http_message.h"
#include "http_wire.h"

namespace koo::backend {

using RequestHandler = std::function<HttpResponse(const HttpRequest&)>;
// Builds the error answer for a request the transport refused before the handler saw it
// (431, 413, 408, 400...; 500 when the handler threw): status in, full answer out.
using TransportErrorHandler = std::function<HttpResponse(int status)>;

struct HttpServerOptions {
  std::string host = "127.0.0.1";
  int port = 8081;  // 0: any free port (see boundPort)
  HttpLimits limits;
  int workerThreads = 16;       // run the handler; slow clients never hold one
  // Beyond it a new connection gets 503 and is closed. With the limits, it bounds the memory
  // clients can hold: about maxConnections x (maxHeaderBytes + maxBodyBytes).
  size_t maxConnections = 256;
  // From a request's first byte to its last; a slower client gets 408 and is disconnected.
  std::chrono::milliseconds requestDeadline{10000};
  // A connection with no request under way (new, or kept alive between requests) is closed.
  std::chrono::milliseconds idleTimeout{5000};
  // For the client to take an answer; one that does not read it is disconnected.
  std::chrono::milliseconds writeDeadline{10000};
};

class HttpServer {
 public:
  HttpServer(RequestHandler handler, TransportErrorHandler onTransportError,
             HttpServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the socket; false (with `error` set) when the address is taken or invalid.
  bool bind(std::string& error);
  int boundPort() const { return port_; }
  // Serves until stop() is called (from another thread). Call after bind(). On stop, answers
  // still being made are sent (for up to 3 s) before the connections close.
  void serve();
  // Safe from any thread, also before serve() and more than once.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace koo::backend
