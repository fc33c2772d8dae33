// Buyer-facing texts for api errors.
#include "remote.h"

namespace koo::ui {

ErrorView errorView(std::string title, const api::ApiError& error) {
  std::string message;
  switch (error.kind) {
    case api::ApiErrorKind::Network:
      message = "The marketplace could not be reached. Check your network connection and retry.";
      break;
    case api::ApiErrorKind::Timeout:
      message = "The marketplace did not answer in time. Retry in a moment.";
      break;
    case api::ApiErrorKind::BadResponse:
      message = "The marketplace sent an answer the console does not understand";
      if (!error.decodePath.empty()) message += " (at " + error.decodePath + ")";
      message += ".";
      break;
    case api::ApiErrorKind::InvalidRequest:
    case api::ApiErrorKind::Http:
      message = error.message.empty() ? "The marketplace refused the request." : error.message;
      if (error.httpStatus >= 500) message += " The marketplace had a problem; retrying usually helps.";
      if (error.httpStatus == 429) message += " The marketplace is receiving too many requests.";
      if (error.retryAfterSeconds > 0) message += " Try again in " + std::to_string(error.retryAfterSeconds) + " s.";
      break;
  }
  if (error.httpStatus > 0) message += " (HTTP " + std::to_string(error.httpStatus) + ")";
  return ErrorView{std::move(title), std::move(message), error.requestId, error.retryAfterSeconds};
}

}  // namespace koo::ui
