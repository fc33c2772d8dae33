// The one error value of the api layer: an HTTP error answer, a network failure or timeout, an
// answer that does not decode, or a request refused before sending. Nothing in api throws.
#pragma once

#include <functional>
#include <string>

#include "core/result.h"

namespace koo::api {

enum class ApiErrorKind {
  Http,            // the server answered with an error status (code from its error body)
  Network,         // no answer: connection failed
  Timeout,         // no answer in time
  BadResponse,     // a 2xx answer whose body is not what the contract says (decodePath tells where)
  InvalidRequest,  // refused before sending (e.g. no Idempotency-Key given)
};

struct ApiError {
  ApiErrorKind kind = ApiErrorKind::Http;
  int httpStatus = 0;      // 0 when there was no HTTP answer
  std::string code;        // "NOT_FOUND", "CONFLICT", ... or NETWORK_ERROR, TIMEOUT, BAD_RESPONSE, INVALID_REQUEST
  std::string message;     // the server's words, or ours when it gave none
  std::string requestId;   // from the error body or the X-Request-Id header, when known
  std::string decodePath;  // where decoding failed ("$.items[3].status"), when it did
  int retryAfterSeconds = 0;  // how long the server asked us to wait (Retry-After), 0 when it did not

  // Worth trying again unchanged: no answer, the server said it is unavailable / failed, or it
  // asked us to slow down (429: nothing was done, try later).
  bool retryable() const {
    return kind == ApiErrorKind::Network || kind == ApiErrorKind::Timeout || httpStatus == 503 ||
           httpStatus == 502 || httpStatus == 504 || httpStatus == 500 || httpStatus == 429;
  }
  // The server may have done what was asked (no answer, a failure, or an answer that could not
  // be read): a retry of the same intent must carry the same Idempotency-Key.
  bool outcomeUnknown() const { return retryable() || kind == ApiErrorKind::BadResponse; }
  // The session is gone: sign in again.
  bool unauthorized() const { return httpStatus == 401; }
};

template <class T>
using ApiResult = Expected<T, ApiError>;

template <class T>
using ApiCallback = std::function<void(ApiResult<T>)>;

}  // namespace koo::api
