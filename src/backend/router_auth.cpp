// Handlers of health and sign-in (tokens, who is signed in), plus the shared pieces of every
// handler: random IDs, bearer-token authentication, the empty-body check.
#include <chrono>

#include "router_internal.h"

namespace koo::backend::detail {

namespace {

std::string hex(std::uint64_t value, int digits) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(static_cast<size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = kDigits[value & 15];
  return out;
}

// Compares without stopping at the first difference, so timing does not leak the password.
bool sameSecret(const std::string& given, const std::string& expected) {
  unsigned char diff = given.size() == expected.size() ? 0 : 1;
  for (size_t i = 0; i < expected.size(); ++i)
    diff |= static_cast<unsigned char>(expected[i] ^ (i < given.size() ? given[i] : 0));
  return diff == 0;
}

// The token of an `Authorization: Bearer <token>` header (the scheme in any case).
std::optional<std::string> bearerToken(const HttpRequest& request) {
  const std::string* header = findHeader(request.headers, "Authorization");
  if (!header || header->size() <= 7 || !equalsIgnoringAsciiCase(header->substr(0, 7), "bearer "))
    return std::nullopt;
  return header->substr(7);
}

}  // namespace

IdSource::IdSource() : engine_((static_cast<std::uint64_t>(device_()) << 32) | device_()) {
  prefix_ = hex(engine_(), 8);
}

std::string IdSource::requestId() {
  std::lock_guard lock(mutex_);
  return "req-" + prefix_ + "-" + hex(++counter_, 6);
}

std::string IdSource::token() {
  std::lock_guard lock(mutex_);
  std::string out = "kgt_";
  for (int i = 0; i < 4; ++i) out += hex(device_(), 8);  // 128 bits from the OS
  return out;
}

std::optional<ApiError> checkEmptyBody(const Call& call) {
  const std::string& body = call.request.body;
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  auto json = parseJsonText(body);
  if (!json.ok()) return fromDecodeError(json.error());
  if (!json->is_object())
    return ApiError{ErrorCode::Validation,
                    "$: expected object, got " + std::string(jsonTypeName(json.value()))};
  return std::nullopt;
}

std::optional<ExpiryPurge> Handlers::purgeFor(Timestamp now, bool force) {
  // A clock moved back (test mode) counts as due: the interval is measured from the last purge.
  const bool due = force || !lastPurge_ || now < *lastPurge_ ||
                   now - *lastPurge_ >= options_.purgeInterval;
  if (!due) return std::nullopt;
  return ExpiryPurge{now - options_.idempotencyRetention, now};
}

std::optional<ApiError> Handlers::authenticate(Call& call) {
  const ApiError refused{ErrorCode::Unauthorized, "A valid bearer token is required"};
  const auto token = bearerToken(call.request);
  if (!token) return refused;
  auto session = store_.findSession(*token);
  if (!session || session->expiresAt <= call.now) return refused;
  call.buyer = store_.findBuyerById(session->buyerId);
  if (!call.buyer) return refused;
  return std::nullopt;
}

Outcome Handlers::health(Call& call) {
  HealthStatus status;
  status.version = options_.version;
  status.time = call.now;
  status.testMode = options_.testMode;
  return Reply{200, toJsonValue(status), {}};
}

Outcome Handlers::demoBuyers(Call&) {
  // The demo sign-in page lists who one can be; only public fields, never passwords.
  ItemList<Buyer> list;
  for (const auto& record : store_.buyers()) list.items.push_back(record.buyer);
  return Reply{200, toJsonValue(list), {}};
}

Outcome Handlers::signIn(Call& call) {
  auto body = decodeBody<SignInRequest>(call);
  if (!body.ok()) return body.error();
  // Unknown names are counted too, so a wait tells nothing about who exists.
  const std::string user = body->userName ? *body->userName : "id:" + *body->buyerId;
  const std::string& address = call.request.clientAddress;
  if (auto wait = signInThrottle_.waitBeforeAttempt(user, address, call.now))
    return ApiError{ErrorCode::TooManyRequests,
                    "Too many failed sign-ins: try again in " + std::to_string(wait->count()) + " s",
                    *wait};
  auto buyer = body->userName ? store_.findBuyerByUserName(*body->userName)
                              : store_.findBuyerById(*body->buyerId);
  const bool accepted =
      buyer && (!body->buyerId || *body->buyerId == buyer->buyer.buyerId) &&
      (buyer->password.empty() || sameSecret(body->password.value_or(""), buyer->password));
  if (!accepted) {
    signInThrottle_.failed(user, address, call.now);
    return ApiError{ErrorCode::Unauthorized, "Unknown demo buyer or wrong password"};
  }
  signInThrottle_.succeeded(user);
  SignInResponse response;
  response.token = ids_.token();
  response.expiresAt = call.now + options_.sessionLifetime;
  response.buyer = buyer->buyer;
  Reply reply{200, toJsonValue(response), {}};
  reply.holdsSecret = true;
  reply.change.addSession = SessionRecord{response.token, buyer->buyer.buyerId, response.expiresAt};
  return reply;
}

// Ends the session of the bearer token, if it is one; an unknown or ended one is already
// signed out, so the answer is the same (a retry after a lost answer needs no key record).
Outcome Handlers::signOut(Call& call) {
  Reply reply{204, Json(), {}};
  const auto token = bearerToken(call.request);
  if (token && store_.findSession(*token)) reply.change.endSession = *token;
  return reply;
}

Outcome Handlers::me(Call& call) { return Reply{200, toJsonValue(call.buyer->buyer), {}}; }

}  // namespace koo::backend::detail
