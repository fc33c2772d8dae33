// Values that are either a result or the reason there is none: Expected<T, E> in general,
// Result<T> for decoding (the error carries the JSON path of the problem). Nothing throws.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "enums.h"

namespace koo {

template <class T, class E>
class Expected {
 public:
  Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Expected(E error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Only call value() when ok() and error() when !ok().
  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const E& error() const { return std::get<1>(state_); }

  const T* operator->() const { return &value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, E> state_;
};

// What kind of problem a decode found; it decides the error code an answer carries.
enum class DecodeErrorKind {
  Syntax,     // not JSON at all                               -> BAD_JSON 400
  Missing,    // a required field is absent                    -> VALIDATION 422
  WrongType,  // e.g. a number where a string belongs          -> VALIDATION 422
  BadValue,   // unknown enum value, out of range, bad format  -> VALIDATION 422
  TooLong,    // a string over its limit                       -> VALIDATION 422
  TooLarge,   // an attachment over its size limit             -> PAYLOAD_TOO_LARGE 413
};

struct DecodeError {
  std::string path;  // "$.items[3].status"; "$" is the whole document
  std::string message;
  DecodeErrorKind kind = DecodeErrorKind::BadValue;

  // "$.items[3].status: unknown value ..." (what an error answer's message says).
  std::string describe() const { return path + ": " + message; }
};

inline ErrorCode errorCodeFor(DecodeErrorKind kind) {
  switch (kind) {
    case DecodeErrorKind::Syntax: return ErrorCode::BadJson;
    case DecodeErrorKind::TooLarge: return ErrorCode::PayloadTooLarge;
    default: return ErrorCode::Validation;
  }
}

template <class T>
using Result = Expected<T, DecodeError>;

}  // namespace koo
