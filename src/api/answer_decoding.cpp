// Error answers: the contract's error body when there is one, otherwise a code derived from the
// HTTP status so callers can still act on 401 / 404 / 503 when a proxy answered with HTML.
#include "answer_decoding.h"

namespace koo::api {
namespace {

std::string headerOrEmpty(const HttpResponse& response, const std::string& name) {
  const std::string* value = findHeader(response.headers, name);
  return value ? *value : std::string();
}

// The contract's code for a status, or "HTTP_<status>" when the contract has none.
std::string codeForStatus(int status) {
  for (ErrorCode code : allEnumValues<ErrorCode>())
    if (httpStatusFor(code) == status) return std::string(toString(code));
  return "HTTP_" + std::to_string(status);
}

}  // namespace

int retryAfterSeconds(const HttpResponse& response) {
  const std::string* value = findHeader(response.headers, "Retry-After");
  if (!value || value->empty() || value->size() > 9) return 0;
  int seconds = 0;
  for (const char c : *value) {
    if (c < '0' || c > '9') return 0;
    seconds = seconds * 10 + (c - '0');
  }
  return seconds > 86400 ? 86400 : seconds;
}

std::optional<ApiError> errorOfAnswer(const TransportResponse& answer) {
  if (answer.error == TransportError::Network)
    return ApiError{ApiErrorKind::Network, 0, "NETWORK_ERROR",
                    answer.detail.empty() ? "The marketplace could not be reached" : answer.detail, "", "", 0};
  if (answer.error == TransportError::Timeout)
    return ApiError{ApiErrorKind::Timeout, 0, "TIMEOUT",
                    answer.detail.empty() ? "The marketplace did not answer in time" : answer.detail, "", "", 0};
  const HttpResponse& http = answer.http;
  if (http.status >= 200 && http.status < 300) return std::nullopt;

  ApiError error{ApiErrorKind::Http, http.status, "", "", headerOrEmpty(http, "X-Request-Id"), "",
                 retryAfterSeconds(http)};
  const auto body = decodeJsonText<ErrorInfo>(http.body);
  if (body.ok()) {
    error.code = body->code;
    error.message = body->message;
    if (!body->requestId.empty()) error.requestId = body->requestId;
  } else {
    error.code = codeForStatus(http.status);
    error.message = "HTTP " + std::to_string(http.status) + " without an error body";
    error.decodePath = body.error().path;
  }
  return error;
}

ApiError badResponseError(const TransportResponse& answer, const DecodeError& error) {
  return ApiError{ApiErrorKind::BadResponse, answer.http.status, "BAD_RESPONSE",
                  "The marketplace's answer does not match the contract: " + error.describe(),
                  headerOrEmpty(answer.http, "X-Request-Id"), error.path, 0};
}

}  // namespace koo::api
