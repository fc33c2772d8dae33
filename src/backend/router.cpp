// The router's boundary: the handler of each route of core's endpoint table, matching, CORS,
// fault injection, authentication, idempotency keys, and the error body. Everything below it
// is in router_*.cpp.
#include "router.h"

#include <exception>
#include <string_view>
#include <vector>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "core/endpoints.h"
#include "router_internal.h"

namespace koo::backend {

using detail::ApiError;
using detail::Call;
using detail::Handlers;
using detail::Outcome;
using detail::notFound;

namespace {

constexpr size_t kMaxIdempotencyKey = 128;

// The fault endpoint is never faulted itself, so a test can always switch faults off.
const std::string& faultsPath() {
  static const std::string path =
      std::string(kApiBasePath) + std::string(endpointOf(Operation::TestSetFaults).path);
  return path;
}

using Handler = Outcome (Handlers::*)(Call&);

// The handler of each operation of the endpoint table (core/endpoints.h).
Handler handlerFor(Operation operation) {
  switch (operation) {
    case Operation::GetHealth: return &Handlers::health;
    case Operation::ListDemoBuyers: return &Handlers::demoBuyers;
    case Operation::SignIn: return &Handlers::signIn;
    case Operation::SignOut: return &Handlers::signOut;
    case Operation::GetMe: return &Handlers::me;
    case Operation::ListPurchasedApps: return &Handlers::listApps;
    case Operation::GetResourceDetails: return &Handlers::appDetails;
    case Operation::RevealPassword: return &Handlers::revealPassword;
    case Operation::ListSupervisedOrders: return &Handlers::listSupervised;
    case Operation::GetSupervisedOrder: return &Handlers::supervisedDetails;
    case Operation::SubmitRequest: return &Handlers::submitRequest;
    case Operation::ConfirmAcceptance: return &Handlers::confirmAcceptance;
    case Operation::RejectDelivery: return &Handlers::rejectDelivery;
    case Operation::RemindSeller: return &Handlers::remind;
    case Operation::InitiateAppeal: return &Handlers::appeal;
    case Operation::RevealSupervisedPassword: return &Handlers::revealSupervisedPassword;
    case Operation::ListOrders: return &Handlers::listOrders;
    case Operation::GetOrder: return &Handlers::orderDetails;
    case Operation::TestSellerAction: return &Handlers::sellerAction;
    case Operation::TestAppealDecision: return &Handlers::appealDecision;
    case Operation::TestProvisioningFailure: return &Handlers::provisioningFailure;
    case Operation::TestGetClock: return &Handlers::getClock;
    case Operation::TestSetClock: return &Handlers::setClock;
    case Operation::TestAuditLog: return &Handlers::auditLog;
    case Operation::TestGetFaults: return &Handlers::getFaults;
    case Operation::TestSetFaults: return &Handlers::setFaults;
    case Operation::PayOrder: return &Handlers::payOrder;
    case Operation::CancelOrder: return &Handlers::cancelOrder;
    case Operation::TestPaymentOutcome: return &Handlers::setPaymentOutcome;
    case Operation::ListRenewals: return &Handlers::listRenewals;
    case Operation::CreateRenewalOrders: return &Handlers::createRenewalOrders;
    case Operation::SetAutoRenew: return &Handlers::setAutoRenew;
    case Operation::ListExpiryReminders: return &Handlers::listExpiryReminders;
    case Operation::DismissExpiryReminder: return &Handlers::dismissExpiryReminder;
    case Operation::ListUnsubscriptions: return &Handlers::listUnsubscriptions;
    case Operation::ListUnsubscriptionCandidates: return &Handlers::listUnsubscriptionCandidates;
    case Operation::GetUnsubscription: return &Handlers::getUnsubscription;
    case Operation::CreateUnsubscription: return &Handlers::createUnsubscription;
    case Operation::WithdrawUnsubscription: return &Handlers::withdrawUnsubscription;
    case Operation::GetOrderUnsubscription: return &Handlers::orderUnsubscription;
    case Operation::TestApproveUnsubscription: return &Handlers::approveUnsubscription;
    case Operation::TestRejectUnsubscription: return &Handlers::rejectUnsubscription;
    case Operation::TestRefundPaid: return &Handlers::refundPaid;
    case Operation::ListInvoices: return &Handlers::listInvoices;
    case Operation::GetInvoice: return &Handlers::invoiceDetails;
    case Operation::RequestInvoiceReturn: return &Handlers::requestInvoiceReturn;
    case Operation::GetInvoiceCustomer: return &Handlers::invoiceCustomer;
    case Operation::SetInvoiceCustomer: return &Handlers::setInvoiceCustomer;
    case Operation::TestConfirmInvoiceReturn: return &Handlers::confirmInvoiceReturn;
    case Operation::GetChangeOptions: return &Handlers::changeOptions;
    case Operation::CreateChangeOrder: return &Handlers::createChangeOrder;
    case Operation::CreateConversionOrder: return &Handlers::createConversionOrder;
  }
  return nullptr;
}

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

// Whether `path` (below /api/v1) fits `pattern`; fills `param` with the "{parameter}" segment.
bool matches(std::string_view pattern, std::string_view path, std::string& param) {
  // One spelling per resource: no trailing or doubled slash, nothing glued to the prefix.
  if (path.empty() || path.front() != '/' || path.back() == '/' ||
      path.find("//") != std::string_view::npos)
    return false;
  auto want = segments(pattern), got = segments(path);
  if (want.size() != got.size()) return false;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].front() == '{')
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
    case 415: return ErrorCode::UnsupportedMediaType;
    case 422: return ErrorCode::Validation;
    case 429: return ErrorCode::TooManyRequests;
    case 503: return ErrorCode::Unavailable;
    default: return status >= 500 ? ErrorCode::Internal : ErrorCode::BadRequest;
  }
}

