// Field lists of the small shared types (period, money, buyer, sign-in, seller, error body,
// health, audit, test clock) and the JSON text parser that reports where a syntax error is.
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

namespace {

template <class V, MaybeConst<BillingPeriod> T>
void fields(V& v, T& x) {
  v.field("unit", x.unit);
  v.integer("count", x.count, 1, 1200);
}

template <class V, MaybeConst<Money> T>
void fields(V& v, T& x) {
  constexpr std::int64_t kLimit = 1'000'000'000'000'000;  // far beyond any order, far below overflow
  v.integer("minorUnits", x.minorUnits, -kLimit, kLimit);
  v.text("currency", x.currency, text_rules::kCurrency);
}

template <class V, MaybeConst<Buyer> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.text("userName", x.userName, text_rules::kUserName);
  v.text("displayName", x.displayName, text_rules::kOptionalName);
  v.text("email", x.email, text_rules::kShort);
}

template <class V, MaybeConst<SignInRequest> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.text("userName", x.userName, text_rules::kUserName);
  v.text("password", x.password, text_rules::kPassword);
  v.check([&](const std::string& path, DecodeContext& context) {
    if (!x.buyerId && !x.userName)
      context.fail(childPath(path, "buyerId"), DecodeErrorKind::Missing, "one of buyerId or userName is required");
  });
}

template <class V, MaybeConst<SignInResponse> T>
void fields(V& v, T& x) {
  v.text("token", x.token, text_rules::kToken);
  v.field("expiresAt", x.expiresAt);
  v.field("buyer", x.buyer);
}

template <class V, MaybeConst<SellerInfo> T>
void fields(V& v, T& x) {
  v.text("name", x.name, text_rules::kName);
  v.text("contactPerson", x.contactPerson, text_rules::kOptionalName);
  v.text("phone", x.phone, text_rules::kShort);
  v.text("email", x.email, text_rules::kShort);
  v.text("serviceHours", x.serviceHours, text_rules::kShort);
}

// The whole error body: {"error": {...}}.
template <class V, MaybeConst<ErrorInfo> T>
void fields(V& v, T& x) {
  v.object("error", [&](auto& error) {
    error.text("code", x.code, TextRule{64, 1, true});
    error.text("message", x.message, text_rules::kMessage);
    error.text("requestId", x.requestId, text_rules::kShort);
  });
}

template <class V, MaybeConst<HealthStatus> T>
void fields(V& v, T& x) {
  v.text("status", x.status, TextRule{32, 1, true});
  v.text("version", x.version, text_rules::kShort);
  v.field("time", x.time);
  v.field("testMode", x.testMode);
}

template <class V, MaybeConst<AuditEntry> T>
void fields(V& v, T& x) {
  v.integer("id", x.id, 0, INT64_MAX);
  v.field("time", x.time);
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.text("action", x.action, TextRule{64, 1, true});
  v.text("targetId", x.targetId, text_rules::kId);
  v.text("requestId", x.requestId, text_rules::kShort);
}

constexpr std::int64_t kMaxClockAdvance = 3650 * kSecondsPerDay;

template <class V, MaybeConst<TestClockBody> T>
void fields(V& v, T& x) {
  v.field("now", x.now);
  v.integer("advanceSeconds", x.advanceSeconds, 0, kMaxClockAdvance);
  v.check([&](const std::string& path, DecodeContext& context) {
    if (x.now.has_value() == x.advanceSeconds.has_value())
      context.fail(path, DecodeErrorKind::BadValue, "exactly one of now or advanceSeconds is required");
  });
}

template <class V, MaybeConst<TestClock> T>
void fields(V& v, T& x) {
  v.field("now", x.now);
}

constexpr TextRule kFaultSpec{4000};

template <class V, MaybeConst<FaultSpecBody> T>
void fields(V& v, T& x) {
  v.text("spec", x.spec, kFaultSpec);
}

template <class V, MaybeConst<FaultSpecState> T>
void fields(V& v, T& x) {
  v.text("spec", x.spec, kFaultSpec);
  v.integer("rules", x.rules, 0, 10000);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(BillingPeriod)
KOO_CODEC_FROM_FIELDS(Money)
KOO_CODEC_FROM_FIELDS(Buyer)
KOO_CODEC_FROM_FIELDS(SignInRequest)
KOO_CODEC_FROM_FIELDS(SignInResponse)
KOO_CODEC_FROM_FIELDS(SellerInfo)
KOO_CODEC_FROM_FIELDS(ErrorInfo)
KOO_CODEC_FROM_FIELDS(HealthStatus)
KOO_CODEC_FROM_FIELDS(AuditEntry)
KOO_CODEC_FROM_FIELDS(TestClockBody)
KOO_CODEC_FROM_FIELDS(TestClock)
KOO_CODEC_FROM_FIELDS(FaultSpecBody)
KOO_CODEC_FROM_FIELDS(FaultSpecState)

}  // namespace koo
