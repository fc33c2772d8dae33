// Field lists of Renewals: the renewal order request and its answer, and the auto-renew body.
#include "json_codec.h"
#include "renewal.h"

namespace koo {
namespace {

template <class V, MaybeConst<RenewalItem> T>
void fields(V& v, T& x) {
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.field("period", x.period);
}

template <class V, MaybeConst<RenewalOrderBody> T>
void fields(V& v, T& x) {
  v.list("items", x.items, renewal_rules::kMaxItems);
  v.check([&](const std::string& path, DecodeContext& context) {
    if (x.items.empty()) context.fail(childPath(path, "items"), DecodeErrorKind::BadValue, "at least one instance");
    for (size_t i = 0; i < x.items.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (x.items[i].instanceId == x.items[j].instanceId) {
          context.fail(childPath(path, "items[" + std::to_string(i) + "].instanceId"), DecodeErrorKind::BadValue,
                       "instance " + x.items[i].instanceId + " is listed twice");
          return;
        }
  });
}

template <class V, MaybeConst<RenewalPurchase> T>
void fields(V& v, T& x) {
  v.text("combinedOrderId", x.combinedOrderId, text_rules::kId);
  v.list("orders", x.orders, renewal_rules::kMaxItems);
}

template <class V, MaybeConst<AutoRenewBody> T>
void fields(V& v, T& x) {
  v.field("enabled", x.enabled);
  v.field("period", x.period);
  v.check([&](const std::string& path, DecodeContext& context) {
    if (x.enabled && !x.period)
      context.fail(childPath(path, "period"), DecodeErrorKind::Missing, "required when enabled is true");
  });
}

}  // namespace

KOO_CODEC_FROM_FIELDS(RenewalItem)
KOO_CODEC_FROM_FIELDS(RenewalOrderBody)
KOO_CODEC_FROM_FIELDS(RenewalPurchase)
KOO_CODEC_FROM_FIELDS(AutoRenewBody)

}  // namespace koo
