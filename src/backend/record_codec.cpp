// The backend records' JSON: each record is core's codec of its domain parts plus the
// backend-only fields (owner, password) next to them.
#include "record_codec.h"

namespace koo::backend {

namespace {

constexpr TextRule kStoredUrl{limits::kUrl};  // any scheme, length only
constexpr TextRule kSecret{limits::kPassword};

}  // namespace

Json storedAppInfoToJson(const ApplicationInfo& value) { return koo::toJsonValue(value); }

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

Json toJsonValue(const BuyerRecord& value) {
  Json json = koo::toJsonValue(value.buyer);
  json["password"] = value.password;
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context,
                 BuyerRecord& out) {
  koo::decodeValue(json, path, context, out.buyer);
  ObjectReader reader(json, path, context);
  reader.text("password", out.password, TextRule{limits::kPassword, 1, true});
}

Json toJsonValue(const AppRecord& value) {
  return Json{{"buyerId", value.buyerId},
              {"app", koo::toJsonValue(value.app)},
              {"applicationInfo", storedAppInfoToJson(value.applicationInfo)},
              {"password", value.password},
              {"seller", koo::toJsonValue(value.seller)}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context,
                 AppRecord& out) {
  ObjectReader reader(json, path, context);
  reader.text("buyerId", out.buyerId, text_rules::kId);
  reader.field("app", out.app);
  if (reader.ok() && reader.has("applicationInfo"))
    decodeStoredAppInfo(json["applicationInfo"], childPath(path, "applicationInfo"), context,
                        out.applicationInfo);
  else if (reader.ok())
    context.fail(childPath(path, "applicationInfo"), DecodeErrorKind::Missing,
                 "required field is missing");
  reader.text("password", out.password, kSecret);
  reader.field("seller", out.seller);
  out.applicationInfo.hasPassword = !out.password.empty();
}

Json toJsonValue(const OrderRecord& value) {
  return Json{{"buyerId", value.buyerId}, {"order", koo::toJsonValue(value.order)}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context,
                 OrderRecord& out) {
  ObjectReader reader(json, path, context);
  reader.text("buyerId", out.buyerId, text_rules::kId);
  reader.field("order", out.order);
}

Json toJsonValue(const SupervisionRecord& value) {
  Json json{{"orderId", value.orderId},
            {"buyerId", value.buyerId},
            {"seller", koo::toJsonValue(value.seller)},
            {"flow", koo::toJsonValue(value.flow)},
            {"requestForm", toJsonArray(value.requestForm)},
            {"password", value.password}};
  putOptional(json, "request", value.request);
  putOptional(json, "delivery", value.delivery);
  if (value.applicationInfo) json["applicationInfo"] = storedAppInfoToJson(*value.applicationInfo);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context,
                 SupervisionRecord& out) {
  ObjectReader reader(json, path, context);
  reader.text("orderId", out.orderId, text_rules::kId);
  reader.text("buyerId", out.buyerId, text_rules::kId);
  reader.field("seller", out.seller);
  reader.field("flow", out.flow);
  reader.list("requestForm", out.requestForm, limits::kFormFields);
  reader.field("request", out.request);
  reader.field("delivery", out.delivery);
  reader.text("password", out.password, kSecret);
  if (reader.ok() && reader.has("applicationInfo")) {
    ApplicationInfo info;
    decodeStoredAppInfo(json["applicationInfo"], childPath(path, "applicationInfo"), context, info);
    info.hasPassword = !out.password.empty();
    out.applicationInfo = std::move(info);
  }
}

}  // namespace koo::backend
