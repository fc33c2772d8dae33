// Field lists of changing specifications and trial -> commercial: the catalogue (store-side),
// the change options with their quotes, and the change and conversion order bodies.
#include "json_codec.h"

namespace koo {
namespace {

constexpr size_t kMaxSkus = 50;
constexpr size_t kMaxTiers = 20;

template <class V, MaybeConst<SpecTarget> T>
void fields(V& v, T& x) {
  v.text("specification", x.specification, text_rules::kName);
  v.integer("users", x.users, 1, spec_rules::kMaxUsers);
}

template <class V, MaybeConst<ScheduledSpecChange> T>
void fields(V& v, T& x) {
  v.field("target", x.target);
  v.field("effectiveFrom", x.effectiveFrom);
}

template <class V, MaybeConst<UserTier> T>
void fields(V& v, T& x) {
  v.integer("upToUsers", x.upToUsers, 0, spec_rules::kMaxUsers);
  v.field("yearlyUnitPrice", x.yearlyUnitPrice);
  v.field("monthlyUnitPrice", x.monthlyUnitPrice);
}

template <class V, MaybeConst<CatalogueSku> T>
void fields(V& v, T& x) {
  v.text("specification", x.specification, text_rules::kName);
  v.integer("level", x.level, 0, 1000);
  v.field("yearlyPrice", x.yearlyPrice);
  v.field("monthlyPrice", x.monthlyPrice);
  v.list("userTiers", x.userTiers, kMaxTiers);
  v.field("onSale", x.onSale);
}

template <class V, MaybeConst<ProductCatalogue> T>
void fields(V& v, T& x) {
  v.field("changeSupported", x.changeSupported);
  v.field("trialConvertible", x.trialConvertible);
  v.field("userPricing", x.userPricing);
  v.list("skus", x.skus, kMaxSkus);
}

template <class V, MaybeConst<ChangeRefusal> T>
void fields(V& v, T& x) {
  v.field("code", x.code);
  v.text("message", x.message, text_rules::kName);
}

template <class V, MaybeConst<ChangeQuote> T>
void fields(V& v, T& x) {
  v.field("kind", x.kind);
  v.field("fee", x.fee);
  v.field("newPrice", x.newPrice);
  v.field("originalPrice", x.originalPrice);
  v.integer("remainingDays", x.remainingDays, 0, 4000);
  v.integer("daysInPeriod", x.daysInPeriod, 1, 4000);
  v.integer("discountPercent", x.discountPercent, 0, 100);
}

template <class V, MaybeConst<ChangeOption> T>
void fields(V& v, T& x) {
  v.field("kind", x.kind);
  v.field("target", x.target);
  v.field("atRenewal", x.atRenewal);
  v.integer("maxUsers", x.maxUsers, 1, spec_rules::kMaxUsers);
  v.field("quote", x.quote);
  v.field("renewalUnitPrice", x.renewalUnitPrice);
  v.field("refusal", x.refusal);
}

template <class V, MaybeConst<PurchaseOption> T>
void fields(V& v, T& x) {
  v.text("specification", x.specification, text_rules::kName);
  v.field("yearlyPrice", x.yearlyPrice);
  v.field("monthlyPrice", x.monthlyPrice);
}

template <class V, MaybeConst<ChangeOptions> T>
void fields(V& v, T& x) {
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.field("asOf", x.asOf);
  v.field("refusal", x.refusal);
  v.list("options", x.options, 2 * kMaxSkus);
  v.field("purchaseRefusal", x.purchaseRefusal);
  v.list("purchaseOptions", x.purchaseOptions, kMaxSkus);
}

template <class V, MaybeConst<ChangeOrderBody> T>
void fields(V& v, T& x) {
  v.field("target", x.target);
  v.field("renewalPeriod", x.renewalPeriod);
}

template <class V, MaybeConst<ConversionOrderBody> T>
void fields(V& v, T& x) {
  v.text("specification", x.specification, text_rules::kName);
  v.field("period", x.period);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(SpecTarget)
KOO_CODEC_FROM_FIELDS(ScheduledSpecChange)
KOO_CODEC_FROM_FIELDS(UserTier)
KOO_CODEC_FROM_FIELDS(CatalogueSku)
KOO_CODEC_FROM_FIELDS(ProductCatalogue)
KOO_CODEC_FROM_FIELDS(ChangeRefusal)
KOO_CODEC_FROM_FIELDS(ChangeQuote)
KOO_CODEC_FROM_FIELDS(ChangeOption)
KOO_CODEC_FROM_FIELDS(PurchaseOption)
KOO_CODEC_FROM_FIELDS(ChangeOptions)
KOO_CODEC_FROM_FIELDS(ChangeOrderBody)
KOO_CODEC_FROM_FIELDS(ConversionOrderBody)

}  // namespace koo
