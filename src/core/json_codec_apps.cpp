// Field lists of Purchased Apps, Resource Details, the revealed password and Billing Center
// orders.
#include "json_codec.h"

namespace koo {
namespace {

// PERIOD products always state their period; others may (a trial specification).
template <class Item>
void requirePeriodForPeriodMode(const Item& item, const std::string& path, DecodeContext& context) {
  if (item.billingMode == BillingMode::Period && !item.period)
    context.fail(childPath(path, "period"), DecodeErrorKind::Missing, "required when billingMode is PERIOD");
}

// The product bought, as a purchased app and its order both state it.
template <class V, class T>
void productFields(V& v, T& x) {
  v.text("productId", x.productId, text_rules::kId);
  v.text("productName", x.productName, text_rules::kName);
  v.text("specification", x.specification, text_rules::kName);
  v.field("billingMode", x.billingMode);
  v.field("period", x.period);
}

template <class V, MaybeConst<ApplicationInfo> T>
void fields(V& v, T& x) {
  v.text("frontEndUrl", x.frontEndUrl, text_rules::kUrl);
  v.text("adminUrl", x.adminUrl, text_rules::kUrl);
  v.text("userName", x.userName, text_rules::kUserName);
  v.field("hasPassword", x.hasPassword);
  v.text("memo", x.memo, text_rules::kMemo);
}

template <class V, MaybeConst<RenewalOffer> T>
void fields(V& v, T& x) {
  v.field("unitPrice", x.unitPrice);
  v.integer("discountPercent", x.discountPercent, 0, 100);
}

template <class V, MaybeConst<PurchasedApp> T>
void fields(V& v, T& x) {
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.text("orderId", x.orderId, text_rules::kId);
  productFields(v, x);
  v.field("status", x.status);
  v.field("purchaseTime", x.purchaseTime);
  v.field("effectiveTime", x.effectiveTime);
  v.field("expiryTime", x.expiryTime);
  v.field("isTrial", x.isTrial);
  v.field("involvesSupervision", x.involvesSupervision);
  v.field("renewalOffer", x.renewalOffer);
  v.field("autoRenewPeriod", x.autoRenewPeriod);
  v.text("pendingOrderId", x.pendingOrderId, text_rules::kId);
  v.integer("users", x.users, 1, spec_rules::kMaxUsers);
  v.field("scheduledChange", x.scheduledChange);
  v.check([&](const std::string& path, DecodeContext& context) { requirePeriodForPeriodMode(x, path, context); });
}

template <class V, MaybeConst<ResourceDetails> T>
void fields(V& v, T& x) {
  v.field("basicInfo", x.basicInfo);
  v.field("applicationInfo", x.applicationInfo);
  v.field("seller", x.seller);
}

template <class V, MaybeConst<PasswordReveal> T>
void fields(V& v, T& x) {
  v.text("password", x.password, text_rules::kPassword);
  v.field("revealedAt", x.revealedAt);
}

template <class V, MaybeConst<Order> T>
void fields(V& v, T& x) {
  v.text("orderId", x.orderId, text_rules::kId);
  v.field("type", x.type);
  v.field("status", x.status);
  productFields(v, x);
  v.field("amount", x.amount);
  v.field("createdTime", x.createdTime);
  v.field("paidTime", x.paidTime);
  v.field("involvesSupervision", x.involvesSupervision);
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.text("statusReason", x.statusReason, text_rules::kOptionalReason);
  v.integer("quantity", x.quantity, 1, 100000);
  v.field("paymentDeadline", x.paymentDeadline);
  v.integer("secondsToDeadline", x.secondsToDeadline, 0, 100LL * 365 * 86400);
  v.field("listPrice", x.listPrice);
  v.field("discount", x.discount);
  v.field("coupon", x.coupon);
  v.field("paymentMethod", x.paymentMethod);
  v.text("sellerName", x.sellerName, text_rules::kName);
  v.field("cancelReason", x.cancelReason);
  v.field("validFrom", x.validFrom);
  v.field("validTo", x.validTo);
  v.text("combinedOrderId", x.combinedOrderId, text_rules::kId);
  v.text("invoiceId", x.invoiceId, text_rules::kId);
  v.field("invoiceStatus", x.invoiceStatus);
  v.field("specChange", x.specChange);
  v.text("trialInstanceId", x.trialInstanceId, text_rules::kId);
  v.check([&](const std::string& path, DecodeContext& context) { requirePeriodForPeriodMode(x, path, context); });
}

template <class V, MaybeConst<PayOrderBody> T>
void fields(V& v, T& x) {
  v.field("method", x.method);
}

template <class V, MaybeConst<PaymentOutcomeBody> T>
void fields(V& v, T& x) {
  v.field("outcome", x.outcome);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(RenewalOffer)
KOO_CODEC_FROM_FIELDS(ApplicationInfo)
KOO_CODEC_FROM_FIELDS(PurchasedApp)
KOO_CODEC_FROM_FIELDS(ResourceDetails)
KOO_CODEC_FROM_FIELDS(PasswordReveal)
KOO_CODEC_FROM_FIELDS(Order)
KOO_CODEC_FROM_FIELDS(PayOrderBody)
KOO_CODEC_FROM_FIELDS(PaymentOutcomeBody)

}  // namespace koo
