// emscripten_fetch requests. In Emscripten 3.1.6 closing a fetch still in flight frees it without
// aborting it, so a request is closed only in its own callback; stale answers are dropped above,
// by the pages' generation counters, never by cancelling here.
#include "fetch_transport.h"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>

#include <cstring>
#include <memory>
#include <vector>

#include "api/answer_decoding.h"
#include "core/text.h"
#include "core/url_codec.h"

namespace koo::platform {
namespace {

// Everything a request needs alive until its callback: Fetch keeps pointers, not copies.
struct PendingRequest {
  HttpRequest request;
  std::string url;
  std::vector<std::string> headerStorage;
  std::vector<const char*> headerPointers;
  api::TransportCallback onDone;
  FetchOptions options;
  std::function<void()> onAnswer;
  std::shared_ptr<int> inFlight;  // the transport's count, one less once answered
  int attempt = 0;
  double startedMs = 0;
};

void start(std::unique_ptr<PendingRequest> pending);

// The server's longest Retry-After a GET waits for by itself; beyond it the buyer decides.
constexpr int kMaxAutomaticWaitMs = 30'000;

// How long to wait before trying a GET again, or -1 for no automatic retry: backoff after no
// answer or a 502/503/504, and never sooner than the server's Retry-After (which a 429 needs).
int retryDelayMs(const PendingRequest& p, const api::TransportResponse& response) {
  if (p.request.method != "GET" || p.attempt >= p.options.getRetries) return -1;
  const int backoff = p.options.firstBackoffMs << p.attempt;
  if (response.error != api::TransportError::None) return backoff;
  const int status = response.http.status;
  const int asked = api::retryAfterSeconds(response.http) * 1000;
  if (status == 429) return asked > 0 && asked <= kMaxAutomaticWaitMs ? asked : -1;
  if (status != 502 && status != 503 && status != 504) return -1;
  if (asked > kMaxAutomaticWaitMs) return -1;
  return asked > backoff ? asked : backoff;
}

std::map<std::string, std::string> responseHeaders(emscripten_fetch_t* fetch) {
  std::map<std::string, std::string> headers;
  const size_t length = emscripten_fetch_get_response_headers_length(fetch);
  if (length == 0) return headers;
  std::string raw(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, raw.data(), raw.size());
  size_t lineStart = 0;
  while (lineStart < raw.size()) {
    size_t lineEnd = raw.find("\r\n", lineStart);
    if (lineEnd == std::string::npos) lineEnd = raw.find('\0', lineStart);
    if (lineEnd == std::string::npos) lineEnd = raw.size();
    const std::string line = raw.substr(lineStart, lineEnd - lineStart);
    const size_t colon = line.find(':');
    if (colon != std::string::npos) {
      size_t valueStart = colon + 1;
      while (valueStart < line.size() && line[valueStart] == ' ') ++valueStart;
      headers[line.substr(0, colon)] = line.substr(valueStart);
    }
    lineStart = lineEnd + 2;
  }
  return headers;
}

void finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<PendingRequest> pending(static_cast<PendingRequest*>(fetch->userData));
  api::TransportResponse response;
  if (fetch->status == 0) {
    // Fetch reports a timeout like a network error; the elapsed time tells them apart.
    const double elapsed = emscripten_get_now() - pending->startedMs;
    response.error = elapsed + 50 >= pending->options.timeoutMs ? api::TransportError::Timeout
                                                               : api::TransportError::Network;
    response.detail = response.error == api::TransportError::Timeout ? "no answer in time" : "network error";
  } else {
    response.http.status = fetch->status;
    response.http.body.assign(fetch->data ? fetch->data : "", static_cast<size_t>(fetch->numBytes));
    response.http.headers = responseHeaders(fetch);
  }
  // The answer may hold a secret (a revealed password): overwrite Fetch's buffer before it is
  // freed (the copy in `response` is wiped by the client once decoded). Closing is safe here:
  // this is the request's own callback.
  if (fetch->data) wipeBytes(const_cast<char*>(fetch->data), static_cast<std::size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);

  if (const int delay = retryDelayMs(*pending, response); delay >= 0) {
    ++pending->attempt;
    emscripten_async_call([](void* raw) { start(std::unique_ptr<PendingRequest>(static_cast<PendingRequest*>(raw))); },
                          pending.release(), delay);
    return;
  }
  auto onAnswer = pending->onAnswer;
  --*pending->inFlight;
  pending->onDone(std::move(response));
  if (onAnswer) onAnswer();
}

void start(std::unique_ptr<PendingRequest> pending) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, pending->request.method.c_str(), sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.timeoutMSecs = static_cast<unsigned long>(pending->options.timeoutMs);
  attr.requestHeaders = pending->headerPointers.data();
  if (!pending->request.body.empty()) {
    attr.requestData = pending->request.body.data();
    attr.requestDataSize = pending->request.body.size();
  }
  attr.onsuccess = finish;
  attr.onerror = finish;
  pending->startedMs = emscripten_get_now();
  PendingRequest* raw = pending.release();  // owned by the fetch until finish()
  attr.userData = raw;
  emscripten_fetch(&attr, raw->url.c_str());
}

}  // namespace

FetchTransport::FetchTransport(FetchOptions options, std::function<void()> onAnswer)
    : options_(std::move(options)), onAnswer_(std::move(onAnswer)) {}

void FetchTransport::send(HttpRequest request, api::TransportCallback onDone) {
  auto pending = std::make_unique<PendingRequest>();
  pending->url = options_.baseUrl + request.path;
  if (!request.query.empty()) pending->url += "?" + encodeQueryString(request.query);
  for (const auto& [name, value] : request.headers) {
    pending->headerStorage.push_back(name);
    pending->headerStorage.push_back(value);
  }
  for (const auto& text : pending->headerStorage) pending->headerPointers.push_back(text.c_str());
  pending->headerPointers.push_back(nullptr);
  pending->request = std::move(request);
  pending->onDone = std::move(onDone);
  pending->options = options_;
  pending->onAnswer = onAnswer_;
  pending->inFlight = inFlight_;
  ++*inFlight_;
  start(std::move(pending));
}

}  // namespace koo::platform
