// Field lists of the request bodies: the buyer's flow actions and the test-mode seller and
// operations actions (DeliveryInput is with Delivery in json_codec_flow.cpp).
#include "json_codec.h"

namespace koo {
namespace {

template <class V, MaybeConst<SubmitRequestBody> T>
void fields(V& v, T& x) {
  v.textMap("fields", x.fields, text_rules::kFormKey, text_rules::kFormValue, limits::kFormFields);
  v.field("attachment", x.attachment);
}

template <class V, MaybeConst<ReasonBody> T>
void fields(V& v, T& x) {
  v.text("reason", x.reason, text_rules::kReason);
}

template <class V, MaybeConst<RemindBody> T>
void fields(V& v, T& x) {
  v.text("message", x.message, text_rules::kOptionalReason);
}

template <class V, MaybeConst<SellerActionBody> T>
void fields(V& v, T& x) {
  v.field("action", x.action);
  v.text("reason", x.reason, text_rules::kReason);
  v.field("delivery", x.delivery);
  v.check([&](const std::string& path, DecodeContext& context) {
    if (x.action == SellerAction::RejectRequest && !x.reason)
      context.fail(childPath(path, "reason"), DecodeErrorKind::Missing, "required when action is REJECT_REQUEST");
    if (x.action == SellerAction::Deliver && !x.delivery)
      context.fail(childPath(path, "delivery"), DecodeErrorKind::Missing, "required when action is DELIVER");
  });
}

template <class V, MaybeConst<AppealDecisionBody> T>
void fields(V& v, T& x) {
  v.field("decision", x.decision);
  v.text("note", x.note, text_rules::kOptionalReason);
}

template <class V, MaybeConst<ProvisioningFailureBody> T>
void fields(V& v, T& x) {
  v.text("reason", x.reason, text_rules::kOptionalReason);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(SubmitRequestBody)
KOO_CODEC_FROM_FIELDS(ReasonBody)
KOO_CODEC_FROM_FIELDS(RemindBody)
KOO_CODEC_FROM_FIELDS(SellerActionBody)
KOO_CODEC_FROM_FIELDS(AppealDecisionBody)
KOO_CODEC_FROM_FIELDS(ProvisioningFailureBody)

}  // namespace koo
