// Codecs of the service-supervision answers: request form, attachments, delivery, flow state,
// history events, appeal availability, and the supervised order list row and details.
#include "json_codec.h"

#include "base64.h"

namespace koo {

Json toJsonValue(const FormFieldSpec& value) {
  return Json{{"key", value.key}, {"label", value.label}, {"type", toJsonValue(value.type)},
              {"required", value.required}, {"maxLength", value.maxLength}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, FormFieldSpec& out) {
  ObjectReader reader(json, path, context);
  reader.text("key", out.key, text_rules::kFormKey);
  reader.text("label", out.label, text_rules::kName);
  reader.field("type", out.type);
  reader.field("required", out.required);
  reader.integer("maxLength", out.maxLength, 1, static_cast<int>(limits::kFormFieldValue));
}

Json toJsonValue(const Attachment& value) {
  return Json{{"fileName", value.fileName}, {"contentType", value.contentType}, {"base64", value.base64}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Attachment& out) {
  ObjectReader reader(json, path, context);
  reader.text("fileName", out.fileName, text_rules::kFileName);
  reader.text("contentType", out.contentType, text_rules::kContentType);
  // The size is checked before the content so an oversize upload is 413, not 422.
  const std::string base64Path = childPath(path, "base64");
  reader.text("base64", out.base64, TextRule{SIZE_MAX});
  if (!reader.ok()) return;
  const std::string limitText = std::to_string(limits::kAttachmentBytes / 1024) + " KiB";
  if (out.base64.size() > limits::kAttachmentBase64) {
    context.fail(base64Path, DecodeErrorKind::TooLarge, "attachment larger than " + limitText);
    return;
  }
  const auto size = base64DecodedSize(out.base64);
  if (!size) {
    context.fail(base64Path, DecodeErrorKind::BadValue, "not valid base64");
  } else if (*size > limits::kAttachmentBytes) {
    context.fail(base64Path, DecodeErrorKind::TooLarge, "attachment larger than " + limitText);
  } else if (*size == 0) {
    context.fail(base64Path, DecodeErrorKind::BadValue, "attachment is empty");
  }
}

Json toJsonValue(const AttachmentInfo& value) {
  return Json{{"fileName", value.fileName}, {"contentType", value.contentType}, {"sizeBytes", value.sizeBytes}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, AttachmentInfo& out) {
  ObjectReader reader(json, path, context);
  reader.text("fileName", out.fileName, text_rules::kFileName);
  reader.text("contentType", out.contentType, text_rules::kContentType);
  reader.integer("sizeBytes", out.sizeBytes, 0, static_cast<std::int64_t>(limits::kAttachmentBytes));
}

Json toJsonValue(const ServiceRequest& value) {
  Json json{{"fields", value.fields}, {"submittedTime", toJsonValue(value.submittedTime)}};
  putOptional(json, "attachment", value.attachment);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, ServiceRequest& out) {
  ObjectReader reader(json, path, context);
  reader.textMap("fields", out.fields, text_rules::kFormKey, text_rules::kFormValue, limits::kFormFields);
  reader.field("attachment", out.attachment);
  reader.field("submittedTime", out.submittedTime);
}

Json toJsonValue(const Delivery& value) {
  Json json{{"statementOfWork", value.statementOfWork}, {"deliveredTime", toJsonValue(value.deliveredTime)}};
  putOptional(json, "acceptanceDocument", value.acceptanceDocument);
  putOptional(json, "enablingTime", value.enablingTime);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Delivery& out) {
  ObjectReader reader(json, path, context);
  reader.text("statementOfWork", out.statementOfWork, text_rules::kStatement);
  reader.text("acceptanceDocument", out.acceptanceDocument, text_rules::kDocument);
  reader.field("enablingTime", out.enablingTime);
  reader.field("deliveredTime", out.deliveredTime);
}

Json toJsonValue(const FlowEvent& value) {
  Json json{{"sequence", value.sequence}, {"kind", toJsonValue(value.kind)},
            {"actor", toJsonValue(value.actor)}, {"time", toJsonValue(value.time)},
            {"fromStage", toJsonValue(value.fromStage)}, {"toStage", toJsonValue(value.toStage)}};
  putOptional(json, "note", value.note);
  putOptional(json, "attachment", value.attachment);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, FlowEvent& out) {
  ObjectReader reader(json, path, context);
  reader.integer("sequence", out.sequence, 0, INT64_MAX);
  reader.field("kind", out.kind);
  reader.field("actor", out.actor);
  reader.field("time", out.time);
  reader.field("fromStage", out.fromStage);
  reader.field("toStage", out.toStage);
  reader.text("note", out.note, text_rules::kOptionalReason);
  reader.field("attachment", out.attachment);
}

Json toJsonValue(const FlowState& value) {
  Json json{{"stage", toJsonValue(value.stage)}, {"stageEnteredTime", toJsonValue(value.stageEnteredTime)},
            {"requestRejections", value.requestRejections}, {"deliveryRejections", value.deliveryRejections}};
  putOptional(json, "frozenStage", value.frozenStage);
  putOptional(json, "lastReminderTime", value.lastReminderTime);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, FlowState& out) {
  ObjectReader reader(json, path, context);
  reader.field("stage", out.stage);
  reader.field("frozenStage", out.frozenStage);
  reader.field("stageEnteredTime", out.stageEnteredTime);
  reader.integer("requestRejections", out.requestRejections, 0, 1000);
  reader.integer("deliveryRejections", out.deliveryRejections, 0, 1000);
  reader.field("lastReminderTime", out.lastReminderTime);
  if (!reader.ok()) return;
  // An appeal remembers the open stage it froze; nothing else has a frozen stage.
  const std::string frozenPath = childPath(path, "frozenStage");
  if (out.stage == FlowStage::Appealing && !out.frozenStage) {
    context.fail(frozenPath, DecodeErrorKind::Missing, "required when stage is APPEALING");
  } else if (out.stage != FlowStage::Appealing && out.frozenStage) {
    context.fail(frozenPath, DecodeErrorKind::BadValue, "only allowed when stage is APPEALING");
  } else if (out.frozenStage && (*out.frozenStage == FlowStage::Appealing ||
                                 *out.frozenStage == FlowStage::Completed ||
                                 *out.frozenStage == FlowStage::Cancelled)) {
    context.fail(frozenPath, DecodeErrorKind::BadValue, "must be an open stage of the flow");
  }
}

Json toJsonValue(const AppealAvailability& value) {
  Json json{{"available", value.available}};
  putOptional(json, "reason", value.reason);
  putOptional(json, "availableFrom", value.availableFrom);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, AppealAvailability& out) {
  ObjectReader reader(json, path, context);
  reader.field("available", out.available);
  reader.text("reason", out.reason, text_rules::kOptionalReason);
  reader.field("availableFrom", out.availableFrom);
}

Json toJsonValue(const SupervisedOrderSummary& value) {
  return Json{{"orderId", value.orderId},
              {"productName", value.productName},
              {"specification", value.specification},
              {"sellerName", value.sellerName},
              {"stage", toJsonValue(value.stage)},
              {"orderStatus", toJsonValue(value.orderStatus)},
              {"amount", toJsonValue(value.amount)},
              {"createdTime", toJsonValue(value.createdTime)},
              {"stageEnteredTime", toJsonValue(value.stageEnteredTime)}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SupervisedOrderSummary& out) {
  ObjectReader reader(json, path, context);
  reader.text("orderId", out.orderId, text_rules::kId);
  reader.text("productName", out.productName, text_rules::kName);
  reader.text("specification", out.specification, text_rules::kName);
  reader.text("sellerName", out.sellerName, text_rules::kName);
  reader.field("stage", out.stage);
  reader.field("orderStatus", out.orderStatus);
  reader.field("amount", out.amount);
  reader.field("createdTime", out.createdTime);
  reader.field("stageEnteredTime", out.stageEnteredTime);
}

constexpr size_t kMaxHistoryEvents = 10000;

Json toJsonValue(const SupervisedOrderDetails& value) {
  Json json{{"order", toJsonValue(value.order)},
            {"seller", toJsonValue(value.seller)},
            {"flow", toJsonValue(value.flow)},
            {"requestForm", toJsonArray(value.requestForm)},
            {"history", toJsonArray(value.history)},
            {"allowedActions", toJsonArray(value.allowedActions)},
            {"appeal", toJsonValue(value.appeal)}};
  putOptional(json, "applicationInfo", value.applicationInfo);
  putOptional(json, "request", value.request);
  putOptional(json, "delivery", value.delivery);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, SupervisedOrderDetails& out) {
  ObjectReader reader(json, path, context);
  reader.field("order", out.order);
  reader.field("applicationInfo", out.applicationInfo);
  reader.field("seller", out.seller);
  reader.field("flow", out.flow);
  reader.list("requestForm", out.requestForm, limits::kFormFields);
  reader.field("request", out.request);
  reader.field("delivery", out.delivery);
  reader.list("history", out.history, kMaxHistoryEvents);
  reader.list("allowedActions", out.allowedActions, allEnumValues<BuyerAction>().size());
  reader.field("appeal", out.appeal);
}

}  // namespace koo
