// Every kind of bad input is refused with the JSON path of the problem and the right kind:
// syntax, wrong root, missing fields, wrong types, unknown enums, bad times and integers,
// strings over their limits, oversize attachments, and the cross-field rules.
#include <gtest/gtest.h>

#include <functional>

#include "core/base64.h"
#include "core/json_codec.h"
#include "samples.h"

namespace koo {
namespace {

struct BadInput {
  std::string name;
  std::function<Result<bool>()> decode;  // ok() means "decoded", which these cases must not
  std::string path;
  DecodeErrorKind kind;
};

// Decodes `json` as T and keeps only the outcome.
template <class T>
std::function<Result<bool>()> decodes(Json json) {
  return [json] {
    auto result = decodeJson<T>(json);
    if (!result.ok()) return Result<bool>(result.error());
    return Result<bool>(true);
  };
}
template <class T>
std::function<Result<bool>()> decodesText(std::string text) {
  return [text] {
    auto result = decodeJsonText<T>(text);
    if (!result.ok()) return Result<bool>(result.error());
    return Result<bool>(true);
  };
}

// The JSON of `value` with one change applied.
template <class T, class Edit>
Json edited(const T& value, Edit edit) {
  Json json = toJsonValue(value);
  edit(json);
  return json;
}

std::string repeat(const std::string& piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::vector<BadInput> badInputs() {
  using K = DecodeErrorKind;
  const Json buyer = toJsonValue(samples::buyer());
  const Json app = toJsonValue(samples::purchasedApp(true));
  const Json details = toJsonValue(samples::supervisedOrderDetails(true));
  const Json page = toJsonValue(Page<PurchasedApp>{{samples::purchasedApp(true), samples::purchasedApp(false)}, 2, 1, 20});
  const Json submit = toJsonValue(samples::submitRequestBody(true));
  auto with = [](Json json, const Json::json_pointer& where, Json value) {
    json[where] = std::move(value);
    return json;
  };
  auto without = [](Json json, const Json::json_pointer& where) {
    json[where.parent_pointer()].erase(where.back());
    return json;
  };
  using P = Json::json_pointer;
  Json manyFields = submit;
  for (int i = 0; i < 51; ++i) manyFields["fields"]["f" + std::to_string(i)] = "x";
  Json manyItems = page;
  manyItems["items"] = Json::array();
  for (int i = 0; i < 101; ++i) manyItems["items"].push_back(toJsonValue(samples::purchasedApp(false)));

  return {
      // Not JSON at all.
      {"empty text", decodesText<Buyer>(""), "$", K::Syntax},
      {"truncated object", decodesText<Buyer>(R"({"buyerId":"b")"), "$", K::Syntax},
      {"trailing comma", decodesText<Buyer>(R"({"buyerId":"b",})"), "$", K::Syntax},
      {"trailing garbage", decodesText<Buyer>(R"({} x)"), "$", K::Syntax},
      {"invalid UTF-8", decodesText<Buyer>("{\"buyerId\":\"\xFF\"}"), "$", K::Syntax},
      {"single quotes", decodesText<ReasonBody>("{'reason':'x'}"), "$", K::Syntax},
      // Wrong shapes.
      {"array as root", decodesText<Buyer>("[]"), "$", K::WrongType},
      {"string as root", decodesText<ReasonBody>(R"("reason")"), "$", K::WrongType},
      {"null as root", decodesText<RemindBody>("null"), "$", K::WrongType},
      {"missing required string", decodes<Buyer>(without(buyer, P("/buyerId"))), "$.buyerId", K::Missing},
      {"null required string", decodes<Buyer>(with(buyer, P("/buyerId"), nullptr)), "$.buyerId", K::Missing},
      {"number for string", decodes<Buyer>(with(buyer, P("/buyerId"), 42)), "$.buyerId", K::WrongType},
      {"empty id", decodes<Buyer>(with(buyer, P("/buyerId"), "")), "$.buyerId", K::BadValue},
      {"blank id", decodes<Buyer>(with(buyer, P("/buyerId"), "  \t")), "$.buyerId", K::BadValue},
      {"user name over 128", decodes<Buyer>(with(buyer, P("/userName"), repeat("a", 129))), "$.userName", K::TooLong},
      {"string for boolean", decodes<PurchasedApp>(with(app, P("/isTrial"), "true")), "$.isTrial", K::WrongType},
      {"missing boolean", decodes<PurchasedApp>(without(app, P("/involvesSupervision"))), "$.involvesSupervision", K::Missing},
      {"object for string", decodes<PurchasedApp>(with(app, P("/productName"), Json::object())), "$.productName", K::WrongType},
      // Enumerations.
      {"unknown enum value", decodes<PurchasedApp>(with(app, P("/status"), "DELETED")), "$.status", K::BadValue},
      {"enum in lower case", decodes<PurchasedApp>(with(app, P("/status"), "in_use")), "$.status", K::BadValue},
      {"enum as its billing code", decodes<PurchasedApp>(with(app, P("/status"), 2)), "$.status", K::WrongType},
      {"unknown billing mode", decodes<PurchasedApp>(with(app, P("/billingMode"), "MONTHLY")), "$.billingMode", K::BadValue},
      {"unknown period unit", decodes<PurchasedApp>(with(app, P("/period/unit"), "WEEK")), "$.period.unit", K::BadValue},
      // Times.
      {"month 13", decodes<PurchasedApp>(with(app, P("/purchaseTime"), "2025-13-01T00:00:00Z")), "$.purchaseTime", K::BadValue},
      {"date without time", decodes<PurchasedApp>(with(app, P("/purchaseTime"), "2025-01-01")), "$.purchaseTime", K::BadValue},
      {"time without zone", decodes<PurchasedApp>(with(app, P("/expiryTime"), "2025-01-01T00:00:00")), "$.expiryTime", K::BadValue},
      {"epoch number for time", decodes<PurchasedApp>(with(app, P("/effectiveTime"), 1735689600)), "$.effectiveTime", K::WrongType},
      {"February 30", decodes<PurchasedApp>(with(app, P("/purchaseTime"), "2024-02-30T00:00:00Z")), "$.purchaseTime", K::BadValue},
      // Integers.
      {"period count 0", decodes<PurchasedApp>(with(app, P("/period/count"), 0)), "$.period.count", K::BadValue},
      {"period count 1.5", decodes<PurchasedApp>(with(app, P("/period/count"), 1.5)), "$.period.count", K::WrongType},
      {"period count as text", decodes<PurchasedApp>(with(app, P("/period/count"), "1")), "$.period.count", K::WrongType},
      {"huge unsigned", decodesText<BillingPeriod>(R"({"unit":"DAY","count":18446744073709551615})"), "$.count", K::BadValue},
      {"exponent number", decodesText<BillingPeriod>(R"({"unit":"DAY","count":1e30})"), "$.count", K::WrongType},
      {"negative page", decodes<Page<PurchasedApp>>(with(page, P("/page"), -1)), "$.page", K::BadValue},
      {"page size 101", decodes<Page<PurchasedApp>>(with(page, P("/pageSize"), 101)), "$.pageSize", K::BadValue},
      {"negative total", decodes<Page<PurchasedApp>>(with(page, P("/total"), -5)), "$.total", K::BadValue},
      {"money as float", decodesText<Money>(R"({"minorUnits":12.5,"currency":"CNY"})"), "$.minorUnits", K::WrongType},
      {"currency too long", decodesText<Money>(R"({"minorUnits":1,"currency":"YUAN"})"), "$.currency", K::TooLong},
      {"currency too short", decodesText<Money>(R"({"minorUnits":1,"currency":"Y"})"), "$.currency", K::BadValue},
      // Nested paths.
      {"bad item in a page", decodes<Page<PurchasedApp>>(with(page, P("/items/1/status"), "GONE")), "$.items[1].status", K::BadValue},
      {"items not an array", decodes<Page<PurchasedApp>>(with(page, P("/items"), Json::object())), "$.items", K::WrongType},
      {"more than 100 items", decodes<Page<PurchasedApp>>(manyItems), "$.items", K::TooLong},
      {"frontEndUrl blank", decodes<ResourceDetails>(edited(samples::resourceDetails(true), [](Json& j) { j["applicationInfo"]["frontEndUrl"] = "   "; })), "$.applicationInfo.frontEndUrl", K::BadValue},
      {"frontEndUrl over 512", decodes<ResourceDetails>(edited(samples::resourceDetails(true), [](Json& j) { j["applicationInfo"]["frontEndUrl"] = "https://" + repeat("a", 505); })), "$.applicationInfo.frontEndUrl", K::TooLong},
      {"adminUrl over 512", decodes<ResourceDetails>(edited(samples::resourceDetails(true), [](Json& j) { j["applicationInfo"]["adminUrl"] = "https://" + repeat("a", 505); })), "$.applicationInfo.adminUrl", K::TooLong},
      {"memo over 1024", decodes<ResourceDetails>(edited(samples::resourceDetails(true), [](Json& j) { j["applicationInfo"]["memo"] = repeat("备", 1025); })), "$.applicationInfo.memo", K::TooLong},
      {"app user name over 128", decodes<ResourceDetails>(edited(samples::resourceDetails(true), [](Json& j) { j["applicationInfo"]["userName"] = repeat("u", 129); })), "$.applicationInfo.userName", K::TooLong},
      {"password over 128", decodes<PasswordReveal>(edited(samples::passwordReveal(), [](Json& j) { j["password"] = repeat("p", 129); })), "$.password", K::TooLong},
      {"seller name missing", decodes<ResourceDetails>(edited(samples::resourceDetails(true), [](Json& j) { j["seller"].erase("name"); })), "$.seller.name", K::Missing},
      {"history event kind", decodes<SupervisedOrderDetails>(with(details, P("/history/1/kind"), "PAID")), "$.history[1].kind", K::BadValue},
      {"allowed action unknown", decodes<SupervisedOrderDetails>(with(details, P("/allowedActions/1"), "CANCEL")), "$.allowedActions[1]", K::BadValue},
      {"request form field type", decodes<SupervisedOrderDetails>(with(details, P("/requestForm/0/type"), "CHECKBOX")), "$.requestForm[0].type", K::BadValue},
      {"request field value type", decodes<SupervisedOrderDetails>(with(details, P("/request/fields/siteCount"), 3)), "$.request.fields.siteCount", K::WrongType},
      {"note over 500", decodes<FlowEvent>(edited(samples::flowEvent(true), [](Json& j) { j["note"] = repeat("n", 501); })), "$.note", K::TooLong},
      // Cross-field rules.
      {"PERIOD without period", decodes<PurchasedApp>(without(app, P("/period"))), "$.period", K::Missing},
      {"PERIOD order without period", decodes<Order>(edited(samples::order(false), [](Json& j) { j["billingMode"] = "PERIOD"; })), "$.period", K::Missing},
      {"appealing without frozen stage", decodes<SupervisedOrderDetails>(without(details, P("/flow/frozenStage"))), "$.flow.frozenStage", K::Missing},
      {"frozen stage while open", decodes<FlowState>(edited(samples::flowState(false), [](Json& j) { j["frozenStage"] = "WAITING_DELIVERY"; })), "$.frozenStage", K::BadValue},
      {"frozen stage completed", decodes<FlowState>(edited(samples::flowState(true), [](Json& j) { j["frozenStage"] = "COMPLETED"; })), "$.frozenStage", K::BadValue},
      {"sign-in without identity", decodesText<SignInRequest>(R"({"password":"x"})"), "$.buyerId", K::Missing},
      {"sign-in password over 128", decodes<SignInRequest>(edited(samples::signInRequest(), [](Json& j) { j["password"] = repeat("p", 129); })), "$.password", K::TooLong},
      {"reject request without reason", decodesText<SellerActionBody>(R"({"action":"REJECT_REQUEST"})"), "$.reason", K::Missing},
      {"deliver without delivery", decodesText<SellerActionBody>(R"({"action":"DELIVER"})"), "$.delivery", K::Missing},
      {"deliver with empty statement", decodesText<SellerActionBody>(R"({"action":"DELIVER","delivery":{"statementOfWork":""}})"), "$.delivery.statementOfWork", K::BadValue},
      {"unknown seller action", decodesText<SellerActionBody>(R"({"action":"REFUND"})"), "$.action", K::BadValue},
      {"unknown appeal decision", decodesText<AppealDecisionBody>(R"({"decision":"MAYBE"})"), "$.decision", K::BadValue},
      {"clock with nothing", decodesText<TestClockBody>("{}"), "$", K::BadValue},
      {"clock with both", decodesText<TestClockBody>(R"({"now":"2025-01-01T00:00:00Z","advanceSeconds":5})"), "$", K::BadValue},
      {"clock going back", decodesText<TestClockBody>(R"({"advanceSeconds":-5})"), "$.advanceSeconds", K::BadValue},
      {"error body not wrapped", decodesText<ErrorInfo>(R"({"code":"X","message":"m","requestId":"r"})"), "$.error", K::Missing},
      {"error body wrong type", decodesText<ErrorInfo>(R"({"error":"boom"})"), "$.error", K::WrongType},
      {"error code missing", decodesText<ErrorInfo>(R"({"error":{"message":"m","requestId":"r"}})"), "$.error.code", K::Missing},
      // Reasons.
      {"reason missing", decodesText<ReasonBody>("{}"), "$.reason", K::Missing},
      {"reason empty", decodesText<ReasonBody>(R"({"reason":""})"), "$.reason", K::BadValue},
      {"reason blank", decodesText<ReasonBody>(R"({"reason":" \n "})"), "$.reason", K::BadValue},
      {"reason over 500", decodes<ReasonBody>(Json{{"reason", repeat("理", 501)}}), "$.reason", K::TooLong},
      {"remind message over 500", decodes<RemindBody>(Json{{"message", repeat("m", 501)}}), "$.message", K::TooLong},
      // Form fields and attachments.
      {"fields missing", decodesText<SubmitRequestBody>("{}"), "$.fields", K::Missing},
      {"fields an array", decodesText<SubmitRequestBody>(R"({"fields":[]})"), "$.fields", K::WrongType},
      {"field value a number", decodes<SubmitRequestBody>(with(submit, P("/fields/siteCount"), 3)), "$.fields.siteCount", K::WrongType},
      {"field value over 2000", decodes<SubmitRequestBody>(with(submit, P("/fields/siteCount"), repeat("9", 2001))), "$.fields.siteCount", K::TooLong},
      {"field key quoted in path", decodes<SubmitRequestBody>(with(submit, P("/fields/site count"), 3)), "$.fields[\"site count\"]", K::WrongType},
      {"field key over 64", decodes<SubmitRequestBody>(with(submit, P("/fields/" + repeat("k", 65)), "v")), "$.fields." + repeat("k", 65), K::TooLong},
      {"more than 50 fields", decodes<SubmitRequestBody>(manyFields), "$.fields", K::TooLong},
      {"attachment not base64", decodes<SubmitRequestBody>(with(submit, P("/attachment/base64"), "not base64!")), "$.attachment.base64", K::BadValue},
      {"attachment bad padding", decodes<SubmitRequestBody>(with(submit, P("/attachment/base64"), "QQ=A")), "$.attachment.base64", K::BadValue},
      {"attachment empty", decodes<SubmitRequestBody>(with(submit, P("/attachment/base64"), "")), "$.attachment.base64", K::BadValue},
      {"attachment 1 byte over 256 KiB", decodes<SubmitRequestBody>(with(submit, P("/attachment/base64"), base64Encode(std::string(limits::kAttachmentBytes + 1, 'x')))), "$.attachment.base64", K::TooLarge},
      {"attachment far over", decodes<SubmitRequestBody>(with(submit, P("/attachment/base64"), repeat("QUFB", 200000))), "$.attachment.base64", K::TooLarge},
      {"attachment without name", decodes<SubmitRequestBody>(without(submit, P("/attachment/fileName"))), "$.attachment.fileName", K::Missing},
      {"attachment name over 255", decodes<SubmitRequestBody>(with(submit, P("/attachment/fileName"), repeat("f", 256))), "$.attachment.fileName", K::TooLong},
  };
}

TEST(JsonDecodeErrors, EveryBadInputNamesItsPathAndKind) {
  for (const BadInput& input : badInputs()) {
    SCOPED_TRACE(input.name);
    const Result<bool> result = input.decode();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().path, input.path) << result.error().describe();
    EXPECT_EQ(static_cast<int>(result.error().kind), static_cast<int>(input.kind)) << result.error().describe();
    EXPECT_FALSE(result.error().message.empty());
  }
}

TEST(JsonDecodeErrors, MessagesExplainTheProblem) {
  auto app = toJsonValue(samples::purchasedApp(true));
  app["status"] = "DELETED";
  const auto unknown = decodeJson<PurchasedApp>(app);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().describe(),
            "$.status: unknown ResourceStatus value \"DELETED\" (expected one of IN_USE, FROZEN, EXPIRED)");

