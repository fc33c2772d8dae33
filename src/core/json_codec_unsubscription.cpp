// Field lists of negotiated unsubscription: the buyer's request body, the request as listed,
// the eligibility of a purchase, and the seller's rejection (test mode).
#include "json_codec_unsubscription.h"

namespace koo {
namespace {

constexpr TextRule kDescription{unsubscription_rules::kMaxDescription};

template <class V, MaybeConst<UnsubscriptionBody> T>
void fields(V& v, T& x) {
  v.text("orderId", x.orderId, text_rules::kId);
  v.field("refundAmount", x.refundAmount);
  v.field("reason", x.reason);
  v.text("description", x.description, kDescription);
  v.field("shareContact", x.shareContact);
}

template <class V, MaybeConst<UnsubscriptionRequest> T>
void fields(V& v, T& x) {
  v.text("requestId", x.requestId, text_rules::kId);
  v.text("orderId", x.orderId, text_rules::kId);
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.text("productName", x.productName, text_rules::kName);
  v.text("specification", x.specification, text_rules::kName);
  v.field("status", x.status);
  v.field("paidAmount", x.paidAmount);
  v.field("refundAmount", x.refundAmount);
  v.field("reason", x.reason);
  v.text("description", x.description, kDescription);
  v.field("shareContact", x.shareContact);
  v.field("createdTime", x.createdTime);
  v.field("updatedTime", x.updatedTime);
  v.field("approvedTime", x.approvedTime);
  v.field("expectedRefundTime", x.expectedRefundTime);
  v.field("refundedTime", x.refundedTime);
  v.text("sellerReason", x.sellerReason, text_rules::kOptionalReason);
  v.text("refundOrderId", x.refundOrderId, text_rules::kId);
}

template <class V, MaybeConst<UnsubscriptionRefusal> T>
void fields(V& v, T& x) {
  v.field("code", x.code);
  v.text("message", x.message, text_rules::kMessage);
}

template <class V, MaybeConst<UnsubscriptionCandidate> T>
void fields(V& v, T& x) {
  v.text("orderId", x.orderId, text_rules::kId);
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.text("productName", x.productName, text_rules::kName);
  v.text("specification", x.specification, text_rules::kName);
  v.field("paidAmount", x.paidAmount);
  v.field("eligible", x.eligible);
  v.field("refusal", x.refusal);
  v.text("openRequestId", x.openRequestId, text_rules::kId);
  v.check([&](const std::string& path, DecodeContext& context) {
    if (x.eligible == x.refusal.has_value())
      context.fail(childPath(path, "refusal"), DecodeErrorKind::BadValue, "present exactly when eligible is false");
  });
}

template <class V, MaybeConst<UnsubscriptionRejectBody> T>
void fields(V& v, T& x) {
  v.text("reason", x.reason, text_rules::kReason);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(UnsubscriptionBody)
KOO_CODEC_FROM_FIELDS(UnsubscriptionRequest)
KOO_CODEC_FROM_FIELDS(UnsubscriptionRefusal)
KOO_CODEC_FROM_FIELDS(UnsubscriptionCandidate)
KOO_CODEC_FROM_FIELDS(UnsubscriptionRejectBody)

}  // namespace koo