HttpResponse jsonResponse(int status, const Json& body) {
  HttpResponse response;
  response.status = status;
  if (status == 204) return response;  // No Content
  response.headers["Content-Type"] = "application/json; charset=utf-8";
  response.body = dumpJson(body);
  return response;
}

HttpResponse errorResponse(const ApiError& error, const std::string& requestId, int status = 0) {
  ErrorInfo info{std::string(toString(error.code)), error.message, requestId};
  HttpResponse response = jsonResponse(status ? status : httpStatusFor(error.code), toJsonValue(info));
  if (error.retryAfter) response.headers["Retry-After"] = std::to_string(error.retryAfter->count());
  return response;
}

// A body sent as something other than JSON (a form, plain text) is refused rather than
// guessed at; no Content-Type at all counts as JSON, as an empty body does with any.
bool isUnsupportedBodyType(const HttpRequest& request) {
  if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) return false;
  const std::string* type = findHeader(request.headers, "Content-Type");
  if (!type) return false;
  std::string_view mediaType = *type;
  mediaType = mediaType.substr(0, mediaType.find(';'));
  while (!mediaType.empty() && mediaType.back() == ' ') mediaType.remove_suffix(1);
  return !equalsIgnoringAsciiCase(mediaType, "application/json");
}

// Keys are per buyer; before sign-in there is no buyer, so sign-in keys are per user name.
// nullopt when no answer is kept: a sign-in body too broken to name anyone, or sign-out (which
// is the same whenever repeated, and has no buyer once done).
std::optional<std::string> idempotencyScope(const Call& call, const Endpoint& endpoint) {
  if (call.buyer) return call.buyerId();
  if (endpoint.operation != Operation::SignIn) return std::nullopt;
  auto body = decodeJsonText<SignInRequest>(call.request.body);
  if (!body.ok()) return std::nullopt;
  return body->userName ? "sign-in:" + *body->userName : "sign-in-id:" + *body->buyerId;
}

void addCommonHeaders(HttpResponse& response, const std::string& requestId) {
  response.headers["X-Request-Id"] = requestId;
  response.headers["Access-Control-Allow-Origin"] = "*";
  response.headers["Access-Control-Expose-Headers"] = "X-Request-Id, Idempotent-Replayed, Retry-After";
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
  const char* message = "The request could not be read (malformed HTTP)";
  switch (status) {
    case 408: message = "The request took too long to arrive; send it again"; break;
    case 411: message = "The request body needs a Content-Length (chunked bodies are not accepted)"; break;
    case 413: message = "The request body is larger than the server accepts"; break;
    case 414: message = "The request line is longer than the server accepts"; break;
    case 431: message = "The request headers are too many or too large"; break;
    case 501: message = "The request's transfer coding is not supported"; break;
    case 503: message = "The server has too many connections; try again shortly"; break;
    case 505: message = "Only HTTP/1.0 and HTTP/1.1 are supported"; break;
  }
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
  } catch (...) {
    // Details stay in the server; the buyer gets the request ID to quote, and the log line
    // carries the same ID (and nothing of the request that could hold a secret).
    routed.response = errorResponse({ErrorCode::Internal, "Internal error"}, requestId);
    if (options_.errorLog)
      options_.errorLog("internal error requestId=" + requestId + " method=" + request.method +
                        " path=" + request.path);
  }
  addCommonHeaders(routed.response, requestId);
  return routed;
}

