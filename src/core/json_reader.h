// The building blocks of every JSON codec: a decode context that keeps the first problem with
// its JSON path, an ObjectReader that reads typed fields with limits, and non-throwing dump.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain.h"
#include "enums.h"
#include "result.h"
#include "timestamp.h"

namespace koo {

using Json = nlohmann::json;

// Keeps the first problem found; later ones are ignored so the message names the first path.
class DecodeContext {
 public:
  bool failed() const { return error_.has_value(); }
  void fail(const std::string& path, DecodeErrorKind kind, std::string message);
  const std::optional<DecodeError>& error() const { return error_; }

 private:
  std::optional<DecodeError> error_;
};

// "$.items" + "status" -> "$.items.status"; keys that are not identifiers are quoted: $["a b"].
std::string childPath(const std::string& parent, std::string_view key);
std::string indexPath(const std::string& parent, size_t index);
std::string_view jsonTypeName(const Json& value);

// Serialises without ever throwing (invalid UTF-8 is replaced, not rejected).
std::string dumpJson(const Json& value);

// Limits of one string field. A blank string is only whitespace.
struct TextRule {
  size_t maxLength = 0;
  size_t minLength = 0;
  bool notBlank = false;
};
namespace text_rules {
constexpr TextRule kId{limits::kId, 1, true};
constexpr TextRule kName{limits::kName, 1, true};
constexpr TextRule kOptionalName{limits::kName};
constexpr TextRule kShort{limits::kShortText};
// Seller URLs are data, any scheme: the console decides what it makes clickable (http/https only).
constexpr TextRule kUrl{limits::kUrl, 1, true};
constexpr TextRule kUserName{limits::kUserName, 1, true};
constexpr TextRule kPassword{limits::kPassword, 1};
constexpr TextRule kMemo{limits::kMemo};
constexpr TextRule kReason{limits::kReason, 1, true};
constexpr TextRule kOptionalReason{limits::kReason};
constexpr TextRule kToken{limits::kToken, 1, true};
constexpr TextRule kMessage{limits::kMessage};
constexpr TextRule kCurrency{3, 3};
constexpr TextRule kFormKey{limits::kFormFieldKey, 1, true};
constexpr TextRule kFormValue{limits::kFormFieldValue};
constexpr TextRule kStatement{limits::kDeliveryText, 1, true};
constexpr TextRule kDocument{limits::kUrl};
constexpr TextRule kFileName{limits::kFileName, 1, true};
constexpr TextRule kContentType{limits::kContentType, 1, true};
}  // namespace text_rules

// Checks one string against a rule; reports TooLong / BadValue at `path`.
bool checkText(const std::string& value, const TextRule& rule, const std::string& path,
               DecodeContext& context);

// Scalar decoders; struct types add their own decodeValue overloads (json_codec.h).
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, bool& out);
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Timestamp& out);
void decodeText(const Json& json, const std::string& path, DecodeContext& context,
                const TextRule& rule, std::string& out);
void decodeInteger(const Json& json, const std::string& path, DecodeContext& context,
                   std::int64_t min, std::int64_t max, std::int64_t& out);

template <class E>
concept WireEnum = requires { EnumTraits<E>::names; };

template <WireEnum E>
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, E& out) {
  if (!json.is_string()) {
    context.fail(path, DecodeErrorKind::WrongType,
                 "expected string (" + std::string(EnumTraits<E>::typeName) + "), got " +
                     std::string(jsonTypeName(json)));
    return;
  }
  const std::string& text = json.get_ref<const std::string&>();
  if (auto value = enumFromString<E>(text)) {
    out = *value;
    return;
  }
  std::string expected;
  for (const auto& entry : EnumTraits<E>::names)
    expected += (expected.empty() ? "" : ", ") + std::string(entry.name);
  context.fail(path, DecodeErrorKind::BadValue,
               "unknown " + std::string(EnumTraits<E>::typeName) + " value \"" + text.substr(0, 64) +
                   "\" (expected one of " + expected + ")");
}

template <WireEnum E>
Json toJsonValue(E value) {
  return std::string(toString(value));
}
inline Json toJsonValue(Timestamp value) { return formatIsoUtc(value); }
inline Json toJsonValue(const std::string& value) { return value; }
inline Json toJsonValue(std::int64_t value) { return value; }

// Reads the fields of one JSON object. Unknown fields are ignored; null counts as absent.
class ObjectReader {
 public:
  ObjectReader(const Json& json, std::string path, DecodeContext& context);

  bool ok() const { return !context_.failed(); }
  const std::string& path() const { return path_; }
  DecodeContext& context() { return context_; }
  bool has(const char* key) const;

  void text(const char* key, std::string& out, const TextRule& rule);
  void text(const char* key, std::optional<std::string>& out, const TextRule& rule);
  void integer(const char* key, std::int64_t& out, std::int64_t min, std::int64_t max);
  void integer(const char* key, int& out, int min, int max);
  void integer(const char* key, std::optional<std::int64_t>& out, std::int64_t min, std::int64_t max);
  // A JSON object of string values, e.g. a request's form fields.
  void textMap(const char* key, std::map<std::string, std::string>& out, const TextRule& keyRule,
               const TextRule& valueRule, size_t maxEntries);

  // Any type with a decodeValue overload: bool, Timestamp, enums, struct types.
  template <class T>
  void field(const char* key, T& out) {
    if (const Json* value = find(key, true)) decodeValue(*value, childPath(path_, key), context_, out);
  }
  template <class T>
  void field(const char* key, std::optional<T>& out) {
    const Json* value = find(key, false);
    if (!value) return;
    T decoded{};
    decodeValue(*value, childPath(path_, key), context_, decoded);
    if (!context_.failed()) out = std::move(decoded);
  }
  template <class T>
  void list(const char* key, std::vector<T>& out, size_t maxItems) {
    const Json* value = find(key, true);
    if (!value) return;
    const std::string listPath = childPath(path_, key);
    if (!value->is_array()) {
      context_.fail(listPath, DecodeErrorKind::WrongType,
                    "expected array, got " + std::string(jsonTypeName(*value)));
      return;
    }
    if (value->size() > maxItems) {
      context_.fail(listPath, DecodeErrorKind::TooLong,
                    "at most " + std::to_string(maxItems) + " items allowed, got " +
                        std::to_string(value->size()));
      return;
    }
    out.clear();
    out.reserve(value->size());
    for (size_t i = 0; i < value->size() && !context_.failed(); ++i) {
      T item{};
      decodeValue((*value)[i], indexPath(listPath, i), context_, item);
      out.push_back(std::move(item));
    }
  }

 private:
  const Json* find(const char* key, bool required);

  const Json* json_;
  std::string path_;
  DecodeContext& context_;
};

// Puts `value` under `key` only when present (absent optionals are left out of the JSON).
template <class T>
void putOptional(Json& object, const char* key, const std::optional<T>& value) {
  if (value) object[key] = toJsonValue(*value);
}
}  // namespace koo
