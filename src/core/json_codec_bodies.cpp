// Codecs of the request bodies: the buyer's flow actions and the test-mode seller and
// operations actions.
#include "json_codec.h"

namespace koo {

Json toJsonValue(const SubmitRequestBody& value) {
  Json json{{"fields", value.fields}};
  putOptional(json, "attachment", value.attachment);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SubmitRequestBody& out) {
  ObjectReader reader(json, path, context);
  reader.textMap("fields", out.fields, text_rules::kFormKey, text_rules::kFormValue, limits::kFormFields);
  reader.field("attachment", out.attachment);
}

Json toJsonValue(const ReasonBody& value) { return Json{{"reason", value.reason}}; }
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, ReasonBody& out) {
  ObjectReader reader(json, path, context);
  reader.text("reason", out.reason, text_rules::kReason);
}

Json toJsonValue(const RemindBody& value) {
  Json json = Json::object();
  putOptional(json, "message", value.message);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, RemindBody& out) {
  ObjectReader reader(json, path, context);
  reader.text("message", out.message, text_rules::kOptionalReason);
}

Json toJsonValue(const DeliveryInput& value) {
  Json json{{"statementOfWork", value.statementOfWork}};
  putOptional(json, "acceptanceDocument", value.acceptanceDocument);
  putOptional(json, "enablingTime", value.enablingTime);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, DeliveryInput& out) {
  ObjectReader reader(json, path, context);
  reader.text("statementOfWork", out.statementOfWork, text_rules::kStatement);
  reader.text("acceptanceDocument", out.acceptanceDocument, text_rules::kDocument);
  reader.field("enablingTime", out.enablingTime);
}

Json toJsonValue(const SellerActionBody& value) {
  Json json{{"action", toJsonValue(value.action)}};
  putOptional(json, "reason", value.reason);
  putOptional(json, "delivery", value.delivery);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SellerActionBody& out) {
  ObjectReader reader(json, path, context);
  reader.field("action", out.action);
  reader.text("reason", out.reason, text_rules::kReason);
  reader.field("delivery", out.delivery);
  if (!reader.ok()) return;
  if (out.action == SellerAction::RejectRequest && !out.reason)
    context.fail(childPath(path, "reason"), DecodeErrorKind::Missing, "required when action is REJECT_REQUEST");
  if (out.action == SellerAction::Deliver && !out.delivery)
    context.fail(childPath(path, "delivery"), DecodeErrorKind::Missing, "required when action is DELIVER");
}

Json toJsonValue(const AppealDecisionBody& value) {
  Json json{{"decision", toJsonValue(value.decision)}};
  putOptional(json, "note", value.note);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, AppealDecisionBody& out) {
  ObjectReader reader(json, path, context);
  reader.field("decision", out.decision);
  reader.text("note", out.note, text_rules::kOptionalReason);
}

Json toJsonValue(const ProvisioningFailureBody& value) {
  Json json = Json::object();
  putOptional(json, "reason", value.reason);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context,
                 ProvisioningFailureBody& out) {
  ObjectReader reader(json, path, context);
  reader.text("reason", out.reason, text_rules::kOptionalReason);
}

}  // namespace koo