RoutedResponse Router::routeUnguarded(const HttpRequest& request, const std::string& requestId) {
  RoutedResponse routed;
  FaultDecision fault;
  if (request.path != faultsPath()) fault = faults_.decide(request.method, request.path);
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
  const Endpoint* route = nullptr;
  std::string param;
  bool hasGet = false, hasPost = false;  // what the path offers, for a 405's Allow
  if (path.substr(0, kApiBasePath.size()) == kApiBasePath) {
    std::string_view below = path.substr(kApiBasePath.size());
    for (const Endpoint& candidate : kEndpoints) {
      if (candidate.testOnly && !options_.testMode) continue;
      if (!matches(candidate.path, below, param)) continue;
      const std::string_view method = candidate.method;
      hasGet |= method == "GET";
      hasPost |= method == "POST";
      if (request.method == method || (request.method == "HEAD" && method == "GET")) {
        route = &candidate;
        break;
      }
    }
  }
  if (!route) {
    if (hasGet || hasPost) {
      HttpResponse response = errorResponse(
          {ErrorCode::MethodNotAllowed, request.method + " is not allowed on " + request.path},
          requestId);
      response.headers["Allow"] = std::string(hasGet ? "GET, HEAD, " : "") + (hasPost ? "POST, " : "") + "OPTIONS";
      return finish(std::move(response));
    }
    return finish(errorResponse(notFound("No endpoint " + request.path), requestId));
  }
  if (request.body.size() > options_.maxBodyBytes)
    return finish(errorResponse({ErrorCode::PayloadTooLarge,
                                 "$: the request body is larger than " +
                                     std::to_string(options_.maxBodyBytes / 1024) + " KiB"},
                                requestId));

  if (isUnsupportedBodyType(request))
    return finish(errorResponse({ErrorCode::UnsupportedMediaType,
                                 "The body must be JSON (Content-Type: application/json)"},
                                requestId));

  Call call{request, requestId, clock_.now(), param, std::nullopt};
  if (route->needsAuth)
    if (auto refused = handlers_->authenticate(call)) return finish(errorResponse(*refused, requestId));

  auto toResponse = [&](const Outcome& outcome) {
    return outcome.ok() ? jsonResponse(outcome->status, outcome->body)
                        : errorResponse(outcome.error(), requestId);
  };
  const Handler handler = handlerFor(route->operation);
  if (route->method != "POST") return finish(toResponse((*handlers_.*handler)(call)));

  const std::string* key = findHeader(request.headers, "Idempotency-Key");
  if (!key || key->empty() || key->size() > kMaxIdempotencyKey)
    return finish(errorResponse({ErrorCode::BadRequest,
                                 key ? "The Idempotency-Key header must be 1-128 characters"
                                     : "The Idempotency-Key header is required on every POST"},
                                requestId));

  std::lock_guard lock(handlers_->writeMutex());
  const std::optional<std::string> scope = idempotencyScope(call, *route);
  const std::string fingerprint = request.method + " " + request.path + " " + handlers_->store().requestDigest(request.body);
  bool runAgain = false;       // a repeat of an answer that held a secret
  bool expiredRecord = false;  // kept past its retention, not yet purged: the key is free
  if (scope) {
    if (auto first = handlers_->store().findIdempotency(*scope, *key)) {
      expiredRecord = first->createdTime < call.now - options_.idempotencyRetention;
      if (!expiredRecord && first->fingerprint != fingerprint)
        return finish(errorResponse({ErrorCode::IdempotencyKeyReused,
                                     "The Idempotency-Key was already used for a different request"},
                                    requestId));
      runAgain = !expiredRecord && first->body.empty();
      if (!expiredRecord && !runAgain) {
        HttpResponse replay;
        replay.status = first->status;
        replay.headers["Content-Type"] = "application/json; charset=utf-8";
        replay.headers["Idempotent-Replayed"] = "true";
        replay.body = first->body;
        return finish(std::move(replay));
      }
    }
  }
  Outcome outcome = (*handlers_.*handler)(call);
  HttpResponse response = toResponse(outcome);
  if (runAgain) response.headers["Idempotent-Replayed"] = "true";
  // Only a success is kept: a refusal changed nothing, so its repeat may simply run again, and
  // refused or unauthenticated callers leave nothing behind. The answer is kept with the
  // change it made, in one store change: after a crash either both are there (a retry
  // replays the answer) or neither (a retry does the work).
  StoreChange change = outcome.ok() ? outcome->change : StoreChange{};
  if (scope && outcome.ok() && response.status < 300 && !runAgain)
    change.addIdempotency =
        IdempotencyRecord{*scope, *key, fingerprint, response.status,
                          outcome->holdsSecret ? std::string() : response.body, call.now};
  if (!change.empty()) change.purgeExpired = handlers_->purgeFor(call.now, expiredRecord);
  handlers_->store().apply(change);
  if (change.purgeExpired) handlers_->purged(call.now);
  return finish(std::move(response));
}

}  // namespace koo::backend
