// Path building, scalar decoding with limits, and the ObjectReader behind every codec.
#include "json_reader.h"

#include "text.h"

namespace koo {
namespace {

bool isIdentifier(std::string_view key) {
  if (key.empty()) return false;
  for (size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !(digit && i > 0)) return false;
  }
  return true;
}

}  // namespace

void DecodeContext::fail(const std::string& path, DecodeErrorKind kind, std::string message) {
  if (!error_) error_ = DecodeError{path, std::move(message), kind};
}

std::string childPath(const std::string& parent, std::string_view key) {
  if (isIdentifier(key)) return parent + "." + std::string(key);
  std::string quoted = parent + "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"]";
}

std::string indexPath(const std::string& parent, size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

std::string_view jsonTypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "integer";
    case Json::value_t::number_float: return "number";
    default: return "unsupported value";
  }
}

std::string dumpJson(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool checkText(const std::string& value, const TextRule& rule, const std::string& path,
               DecodeContext& context) {
  const size_t length = characterCount(value);  // DOMAIN.md counts characters, not bytes
  if (length > rule.maxLength) {
    context.fail(path, DecodeErrorKind::TooLong,
                 "at most " + std::to_string(rule.maxLength) + " characters allowed, got " +
                     std::to_string(length));
    return false;
  }
  if (length < rule.minLength) {
    context.fail(path, DecodeErrorKind::BadValue,
                 rule.minLength == 1 ? std::string("must not be empty")
                                     : "at least " + std::to_string(rule.minLength) + " characters required");
    return false;
  }
  if (rule.notBlank && !value.empty() && isBlank(value)) {
    context.fail(path, DecodeErrorKind::BadValue, "must not be blank");
    return false;
  }
  return true;
}

void decodeValue(const Json& json, const std::string& path, DecodeContext& context, bool& out) {
  if (!json.is_boolean()) {
    context.fail(path, DecodeErrorKind::WrongType, "expected boolean, got " + std::string(jsonTypeName(json)));
    return;
  }
  out = json.get<bool>();
}

void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Timestamp& out) {
  if (!json.is_string()) {
    context.fail(path, DecodeErrorKind::WrongType,
                 "expected string (ISO-8601 time), got " + std::string(jsonTypeName(json)));
    return;
  }
  const auto parsed = parseIsoUtc(json.get_ref<const std::string&>());
  if (!parsed) {
    context.fail(path, DecodeErrorKind::BadValue,
                 "expected an ISO-8601 time such as 2024-03-01T08:00:00Z");
    return;
  }
  out = *parsed;
}

void decodeText(const Json& json, const std::string& path, DecodeContext& context,
                const TextRule& rule, std::string& out) {
  if (!json.is_string()) {
    context.fail(path, DecodeErrorKind::WrongType, "expected string, got " + std::string(jsonTypeName(json)));
    return;
  }
  const std::string& value = json.get_ref<const std::string&>();
  if (checkText(value, rule, path, context)) out = value;
}

void decodeInteger(const Json& json, const std::string& path, DecodeContext& context,
                   std::int64_t min, std::int64_t max, std::int64_t& out) {
  if (!json.is_number_integer()) {  // true for signed and unsigned, false for 1.5
    context.fail(path, DecodeErrorKind::WrongType, "expected integer, got " + std::string(jsonTypeName(json)));
    return;
  }
  const bool tooBig = json.is_number_unsigned() &&
                      json.get<std::uint64_t>() > static_cast<std::uint64_t>(max);
  const std::int64_t value = tooBig ? max : json.get<std::int64_t>();
  if (tooBig || value < min || value > max) {
    context.fail(path, DecodeErrorKind::BadValue,
                 "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return;
  }
  out = value;
}

ObjectReader::ObjectReader(const Json& json, std::string path, DecodeContext& context)
    : json_(&json), path_(std::move(path)), context_(context) {
  if (!json.is_object())
    context_.fail(path_, DecodeErrorKind::WrongType, "expected object, got " + std::string(jsonTypeName(json)));
}

bool ObjectReader::has(const char* key) const {
  if (!json_->is_object()) return false;
  const auto it = json_->find(key);
  return it != json_->end() && !it->is_null();
}

const Json* ObjectReader::find(const char* key, bool required) {
  if (context_.failed() || !json_->is_object()) return nullptr;
  const auto it = json_->find(key);
  if (it == json_->end() || it->is_null()) {
    if (required) context_.fail(childPath(path_, key), DecodeErrorKind::Missing, "required field is missing");
    return nullptr;
  }
  return &*it;
}

void ObjectReader::text(const char* key, std::string& out, const TextRule& rule) {
  if (const Json* value = find(key, true)) decodeText(*value, childPath(path_, key), context_, rule, out);
}

void ObjectReader::text(const char* key, std::optional<std::string>& out, const TextRule& rule) {
  const Json* value = find(key, false);
  if (!value) return;
  std::string decoded;
  decodeText(*value, childPath(path_, key), context_, rule, decoded);
  if (!context_.failed()) out = std::move(decoded);
}

void ObjectReader::integer(const char* key, std::int64_t& out, std::int64_t min, std::int64_t max) {
  if (const Json* value = find(key, true)) decodeInteger(*value, childPath(path_, key), context_, min, max, out);
}

void ObjectReader::integer(const char* key, int& out, int min, int max) {
  std::int64_t wide = out;
  integer(key, wide, min, max);
  if (!context_.failed()) out = static_cast<int>(wide);
}

void ObjectReader::integer(const char* key, std::optional<std::int64_t>& out, std::int64_t min,
                           std::int64_t max) {
  const Json* value = find(key, false);
  if (!value) return;
  std::int64_t decoded = 0;
  decodeInteger(*value, childPath(path_, key), context_, min, max, decoded);
  if (!context_.failed()) out = decoded;
}

void ObjectReader::textMap(const char* key, std::map<std::string, std::string>& out,
                           const TextRule& keyRule, const TextRule& valueRule, size_t maxEntries) {
  const Json* value = find(key, true);
  if (!value) return;
  const std::string mapPath = childPath(path_, key);
  if (!value->is_object()) {
    context_.fail(mapPath, DecodeErrorKind::WrongType, "expected object, got " + std::string(jsonTypeName(*value)));
    return;
  }
  if (value->size() > maxEntries) {
    context_.fail(mapPath, DecodeErrorKind::TooLong,
                  "at most " + std::to_string(maxEntries) + " entries allowed, got " + std::to_string(value->size()));
    return;
  }
  out.clear();
  for (auto it = value->begin(); it != value->end() && !context_.failed(); ++it) {
    const std::string entryPath = childPath(mapPath, it.key());
    if (!checkText(it.key(), keyRule, entryPath, context_)) return;
    std::string text;
    decodeText(it.value(), entryPath, context_, valueRule, text);
    out[it.key()] = std::move(text);
  }
}

}  // namespace koo
