// The backend records' JSON: one field list per record, core's types for its domain parts plus
// the backend-only fields (owner, password) next to them.
#include "record_codec.h"

namespace koo::backend {

namespace {

constexpr TextRule kStoredUrl{limits::kUrl};  // any scheme, length only
constexpr TextRule kSecret{limits::kPassword};

template <class V, MaybeConst<BuyerRecord> T>
void fields(V& v, T& x) {
  v.embedded(x.buyer);
  v.text("password", x.password, TextRule{limits::kPassword, 1, true});
}

template <class V, MaybeConst<AppRecord> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.field("app", x.app);
  v.field("applicationInfo", x.applicationInfo, decodeStoredAppInfo);
  v.text("password", x.password, kSecret);
  v.field("seller", x.seller);
  v.field("reminderDismissal", x.reminderDismissal);
  v.field("catalogue", x.catalogue);
  v.derive(x, [](AppRecord& record) { record.applicationInfo.hasPassword = !record.password.empty(); });
}

template <class V, MaybeConst<OrderRecord> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.field("order", x.order);
  v.field("seller", x.seller);
  v.field("paymentOutcome", x.paymentOutcome);
}

template <class V, MaybeConst<SupervisionRecord> T>
void fields(V& v, T& x) {
  v.text("orderId", x.orderId, text_rules::kId);
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.field("seller", x.seller);
  v.field("flow", x.flow);
  v.list("requestForm", x.requestForm, limits::kFormFields);
  v.field("request", x.request);
  v.field("delivery", x.delivery);
  v.text("password", x.password, kSecret);
  v.field("applicationInfo", x.applicationInfo, decodeStoredAppInfo);
  v.derive(x, [](SupervisionRecord& record) {
    if (record.applicationInfo) record.applicationInfo->hasPassword = !record.password.empty();
  });
}

template <class V, MaybeConst<UnsubscriptionRecord> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.field("request", x.request);
}

template <class V, MaybeConst<InvoiceRecord> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.field("invoice", x.invoice);
}

template <class V, MaybeConst<InvoiceCustomerRecord> T>
void fields(V& v, T& x) {
  v.text("buyerId", x.buyerId, text_rules::kId);
  v.field("customer", x.customer);
  v.field("updatedTime", x.updatedTime);
}

}  // namespace

void decodeStoredAppInfo(const Json& json, const std::string& path, DecodeContext& context,
                         ApplicationInfo& out) {
  if (!json.is_object()) {
    decodeValue(json, path, context, out);  // reports the wrong type
    return;
  }
  Json withoutAdminUrl = json;
  withoutAdminUrl.erase("adminUrl");
  // The record's password field decides hasPassword (its owner sets it after this call).
  if (!withoutAdminUrl.contains("hasPassword")) withoutAdminUrl["hasPassword"] = false;
  decodeValue(withoutAdminUrl, path, context, out);
  ObjectReader reader(json, path, context);
  reader.text("adminUrl", out.adminUrl, kStoredUrl);
}

KOO_CODEC_FROM_FIELDS(BuyerRecord)
KOO_CODEC_FROM_FIELDS(AppRecord)
KOO_CODEC_FROM_FIELDS(OrderRecord)
KOO_CODEC_FROM_FIELDS(SupervisionRecord)
KOO_CODEC_FROM_FIELDS(UnsubscriptionRecord)
KOO_CODEC_FROM_FIELDS(InvoiceRecord)
KOO_CODEC_FROM_FIELDS(InvoiceCustomerRecord)

}  // namespace koo::backend
