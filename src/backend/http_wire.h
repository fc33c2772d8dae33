// HTTP/1.1 on the wire for the native server: an incremental request reader that enforces size
// limits as bytes arrive (so a hostile client can never make it buffer more), and the response's
// serialization. No sockets here: http_server.cpp feeds it what it reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/http_message.h"

namespace koo::backend {

struct HttpLimits {
  size_t maxRequestLineBytes = 8 * 1024;  // longer: 414
  size_t maxHeaderCount = 100;            // more header lines: 431
  size_t maxHeaderBytes = 16 * 1024;      // all header lines together; more: 431
  size_t maxBodyBytes = 1u << 20;         // Content-Length above it: 413 before reading the body
};

// Reads one request. Feed it bytes until it is complete or failed; a failed request is answered
// with failureStatus() and the connection closed, since the stream can no longer be trusted.
class HttpRequestReader {
 public:
  enum class State { NeedMore, Complete, Failed };

  explicit HttpRequestReader(HttpLimits limits) : limits_(limits) {}

  // Consumes bytes of this request from `data` and returns how many; the rest belong to the
  // next request on the connection (pipelining), which the caller keeps.
  size_t feed(std::string_view data);
  State state() const { return state_; }
  // 400 malformed, 411 chunked body (refused: a length is needed to bound it up front), 413,
  // 414, 431, 501 unknown transfer coding, 505 HTTP version other than 1.x.
  int failureStatus() const { return failureStatus_; }
  bool started() const { return started_; }
  // True once, when the headers asked for "Expect: 100-continue" and the body is still due.
  bool takeContinueRequest();
  // After Complete: whether the client wants the connection kept open afterwards.
  bool keepAlive() const { return keepAlive_; }
  bool isHttp10() const { return http10_; }
  // After Complete: the request (path and query percent-decoded, the first of repeated query
  // parameters and headers wins). Moves it out.
  HttpRequest takeRequest() { return std::move(request_); }

 private:
  enum class Phase { RequestLine, Headers, Body, Done };
  bool onLine(std::string_view line);
  bool onRequestLine(std::string_view line);
  bool onHeaderLine(std::string_view line);
  bool onHeadersEnd();
  bool fail(int status);

  HttpLimits limits_;
  Phase phase_ = Phase::RequestLine;
  State state_ = State::NeedMore;
  int failureStatus_ = 0;
  bool started_ = false;
  bool http10_ = false;
  bool keepAlive_ = true;
  bool continueDue_ = false;
  std::string line_;             // the line being read, without its end
  size_t headerBytes_ = 0;       // header lines so far, with their line ends
  size_t headerCount_ = 0;
  std::string contentLength_;    // as sent, to notice conflicting repeats
  size_t bodyRemaining_ = 0;
  HttpRequest request_;
};

// How an answer goes on the wire, beyond the response itself.
struct ResponseFraming {
  bool headOnly = false;     // HEAD: headers only, Content-Length as for GET
  bool closing = false;      // "Connection: close"; the connection ends after it
  bool http10 = false;       // answer an HTTP/1.0 client in its version
  int keepAliveSeconds = 0;  // when kept open: "Keep-Alive: timeout=N", so clients do not
                             // reuse a connection the server is about to close
};

// The bytes of an answer: status line, the response's headers, Content-Type (JSON unless set),
// Content-Length, Date, and the connection headers `framing` asks for.
std::string serializeResponse(const HttpResponse& response, const ResponseFraming& framing);

// "/a%20b?x=1&x=2&y" -> path "/a b", query {x: "1", y: ""}: a broken escape stays as sent.
void splitTarget(std::string_view target, HttpRequest& request);

}  // namespace koo::backend
