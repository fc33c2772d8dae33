// The router's boundary: route table and matching, CORS, fault injection, authentication,
// idempotency keys, and the error body. Everything below it is in router_*.cpp.
#include "router.h"

#include <exception>
#include <string_view>
#include <vector>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "router_internal.h"

namespace koo::backend {

using detail::ApiError;
using detail::Call;
using detail::Handlers;
using detail::Outcome;
using detail::notFound;

namespace {

constexpr std::string_view kApiPrefix = "/api/v1";
constexpr std::string_view kFaultsPath = "/api/v1/test/faults";
constexpr size_t kMaxIdempotencyKey = 128;

struct Route {
  const char* method;
  const char* pattern;  // below /api/v1; "{}" is the one path parameter
  Outcome (Handlers::*handler)(Call&);
  bool needsAuth;
  bool testOnly;
};

const Route kRoutes[] = {
    {"GET", "/health", &Handlers::health, false, false},
    {"GET", "/auth/demo-buyers", &Handlers::demoBuyers, false, false},
    {"POST", "/auth/sign-in", &Handlers::signIn, false, false},
    {"GET", "/auth/me", &Handlers::me, true, false},
    {"GET", "/purchased-apps", &Handlers::listApps, true, false},
    {"GET", "/purchased-apps/{}", &Handlers::appDetails, true, false},
    {"POST", "/purchased-apps/{}/password/reveal", &Handlers::revealPassword, true, false},
    {"GET", "/supervised-orders", &Handlers::listSupervised, true, false},
    {"GET", "/supervised-orders/{}", &Handlers::supervisedDetails, true, false},
    {"POST", "/supervised-orders/{}/submit-request", &Handlers::submitRequest, true, false},
    {"POST", "/supervised-orders/{}/confirm-acceptance", &Handlers::confirmAcceptance, true, false},
    {"POST", "/supervised-orders/{}/reject", &Handlers::rejectDelivery, true, false},
    {"POST", "/supervised-orders/{}/remind", &Handlers::remind, true, false},
    {"POST", "/supervised-orders/{}/appeal", &Handlers::appeal, true, false},
    {"GET", "/orders", &Handlers::listOrders, true, false},
    {"GET", "/orders/{}", &Handlers::orderDetails, true, false},
    {"POST", "/test/supervised-orders/{}/seller-action", &Handlers::sellerAction, true, true},
    {"POST", "/test/supervised-orders/{}/appeal-decision", &Handlers::appealDecision, true, true},
    {"POST", "/test/orders/{}/provisioning-failure", &Handlers::provisioningFailure, true, true},
    {"GET", "/test/clock", &Handlers::getClock, true, true},
    {"POST", "/test/clock", &Handlers::setClock, true, true},
    {"GET", "/test/audit-log", &Handlers::auditLog, true, true},
    {"GET", "/test/faults", &Handlers::getFaults, true, true},
    {"POST", "/test/faults", &Handlers::setFaults, true, true},
};

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Whether `path` (below /api/v1) fits `pattern`; fills `param` with the "{}" segment.
bool matches(std::string_view pattern, std::string_view path, std::string& param) {
  if (path.size() > 1 && path.back() == '/') return false;  // one spelling per resource
  auto want = segments(pattern), got = segments(path);
  if (want.size() != got.size()) return false;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i] == "{}")
      param = std::string(got[i]);
    else if (want[i] != got[i])
      return false;
  }
  return true;
}

ErrorCode errorCodeForStatus(int status) {
  switch (status) {
    case 400: return ErrorCode::BadRequest;
    case 401: return ErrorCode::Unauthorized;
    case 404: return ErrorCode::NotFound;
    case 405: return ErrorCode::MethodNotAllowed;
    case 409: return ErrorCode::Conflict;
    case 413: return ErrorCode::PayloadTooLarge;
    case 422: return ErrorCode::Validation;
    case 503: return ErrorCode::Unavailable;
    default: return status >= 500 ? ErrorCode::Internal : ErrorCode::BadRequest;
  }
}

HttpResponse jsonResponse(int status, const Json& body) {
  HttpResponse response;
  response.status = status;
  response.headers["Content-Type"] = "application/json; charset=utf-8";
  response.body = dumpJson(body);
  return response;
}

HttpResponse errorResponse(const ApiError& error, const std::string& requestId, int status = 0) {
  ErrorInfo info{std::string(toString(error.code)), error.message, requestId};
  return jsonResponse(status ? status : httpStatusFor(error.code), toJsonValue(info));
}

// FNV-1a, 64 bits: enough to tell a different body from the same one under one key.
std::string hashHex(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<size_t>(i)] = digits[hash & 15];
  return out;
}

// Keys are per buyer; before sign-in there is no buyer, so sign-in keys are per user name.
// nullopt when the sign-in body is too broken to name anyone (the answer is then not kept).
std::optional<std::string> idempotencyScope(const Call& call) {
  if (call.buyer) return call.buyerId();
  auto body = decodeJsonText<SignInRequest>(call.request.body);
  if (!body.ok()) return std::nullopt;
  return body->userName ? "sign-in:" + *body->userName : "sign-in-id:" + *body->buyerId;
}

void addCommonHeaders(HttpResponse& response, const std::string& requestId) {
  response.headers["X-Request-Id"] = requestId;
  response.headers["Access-Control-Allow-Origin"] = "*";
  response.headers["Access-Control-Expose-Headers"] = "X-Request-Id, Idempotent-Replayed";
}

}  // namespace

Router::Router(Store& store, ClockFn clock, RouterOptions options)
    : options_(std::move(options)),
      clock_(std::move(clock)),
      handlers_(std::make_unique<Handlers>(store, clock_, faults_, options_)) {
#ifndef __EMSCRIPTEN__
  sleeper_ = [](int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); };
