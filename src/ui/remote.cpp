// Buyer-facing texts for api errors.
#include "remote.h"

#include "core/i18n.h"

namespace koo::ui {

ErrorView errorView(std::string title, const api::ApiError& error) {
  std::string message;
  switch (error.kind) {
    case api::ApiErrorKind::Network:
      message = tr("error.network");
      break;
    case api::ApiErrorKind::Timeout:
      message = tr("error.timeout");
      break;
    case api::ApiErrorKind::BadResponse:
      message = tr("error.bad_response");
      if (!error.decodePath.empty()) message += tr("error.bad_response_at", {{"path", error.decodePath}});
      message += tr("error.sentence_end");
      break;
    case api::ApiErrorKind::InvalidRequest:
    case api::ApiErrorKind::Http:
      message = error.message.empty() ? tr("error.refused") : error.message;
      if (error.httpStatus >= 500) message += tr("error.server_problem");
      if (error.httpStatus == 429) message += tr("error.too_many");
      if (error.retryAfterSeconds > 0) message += tr("error.retry_after", {{"seconds", std::to_string(error.retryAfterSeconds)}});
      break;
  }
  if (error.httpStatus > 0) message += tr("error.http_status", {{"status", std::to_string(error.httpStatus)}});
  return ErrorView{std::move(title), std::move(message), error.requestId, error.retryAfterSeconds};
}

}  // namespace koo::ui
