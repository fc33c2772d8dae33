// cpp-httplib <-> HttpRequest/HttpResponse conversion and the server's lifecycle.
#include "http_server.h"

#include <httplib.h>

namespace koo::backend {

namespace {

HttpRequest toHttpRequest(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [name, value] : in.params) out.query.emplace(name, value);  // first wins
  for (const auto& [name, value] : in.headers) {
    // cpp-httplib adds these for its own bookkeeping; they are not the client's headers.
    if (name == "LOCAL_ADDR" || name == "LOCAL_PORT" || name == "REMOTE_ADDR" ||
        name == "REMOTE_PORT")
      continue;
    out.headers.emplace(name, value);
  }
  out.body = in.body;
  return out;
}

void fromHttpResponse(const HttpResponse& in, httplib::Response& out) {
  out.status = in.status;
  std::string contentType = "application/json";
  const std::string* type = findHeader(in.headers, "Content-Type");
  if (type) contentType = *type;
  for (const auto& [name, value] : in.headers)
    if (&value != type) out.set_header(name, value);
  if (!in.body.empty() || in.status != 204) out.set_content(in.body, contentType);
}

}  // namespace

struct HttpServer::Impl {
  httplib::Server server;
};

HttpServer::HttpServer(RequestHandler handler, TransportErrorHandler onTransportError,
                       HttpServerOptions options)
    : impl_(std::make_unique<Impl>()), options_(std::move(options)) {
  auto& server = impl_->server;
  server.set_payload_max_length(options_.maxTransportBodyBytes);
  // Without it, small answers on a kept-alive connection wait out the peer's delayed ACK.
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(1000);  // cpp-httplib's default closes after 5 requests
  // An idle kept-alive connection holds a worker thread: let it go soon, so many clients with
  // open connections do not starve the pool.
  server.set_keep_alive_timeout(1);
  int threads = options_.workerThreads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  auto serve = [handler](const httplib::Request& req, httplib::Response& res) {
    fromHttpResponse(handler(toHttpRequest(req)), res);
  };
  // Every method and path goes to the router, which answers 404/405 itself.
  server.Get(".*", serve);
  server.Post(".*", serve);
  server.Put(".*", serve);
  server.Patch(".*", serve);
  server.Delete(".*", serve);
  server.Options(".*", serve);

  // cpp-httplib answers some requests itself (413 over its cap, 400 on a broken request
  // line); give those the contract's error body too. Answers the router made have a body.
  server.set_error_handler([onTransportError](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    fromHttpResponse(onTransportError(res.status), res);
  });
  server.set_exception_handler(
      [onTransportError](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        fromHttpResponse(onTransportError(500), res);
      });
}

HttpServer::~HttpServer() { stop(); }

bool HttpServer::bind(std::string& error) {
  auto& server = impl_->server;
  if (options_.port == 0) {
    port_ = server.bind_to_any_port(options_.host);
    if (port_ < 0) port_ = 0;
  } else if (server.bind_to_port(options_.host, options_.port)) {
    port_ = options_.port;
  }
  if (port_ == 0) {
    error = "cannot listen on " + options_.host + ":" + std::to_string(options_.port);
    return false;
  }
  return true;
}

void HttpServer::serve() { impl_->server.listen_after_bind(); }

void HttpServer::stop() {
  if (impl_ && impl_->server.is_running()) impl_->server.stop();
}

}  // namespace koo::backend
