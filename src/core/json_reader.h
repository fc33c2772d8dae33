// The building blocks of every JSON codec: a decode context that keeps the first problem with
// its JSON path, the two visitors of a type's field list (ObjectReader decodes with limits and
// paths, ObjectWriter encodes), and non-throwing dump.
#pragma once

#include <concepts>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
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

template <class T>
Json toJsonArray(const std::vector<T>& values) {
  Json array = Json::array();
  for (const auto& value : values) array.push_back(toJsonValue(value));
  return array;
}

// A type's field list is one template, `fields(visitor, value)`, called with an ObjectReader
// and a T (decoding) or an ObjectWriter and a const T (encoding): Self is T or const T.
template <class Self, class T>
concept MaybeConst = std::same_as<std::remove_const_t<Self>, T>;

// Reads the fields of one JSON object. Unknown fields are ignored; null counts as absent.
// Fields are read in the list's order and the first problem stops the rest, so the list's
// order decides which path an error names.
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
  // A field with its own decoder, called as decode(json, path, context, out).
  template <class T, class Decode>
  void field(const char* key, T& out, Decode&& decode) {
    if (const Json* value = find(key, true)) decode(*value, childPath(path_, key), context_, out);
  }
  template <class T, class Decode>
  void field(const char* key, std::optional<T>& out, Decode&& decode) {
    const Json* value = find(key, false);
    if (!value) return;
    T decoded{};
    decode(*value, childPath(path_, key), context_, decoded);
    if (!context_.failed()) out = std::move(decoded);
  }
  // A nested object without a type of its own: describe(reader) reads its fields.
  template <class Describe>
  void object(const char* key, Describe&& describe) {
    const Json* value = find(key, true);
    if (!value) return;
    ObjectReader inner(*value, childPath(path_, key), context_);
    describe(inner);
  }
  // The fields of `out` (its own codec) read from this same object, next to the others.
  template <class T>
  void embedded(T& out) {
    if (ok()) decodeValue(*json_, path_, context_, out);
  }
  // A rule across fields, checked once the fields read so far are valid: rule(path, context).
  template <class Rule>
  void check(Rule&& rule) {
    if (ok()) rule(path_, context_);
  }
  // Sets what follows from the decoded fields: derive(out).
  template <class T, class Derive>
  void derive(T& out, Derive&& setDerived) {
    if (ok()) setDerived(out);
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

// Writes the fields of one JSON object from the same field list; limits and rules are for
// decoding only. Absent optionals are left out of the JSON.
class ObjectWriter {
 public:
  Json take() { return std::move(json_); }

  void text(const char* key, const std::string& value, const TextRule&) { json_[key] = value; }
  void text(const char* key, const std::optional<std::string>& value, const TextRule&) {
    if (value) json_[key] = *value;
  }
  template <class Int>
  void integer(const char* key, const Int& value, std::int64_t, std::int64_t) {
    json_[key] = value;
  }
  template <class Int>
  void integer(const char* key, const std::optional<Int>& value, std::int64_t, std::int64_t) {
    if (value) json_[key] = *value;
  }
  void textMap(const char* key, const std::map<std::string, std::string>& value, const TextRule&,
               const TextRule&, size_t) {
    json_[key] = value;
  }
  void field(const char* key, bool value) { json_[key] = value; }
  template <class T>
  void field(const char* key, const T& value) {
    json_[key] = toJsonValue(value);
  }
  template <class T>
  void field(const char* key, const std::optional<T>& value) {
    if (value) json_[key] = toJsonValue(*value);
  }
  template <class T, class Decode>
  void field(const char* key, const T& value, Decode&&) {
    field(key, value);
  }
  template <class Describe>
  void object(const char* key, Describe&& describe) {
    ObjectWriter inner;
    describe(inner);
    json_[key] = inner.take();
  }
  template <class T>
  void embedded(const T& value) {
    json_.update(toJsonValue(value));
  }
  template <class T>
  void list(const char* key, const std::vector<T>& values, size_t) {
    json_[key] = toJsonArray(values);
  }
  template <class Rule>
  void check(Rule&&) {}
  template <class T, class Derive>
  void derive(const T&, Derive&&) {}

 private:
  Json json_ = Json::object();
};

// Defines toJsonValue and decodeValue of Type from its field list, `fields(visitor, value)`.
#define KOO_CODEC_FROM_FIELDS(Type)                                                   \
  Json toJsonValue(const Type& value) {                                               \
    ObjectWriter writer;                                                              \
    fields(writer, value);                                                            \
    return writer.take();                                                             \
  }                                                                                   \
  void decodeValue(const Json& json, const std::string& path, DecodeContext& context, \
                   Type& out) {                                                       \
    ObjectReader reader(json, path, context);                                         \
    fields(reader, out);                                                              \
  }

}  // namespace koo
