// The native server's HTTP side: a cpp-httplib server that turns each request into core's
// HttpRequest, calls the router, and sends back its HttpResponse. No marketplace logic here.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/http_message.h"

namespace koo::backend {

using RequestHandler = std::function<HttpResponse(const HttpRequest&)>;
// Builds the error answer for a request cpp-httplib refused before the router saw it (e.g.
// a body over the transport limit): status in, full answer out.
using TransportErrorHandler = std::function<HttpResponse(int status)>;

struct HttpServerOptions {
  std::string host = "127.0.0.1";
  int port = 8081;                          // 0: any free port (see boundPort)
  size_t maxTransportBodyBytes = 8u << 20;  // cpp-httplib's own cap; the router's is lower
  int workerThreads = 32;  // browsers keep up to 6 connections each
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
  // Serves until stop() is called (from another thread). Call after bind().
  void serve();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  HttpServerOptions options_;
  int port_ = 0;
};

}  // namespace koo::backend