  const auto tooLong = decodeJson<ReasonBody>(Json{{"reason", repeat("r", 501)}});
  ASSERT_FALSE(tooLong.ok());
  EXPECT_EQ(tooLong.error().message, "at most 500 characters allowed, got 501");

  const auto syntax = decodeJsonText<Buyer>(R"({"buyerId": })");
  ASSERT_FALSE(syntax.ok());
  EXPECT_NE(syntax.error().message.find("syntax error at byte"), std::string::npos) << syntax.error().message;
}

TEST(JsonDecodeErrors, TheFirstProblemInReadingOrderWins) {
  const auto result = decodeJsonText<Buyer>(R"({"buyerId":1,"userName":2})");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, "$.buyerId");
}

TEST(JsonDecodeErrors, ErrorKindsMapToHttpErrorCodes) {
  EXPECT_EQ(errorCodeFor(DecodeErrorKind::Syntax), ErrorCode::BadJson);
  EXPECT_EQ(errorCodeFor(DecodeErrorKind::TooLarge), ErrorCode::PayloadTooLarge);
  for (auto kind : {DecodeErrorKind::Missing, DecodeErrorKind::WrongType, DecodeErrorKind::BadValue, DecodeErrorKind::TooLong})
    EXPECT_EQ(errorCodeFor(kind), ErrorCode::Validation);
}

TEST(JsonDecodeErrors, AttachmentOfExactlyTheLimitIsAccepted) {
  SubmitRequestBody body = samples::submitRequestBody(true);
  body.attachment->base64 = base64Encode(std::string(limits::kAttachmentBytes, 'x'));
  const auto decoded = decodeJsonText<SubmitRequestBody>(encodeJsonText(body));
  ASSERT_TRUE(decoded.ok()) << decoded.error().describe();
}

TEST(JsonDecodeErrors, DeepNestingIsRefusedWithoutCrashing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto result = decodeJsonText<Buyer>(deep);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().path, "$");
}

}  // namespace
}  // namespace koo
