// Field lists of the service-supervision answers: request form, attachments, delivery (and the
// seller's delivery input), flow state, history events, appeal availability, and the supervised
// order list row and details.
#include "json_codec.h"

#include "base64.h"

namespace koo {
namespace {

// The size is checked before the content so an oversize upload is 413, not 422.
void checkAttachmentContent(const std::string& base64, const std::string& base64Path, DecodeContext& context) {
  const std::string limitText = std::to_string(limits::kAttachmentBytes / 1024) + " KiB";
  if (base64.size() > limits::kAttachmentBase64) {
    context.fail(base64Path, DecodeErrorKind::TooLarge, "attachment larger than " + limitText);
    return;
  }
  const auto size = base64DecodedSize(base64);
  if (!size) {
    context.fail(base64Path, DecodeErrorKind::BadValue, "not valid base64");
  } else if (*size > limits::kAttachmentBytes) {
    context.fail(base64Path, DecodeErrorKind::TooLarge, "attachment larger than " + limitText);
  } else if (*size == 0) {
    context.fail(base64Path, DecodeErrorKind::BadValue, "attachment is empty");
  }
}

// An appeal remembers the open stage it froze; nothing else has a frozen stage.
void checkFrozenStage(const FlowState& flow, const std::string& path, DecodeContext& context) {
  const std::string frozenPath = childPath(path, "frozenStage");
  if (flow.stage == FlowStage::Appealing && !flow.frozenStage) {
    context.fail(frozenPath, DecodeErrorKind::Missing, "required when stage is APPEALING");
  } else if (flow.stage != FlowStage::Appealing && flow.frozenStage) {
    context.fail(frozenPath, DecodeErrorKind::BadValue, "only allowed when stage is APPEALING");
  } else if (flow.frozenStage && (*flow.frozenStage == FlowStage::Appealing ||
                                  *flow.frozenStage == FlowStage::Completed ||
                                  *flow.frozenStage == FlowStage::Cancelled)) {
    context.fail(frozenPath, DecodeErrorKind::BadValue, "must be an open stage of the flow");
  }
}

// A file's name and media type, in an upload and in what is kept of it.
template <class V, class T>
void fileFields(V& v, T& x) {
  v.text("fileName", x.fileName, text_rules::kFileName);
  v.text("contentType", x.contentType, text_rules::kContentType);
}

// What the seller states with a delivery: all of a DeliveryInput, the start of a Delivery.
template <class V, class T>
void deliveryStatementFields(V& v, T& x) {
  v.text("statementOfWork", x.statementOfWork, text_rules::kStatement);
  v.text("acceptanceDocument", x.acceptanceDocument, text_rules::kDocument);
  v.field("enablingTime", x.enablingTime);
}

template <class V, MaybeConst<FormFieldSpec> T>
void fields(V& v, T& x) {
  v.text("key", x.key, text_rules::kFormKey);
  v.text("label", x.label, text_rules::kName);
  v.field("type", x.type);
  v.field("required", x.required);
  v.integer("maxLength", x.maxLength, 1, static_cast<int>(limits::kFormFieldValue));
}

template <class V, MaybeConst<Attachment> T>
void fields(V& v, T& x) {
  fileFields(v, x);
  v.text("base64", x.base64, TextRule{SIZE_MAX});
  v.check([&](const std::string& path, DecodeContext& context) {
    checkAttachmentContent(x.base64, childPath(path, "base64"), context);
  });
}

template <class V, MaybeConst<AttachmentInfo> T>
void fields(V& v, T& x) {
  fileFields(v, x);
  v.integer("sizeBytes", x.sizeBytes, 0, static_cast<std::int64_t>(limits::kAttachmentBytes));
}

template <class V, MaybeConst<ServiceRequest> T>
void fields(V& v, T& x) {
  v.textMap("fields", x.fields, text_rules::kFormKey, text_rules::kFormValue, limits::kFormFields);
  v.field("attachment", x.attachment);
  v.field("submittedTime", x.submittedTime);
}

template <class V, MaybeConst<DeliveryInput> T>
void fields(V& v, T& x) {
  deliveryStatementFields(v, x);
}

template <class V, MaybeConst<Delivery> T>
void fields(V& v, T& x) {
  deliveryStatementFields(v, x);
  v.field("deliveredTime", x.deliveredTime);
}

template <class V, MaybeConst<FlowEvent> T>
void fields(V& v, T& x) {
  v.integer("sequence", x.sequence, 0, INT64_MAX);
  v.field("kind", x.kind);
  v.field("actor", x.actor);
  v.field("time", x.time);
  v.field("fromStage", x.fromStage);
  v.field("toStage", x.toStage);
  v.text("note", x.note, text_rules::kOptionalReason);
  v.field("attachment", x.attachment);
}

template <class V, MaybeConst<FlowState> T>
void fields(V& v, T& x) {
  v.field("stage", x.stage);
  v.field("frozenStage", x.frozenStage);
  v.field("stageEnteredTime", x.stageEnteredTime);
  v.integer("requestRejections", x.requestRejections, 0, 1000);
  v.integer("deliveryRejections", x.deliveryRejections, 0, 1000);
  v.field("lastReminderTime", x.lastReminderTime);
  v.check([&](const std::string& path, DecodeContext& context) { checkFrozenStage(x, path, context); });
}

template <class V, MaybeConst<AppealAvailability> T>
void fields(V& v, T& x) {
  v.field("available", x.available);
  v.text("reason", x.reason, text_rules::kOptionalReason);
  v.field("availableFrom", x.availableFrom);
}

template <class V, MaybeConst<SupervisedOrderSummary> T>
void fields(V& v, T& x) {
  v.text("orderId", x.orderId, text_rules::kId);
  v.text("productName", x.productName, text_rules::kName);
  v.text("specification", x.specification, text_rules::kName);
  v.text("sellerName", x.sellerName, text_rules::kName);
  v.field("stage", x.stage);
  v.field("orderStatus", x.orderStatus);
  v.field("amount", x.amount);
  v.field("createdTime", x.createdTime);
  v.field("stageEnteredTime", x.stageEnteredTime);
}

constexpr size_t kMaxHistoryEvents = 10000;

template <class V, MaybeConst<SupervisedOrderDetails> T>
void fields(V& v, T& x) {
  v.field("order", x.order);
  v.field("applicationInfo", x.applicationInfo);
  v.field("seller", x.seller);
  v.field("flow", x.flow);
  v.list("requestForm", x.requestForm, limits::kFormFields);
  v.field("request", x.request);
  v.field("delivery", x.delivery);
  v.list("history", x.history, kMaxHistoryEvents);
  v.list("allowedActions", x.allowedActions, allEnumValues<BuyerAction>().size());
  v.field("appeal", x.appeal);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(FormFieldSpec)
KOO_CODEC_FROM_FIELDS(Attachment)
KOO_CODEC_FROM_FIELDS(AttachmentInfo)
KOO_CODEC_FROM_FIELDS(ServiceRequest)
KOO_CODEC_FROM_FIELDS(Delivery)
KOO_CODEC_FROM_FIELDS(DeliveryInput)
KOO_CODEC_FROM_FIELDS(FlowEvent)
KOO_CODEC_FROM_FIELDS(FlowState)
KOO_CODEC_FROM_FIELDS(AppealAvailability)
KOO_CODEC_FROM_FIELDS(SupervisedOrderSummary)
KOO_CODEC_FROM_FIELDS(SupervisedOrderDetails)

}  // namespace koo