#endif
}

Router::~Router() = default;

HttpResponse Router::handle(const HttpRequest& request) {
  RoutedResponse routed = route(request);
  if (routed.latencyMs > 0 && sleeper_) sleeper_(routed.latencyMs);
  return std::move(routed.response);
}

HttpResponse Router::transportError(int status) {
  std::string requestId = handlers_->ids().requestId();
  std::string message =
      status == 413 ? "The request body is larger than the server accepts"
                    : "The request could not be read (malformed HTTP, or a POST without Content-Length)";
  HttpResponse response = errorResponse({errorCodeForStatus(status), message}, requestId, status);
  addCommonHeaders(response, requestId);
  return response;
}

RoutedResponse Router::route(const HttpRequest& request) {
  std::string requestId;
  RoutedResponse routed;
  try {
    requestId = handlers_->ids().requestId();
    routed = routeUnguarded(request, requestId);
  } catch (const std::exception&) {
    // Details stay in the server; the buyer gets the request ID to quote.
    routed.response = errorResponse({ErrorCode::Internal, "Internal error"}, requestId);
  } catch (...) {
    routed.response = errorResponse({ErrorCode::Internal, "Internal error"}, requestId);
  }
  addCommonHeaders(routed.response, requestId);
  return routed;
}

RoutedResponse Router::routeUnguarded(const HttpRequest& request, const std::string& requestId) {
  RoutedResponse routed;
  FaultDecision fault;
  if (request.path != kFaultsPath) fault = faults_.decide(request.method, request.path);
  routed.latencyMs = fault.latencyMs;
  auto finish = [&](HttpResponse response) {
    applyFault(fault, response);
    routed.response = std::move(response);
    return routed;
  };
  if (fault.status != 0)
    return finish(errorResponse({errorCodeForStatus(fault.status), "Injected fault (test mode)"},
                                requestId, fault.status));

  // CORS preflight: a console served from another origin may call every endpoint.
  if (request.method == "OPTIONS") {
    HttpResponse preflight;
    preflight.status = 204;
    preflight.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS";
    preflight.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type, Idempotency-Key";
    preflight.headers["Access-Control-Max-Age"] = "600";
    return finish(std::move(preflight));
  }

  std::string_view path = request.path;
  const Route* route = nullptr;
  std::string param;
  bool pathKnown = false;
  if (path.substr(0, kApiPrefix.size()) == kApiPrefix) {
    std::string_view below = path.substr(kApiPrefix.size());
    for (const Route& candidate : kRoutes) {
      if (candidate.testOnly && !options_.testMode) continue;
      if (!matches(candidate.pattern, below, param)) continue;
      pathKnown = true;
      if (request.method == candidate.method || (request.method == "HEAD" && std::string_view(candidate.method) == "GET")) {
        route = &candidate;
        break;
      }
    }
  }
  if (!route) {
    if (pathKnown) {
      HttpResponse response = errorResponse(
          {ErrorCode::MethodNotAllowed, request.method + " is not allowed on " + request.path},
          requestId);
      response.headers["Allow"] = "GET, POST, OPTIONS";
      return finish(std::move(response));
    }
    return finish(errorResponse(notFound("No endpoint " + request.path), requestId));
  }
  if (request.body.size() > options_.maxBodyBytes)
    return finish(errorResponse({ErrorCode::PayloadTooLarge,
                                 "$: the request body is larger than " +
                                     std::to_string(options_.maxBodyBytes / 1024) + " KiB"},
                                requestId));

  Call call{request, requestId, clock_.now(), param, std::nullopt};
  if (route->needsAuth)
    if (auto refused = handlers_->authenticate(call)) return finish(errorResponse(*refused, requestId));

  auto toResponse = [&](const Outcome& outcome) {
    return outcome.ok() ? jsonResponse(outcome->status, outcome->body)
                        : errorResponse(outcome.error(), requestId);
  };
  if (std::string_view(route->method) != "POST") return finish(toResponse((*handlers_.*route->handler)(call)));

  const std::string* key = findHeader(request.headers, "Idempotency-Key");
  if (!key || key->empty() || key->size() > kMaxIdempotencyKey)
    return finish(errorResponse({ErrorCode::BadRequest,
                                 key ? "The Idempotency-Key header must be 1-128 characters"
                                     : "The Idempotency-Key header is required on every POST"},
                                requestId));

  std::lock_guard lock(handlers_->writeMutex());
  const std::optional<std::string> scope = idempotencyScope(call);
  const std::string fingerprint = request.method + " " + request.path + " " + hashHex(request.body);
  if (scope) {
    if (auto first = handlers_->store().findIdempotency(*scope, *key)) {
      if (first->fingerprint != fingerprint)
        return finish(errorResponse({ErrorCode::IdempotencyKeyReused,
                                     "The Idempotency-Key was already used for a different request"},
                                    requestId));
      HttpResponse replay;
      replay.status = first->status;
      replay.headers["Content-Type"] = "application/json; charset=utf-8";
      replay.headers["Idempotent-Replayed"] = "true";
      replay.body = first->body;
      return finish(std::move(replay));
    }
  }
  Outcome outcome = (*handlers_.*route->handler)(call);
  HttpResponse response = toResponse(outcome);
  // The answer is kept with the change it made, in one store change: after a crash either
  // both are there (a retry replays the answer) or neither (a retry does the work).
  StoreChange change = outcome.ok() ? outcome->change : StoreChange{};
  if (scope && response.status < 500)
    change.addIdempotency = IdempotencyRecord{*scope, *key, fingerprint, response.status,
                                              response.body, call.now};
  handlers_->store().apply(change);
  return finish(std::move(response));
}

}  // namespace koo::backend
