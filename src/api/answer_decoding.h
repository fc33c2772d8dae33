// Turns one transport answer into a core value or an ApiError: a 2xx body decodes as the
// contract type; anything else becomes the error the server described, or one we describe.
#pragma once

#include <optional>

#include "api_error.h"
#include "core/json_codec.h"
#include "transport.h"

namespace koo::api {

// The error an answer stands for (no answer, or a status outside 2xx); nullopt for 2xx.
std::optional<ApiError> errorOfAnswer(const TransportResponse& answer);
// Seconds from a Retry-After header in delta-seconds form (capped at a day); 0 when absent or
// given as a date.
int retryAfterSeconds(const HttpResponse& response);
// A 2xx answer whose body did not decode.
ApiError badResponseError(const TransportResponse& answer, const DecodeError& error);

template <class T>
ApiResult<T> decodeAnswer(const TransportResponse& answer) {
  if (auto error = errorOfAnswer(answer)) return *error;
  auto decoded = decodeJsonText<T>(answer.http.body);
  if (!decoded.ok()) return badResponseError(answer, decoded.error());
  return std::move(decoded).value();
}

}  // namespace koo::api
