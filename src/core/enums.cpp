// The HTTP status of each error code: the one mapping the backend answers with and the
// client and contract describe.
#include "enums.h"

namespace koo {

int httpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::BadRequest: return 400;
    case ErrorCode::BadJson: return 400;
    case ErrorCode::Unauthorized: return 401;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::MethodNotAllowed: return 405;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::PayloadTooLarge: return 413;
    case ErrorCode::UnsupportedMediaType: return 415;
    case ErrorCode::Validation: return 422;
    case ErrorCode::IdempotencyKeyReused: return 422;
    case ErrorCode::TooManyRequests: return 429;
    case ErrorCode::Internal: return 500;
    case ErrorCode::Unavailable: return 503;
    case ErrorCode::PaymentFailed: return 402;        // the payment platform refused the payment
    case ErrorCode::InsufficientBalance: return 402;  // the account balance does not cover it
  }
  return 500;
}

}  // namespace koo
