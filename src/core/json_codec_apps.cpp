// Codecs of Purchased Apps, Resource Details, the revealed password and Billing Center orders.
#include "json_codec.h"

namespace koo {
namespace {

// PERIOD products always state their period; others may (a trial specification).
void requirePeriodForPeriodMode(BillingMode mode, const std::optional<BillingPeriod>& period,
                                const std::string& path, DecodeContext& context) {
  if (!context.failed() && mode == BillingMode::Period && !period)
    context.fail(childPath(path, "period"), DecodeErrorKind::Missing, "required when billingMode is PERIOD");
}

}  // namespace

Json toJsonValue(const ApplicationInfo& value) {
  Json json{{"frontEndUrl", value.frontEndUrl}, {"userName", value.userName}, {"hasPassword", value.hasPassword}};
  putOptional(json, "adminUrl", value.adminUrl);
  putOptional(json, "memo", value.memo);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, ApplicationInfo& out) {
  ObjectReader reader(json, path, context);
  reader.text("frontEndUrl", out.frontEndUrl, text_rules::kUrl);
  reader.text("adminUrl", out.adminUrl, text_rules::kUrl);
  reader.text("userName", out.userName, text_rules::kUserName);
  reader.field("hasPassword", out.hasPassword);
  reader.text("memo", out.memo, text_rules::kMemo);
}

Json toJsonValue(const PurchasedApp& value) {
  Json json{{"instanceId", value.instanceId},
            {"orderId", value.orderId},
            {"productId", value.productId},
            {"productName", value.productName},
            {"specification", value.specification},
            {"billingMode", toJsonValue(value.billingMode)},
            {"status", toJsonValue(value.status)},
            {"purchaseTime", toJsonValue(value.purchaseTime)},
            {"isTrial", value.isTrial},
            {"involvesSupervision", value.involvesSupervision}};
  putOptional(json, "period", value.period);
  putOptional(json, "effectiveTime", value.effectiveTime);
  putOptional(json, "expiryTime", value.expiryTime);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, PurchasedApp& out) {
  ObjectReader reader(json, path, context);
  reader.text("instanceId", out.instanceId, text_rules::kId);
  reader.text("orderId", out.orderId, text_rules::kId);
  reader.text("productId", out.productId, text_rules::kId);
  reader.text("productName", out.productName, text_rules::kName);
  reader.text("specification", out.specification, text_rules::kName);
  reader.field("billingMode", out.billingMode);
  reader.field("period", out.period);
  reader.field("status", out.status);
  reader.field("purchaseTime", out.purchaseTime);
  reader.field("effectiveTime", out.effectiveTime);
  reader.field("expiryTime", out.expiryTime);
  reader.field("isTrial", out.isTrial);
  reader.field("involvesSupervision", out.involvesSupervision);
  requirePeriodForPeriodMode(out.billingMode, out.period, path, context);
}

Json toJsonValue(const ResourceDetails& value) {
  return Json{{"basicInfo", toJsonValue(value.basicInfo)},
              {"applicationInfo", toJsonValue(value.applicationInfo)},
              {"seller", toJsonValue(value.seller)}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, ResourceDetails& out) {
  ObjectReader reader(json, path, context);
  reader.field("basicInfo", out.basicInfo);
  reader.field("applicationInfo", out.applicationInfo);
  reader.field("seller", out.seller);
}

Json toJsonValue(const PasswordReveal& value) {
  return Json{{"password", value.password}, {"revealedAt", toJsonValue(value.revealedAt)}};
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, PasswordReveal& out) {
  ObjectReader reader(json, path, context);
  reader.text("password", out.password, text_rules::kPassword);
  reader.field("revealedAt", out.revealedAt);
}

Json toJsonValue(const Order& value) {
  Json json{{"orderId", value.orderId},
            {"type", toJsonValue(value.type)},
            {"status", toJsonValue(value.status)},
            {"productId", value.productId},
            {"productName", value.productName},
            {"specification", value.specification},
            {"billingMode", toJsonValue(value.billingMode)},
            {"amount", toJsonValue(value.amount)},
            {"createdTime", toJsonValue(value.createdTime)},
            {"involvesSupervision", value.involvesSupervision}};
  putOptional(json, "period", value.period);
  putOptional(json, "paidTime", value.paidTime);
  putOptional(json, "instanceId", value.instanceId);
  putOptional(json, "statusReason", value.statusReason);
  return json;
}
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Order& out) {
  ObjectReader reader(json, path, context);
  reader.text("orderId", out.orderId, text_rules::kId);
  reader.field("type", out.type);
  reader.field("status", out.status);
  reader.text("productId", out.productId, text_rules::kId);
  reader.text("productName", out.productName, text_rules::kName);
  reader.text("specification", out.specification, text_rules::kName);
  reader.field("billingMode", out.billingMode);
  reader.field("period", out.period);
  reader.field("amount", out.amount);
  reader.field("createdTime", out.createdTime);
  reader.field("paidTime", out.paidTime);
  reader.field("involvesSupervision", out.involvesSupervision);
  reader.text("instanceId", out.instanceId, text_rules::kId);
  reader.text("statusReason", out.statusReason, text_rules::kOptionalReason);
  requirePeriodForPeriodMode(out.billingMode, out.period, path, context);
}

}  // namespace koo
