// Codecs of the small shared types (period, money, buyer, sign-in, seller, error body, health,
// audit, test clock) and the JSON text parser that reports where a syntax error is.
#include "json_codec.h"

namespace koo {
namespace {

// The DOM builder of nlohmann/json, but a syntax error is recorded instead of thrown.
struct RecordingDomParser : nlohmann::detail::json_sax_dom_parser<Json> {
  RecordingDomParser(Json& result) : json_sax_dom_parser(result, false) {}
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& lastToken, const Exception&) {
    errorPosition = position;
    errorToken = lastToken.substr(0, 20);
    failed = true;
    return false;
  }
  bool failed = false;
  std::size_t errorPosition = 0;
  std::string errorToken;
};

}  // namespace

Result<Json> parseJsonText(std::string_view text) {
  Json result;
  RecordingDomParser parser(result);
  const bool parsed = Json::sax_parse(text.begin(), text.end(), &parser);
  if (!parsed || parser.failed) {
    std::string message = "not valid JSON: syntax error at byte " + std::to_string(parser.errorPosition);
    if (!parser.errorToken.empty()) message += " near '" + parser.errorToken + "'";
    return DecodeError{"$", message, DecodeErrorKind::Syntax};
  }
  return result;
}

Json toJsonValue(const BillingPeriod& value) {
  return Json{{"unit", toJsonValue(value.unit)}, {"count", value.count}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, BillingPeriod& out) {
  ObjectReader reader(json, path, context);
  reader.field("unit", out.unit);
  reader.integer("count", out.count, 1, 1200);
}

Json toJsonValue(const Money& value) {
  return Json{{"minorUnits", value.minorUnits}, {"currency", value.currency}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Money& out) {
  ObjectReader reader(json, path, context);
  constexpr std::int64_t kLimit = 1'000'000'000'000'000;  // far beyond any order, far below overflow
  reader.integer("minorUnits", out.minorUnits, -kLimit, kLimit);
  reader.text("currency", out.currency, text_rules::kCurrency);
}

Json toJsonValue(const Buyer& value) {
  return Json{{"buyerId", value.buyerId}, {"userName", value.userName},
              {"displayName", value.displayName}, {"email", value.email}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Buyer& out) {
  ObjectReader reader(json, path, context);
  reader.text("buyerId", out.buyerId, text_rules::kId);
  reader.text("userName", out.userName, text_rules::kUserName);
  reader.text("displayName", out.displayName, text_rules::kOptionalName);
  reader.text("email", out.email, text_rules::kShort);
}

Json toJsonValue(const SignInRequest& value) {
  Json json = Json::object();
  putOptional(json, "buyerId", value.buyerId);
  putOptional(json, "userName", value.userName);
  putOptional(json, "password", value.password);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SignInRequest& out) {
  ObjectReader reader(json, path, context);
  reader.text("buyerId", out.buyerId, text_rules::kId);
  reader.text("userName", out.userName, text_rules::kUserName);
  reader.text("password", out.password, text_rules::kPassword);
  if (reader.ok() && !out.buyerId && !out.userName)
    context.fail(childPath(path, "buyerId"), DecodeErrorKind::Missing, "one of buyerId or userName is required");
}

Json toJsonValue(const SignInResponse& value) {
  return Json{{"token", value.token}, {"expiresAt", toJsonValue(value.expiresAt)},
              {"buyer", toJsonValue(value.buyer)}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SignInResponse& out) {
  ObjectReader reader(json, path, context);
  reader.text("token", out.token, text_rules::kToken);
  reader.field("expiresAt", out.expiresAt);
  reader.field("buyer", out.buyer);
}

Json toJsonValue(const SellerInfo& value) {
  return Json{{"name", value.name}, {"contactPerson", value.contactPerson}, {"phone", value.phone},
              {"email", value.email}, {"serviceHours", value.serviceHours}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SellerInfo& out) {
  ObjectReader reader(json, path, context);
  reader.text("name", out.name, text_rules::kName);
  reader.text("contactPerson", out.contactPerson, text_rules::kOptionalName);
  reader.text("phone", out.phone, text_rules::kShort);
  reader.text("email", out.email, text_rules::kShort);
  reader.text("serviceHours", out.serviceHours, text_rules::kShort);
}

Json toJsonValue(const ErrorInfo& value) {
  return Json{{"error", {{"code", value.code}, {"message", value.message}, {"requestId", value.requestId}}}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, ErrorInfo& out) {
  ObjectReader body(json, path, context);
  if (!body.ok()) return;
  if (!body.has("error")) {
    context.fail(childPath(path, "error"), DecodeErrorKind::Missing, "required field is missing");
    return;
  }
  ObjectReader error(json["error"], childPath(path, "error"), context);
  error.text("code", out.code, TextRule{64, 1, true});
  error.text("message", out.message, text_rules::kMessage);
  error.text("requestId", out.requestId, text_rules::kShort);
}

Json toJsonValue(const HealthStatus& value) {
  return Json{{"status", value.status}, {"version", value.version}, {"time", toJsonValue(value.time)},
              {"testMode", value.testMode}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, HealthStatus& out) {
  ObjectReader reader(json, path, context);
  reader.text("status", out.status, TextRule{32, 1, true});
  reader.text("version", out.version, text_rules::kShort);
  reader.field("time", out.time);
  reader.field("testMode", out.testMode);
}

Json toJsonValue(const AuditEntry& value) {
  return Json{{"id", value.id}, {"time", toJsonValue(value.time)}, {"buyerId", value.buyerId},
              {"action", value.action}, {"targetId", value.targetId}, {"requestId", value.requestId}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, AuditEntry& out) {
  ObjectReader reader(json, path, context);
  reader.integer("id", out.id, 0, INT64_MAX);
  reader.field("time", out.time);
  reader.text("buyerId", out.buyerId, text_rules::kId);
  reader.text("action", out.action, TextRule{64, 1, true});
  reader.text("targetId", out.targetId, text_rules::kId);
  reader.text("requestId", out.requestId, text_rules::kShort);
}

constexpr std::int64_t kMaxClockAdvance = 3650 * kSecondsPerDay;

Json toJsonValue(const TestClockBody& value) {
  Json json = Json::object();
  putOptional(json, "now", value.now);
  putOptional(json, "advanceSeconds", value.advanceSeconds);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, TestClockBody& out) {
  ObjectReader reader(json, path, context);
  reader.field("now", out.now);
  reader.integer("advanceSeconds", out.advanceSeconds, 0, kMaxClockAdvance);
  if (reader.ok() && out.now.has_value() == out.advanceSeconds.has_value())
    context.fail(path, DecodeErrorKind::BadValue, "exactly one of now or advanceSeconds is required");
}

Json toJsonValue(const TestClock& value) { return Json{{"now", toJsonValue(value.now)}}; }
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, TestClock& out) {
  ObjectReader reader(json, path, context);
  reader.field("now", out.now);
}

constexpr TextRule kFaultSpec{4000};

Json toJsonValue(const FaultSpecBody& value) { return Json{{"spec", value.spec}}; }
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, FaultSpecBody& out) {
  ObjectReader reader(json, path, context);
  reader.text("spec", out.spec, kFaultSpec);
}

Json toJsonValue(const FaultSpecState& value) { return Json{{"spec", value.spec}, {"rules", value.rules}}; }
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, FaultSpecState& out) {
  ObjectReader reader(json, path, context);
  reader.text("spec", out.spec, kFaultSpec);
  reader.integer("rules", out.rules, 0, 10000);
}

}  // namespace koo
