// JSON codecs of every contract type: toJsonValue (encode) and decodeValue (decode with
// limits and JSON paths), each pair made from the type's one field list (json_codec_*.cpp,
// json_reader.h), plus decodeJsonText / encodeJsonText for whole documents. Never throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain.h"
#include "json_reader.h"
#include "result.h"
#include "spec_change.h"

namespace koo {

// Declares a type's codec pair; the backend declares its records' codecs with it too.
#define KOO_DECLARE_CODEC(Type)                                                            \
  Json toJsonValue(const Type& value);                                                     \
  void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Type& out);

// json_codec_common.cpp
KOO_DECLARE_CODEC(BillingPeriod)
KOO_DECLARE_CODEC(Money)
KOO_DECLARE_CODEC(Buyer)
KOO_DECLARE_CODEC(SignInRequest)
KOO_DECLARE_CODEC(SignInResponse)
KOO_DECLARE_CODEC(SellerInfo)
KOO_DECLARE_CODEC(ErrorInfo)  // the whole body: {"error": {...}}
KOO_DECLARE_CODEC(HealthStatus)
KOO_DECLARE_CODEC(AuditEntry)
KOO_DECLARE_CODEC(TestClockBody)
KOO_DECLARE_CODEC(TestClock)
KOO_DECLARE_CODEC(FaultSpecBody)
KOO_DECLARE_CODEC(FaultSpecState)
// json_codec_apps.cpp
KOO_DECLARE_CODEC(ApplicationInfo)
KOO_DECLARE_CODEC(PurchasedApp)
KOO_DECLARE_CODEC(ResourceDetails)
KOO_DECLARE_CODEC(PasswordReveal)
KOO_DECLARE_CODEC(Order)
KOO_DECLARE_CODEC(PayOrderBody)
KOO_DECLARE_CODEC(PaymentOutcomeBody)
KOO_DECLARE_CODEC(RenewalOffer)
// json_codec_renewals.cpp
KOO_DECLARE_CODEC(RenewalItem)
KOO_DECLARE_CODEC(RenewalOrderBody)
KOO_DECLARE_CODEC(RenewalPurchase)
KOO_DECLARE_CODEC(AutoRenewBody)
// json_codec_invoices.cpp
KOO_DECLARE_CODEC(InvoiceCustomer)
KOO_DECLARE_CODEC(InvoiceCustomerSetting)
KOO_DECLARE_CODEC(InvoiceLine)
KOO_DECLARE_CODEC(Invoice)
KOO_DECLARE_CODEC(InvoiceReturnBody)
// json_codec_spec.cpp: changing specifications and trial -> commercial
KOO_DECLARE_CODEC(SpecTarget)
KOO_DECLARE_CODEC(ScheduledSpecChange)
KOO_DECLARE_CODEC(UserTier)
KOO_DECLARE_CODEC(CatalogueSku)
KOO_DECLARE_CODEC(ProductCatalogue)
KOO_DECLARE_CODEC(ChangeRefusal)
KOO_DECLARE_CODEC(ChangeQuote)
KOO_DECLARE_CODEC(ChangeOption)
KOO_DECLARE_CODEC(PurchaseOption)
KOO_DECLARE_CODEC(ChangeOptions)
KOO_DECLARE_CODEC(ChangeOrderBody)
KOO_DECLARE_CODEC(ConversionOrderBody)
// json_codec_flow.cpp
KOO_DECLARE_CODEC(FormFieldSpec)
KOO_DECLARE_CODEC(Attachment)
KOO_DECLARE_CODEC(AttachmentInfo)
KOO_DECLARE_CODEC(ServiceRequest)
KOO_DECLARE_CODEC(Delivery)
KOO_DECLARE_CODEC(DeliveryInput)
KOO_DECLARE_CODEC(FlowEvent)
KOO_DECLARE_CODEC(FlowState)
KOO_DECLARE_CODEC(AppealAvailability)
KOO_DECLARE_CODEC(SupervisedOrderSummary)
KOO_DECLARE_CODEC(SupervisedOrderDetails)
// json_codec_bodies.cpp
KOO_DECLARE_CODEC(SubmitRequestBody)
KOO_DECLARE_CODEC(ReasonBody)
KOO_DECLARE_CODEC(RemindBody)
KOO_DECLARE_CODEC(SellerActionBody)
KOO_DECLARE_CODEC(AppealDecisionBody)
KOO_DECLARE_CODEC(ProvisioningFailureBody)

template <class T>
Json toJsonValue(const Page<T>& page) {
  return Json{{"items", toJsonArray(page.items)}, {"total", page.total}, {"page", page.page},
              {"pageSize", page.pageSize}};
}

template <class T>
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, Page<T>& out) {
  ObjectReader reader(json, path, context);
  reader.list("items", out.items, static_cast<size_t>(limits::kMaxPageSize));
  reader.integer("total", out.total, 0, INT64_MAX);
  reader.integer("page", out.page, 1, INT32_MAX);
  reader.integer("pageSize", out.pageSize, 1, limits::kMaxPageSize);
}

template <class T>
Json toJsonValue(const ItemList<T>& list) {
  return Json{{"items", toJsonArray(list.items)}};
}

constexpr size_t kMaxListItems = 10000;

template <class T>
void decodeValue(const Json& json, const std::string& path, DecodeContext& context, ItemList<T>& out) {
  ObjectReader reader(json, path, context);
  reader.list("items", out.items, kMaxListItems);
}

// Parses text into a JSON tree; a syntax error is a DecodeError of kind Syntax at "$" whose
// message gives the byte offset.
Result<Json> parseJsonText(std::string_view text);

template <class T>
Result<T> decodeJson(const Json& json) {
  DecodeContext context;
  T value{};
  decodeValue(json, "$", context, value);
  if (context.failed()) return *context.error();
  return value;
}

template <class T>
Result<T> decodeJsonText(std::string_view text) {
  auto json = parseJsonText(text);
  if (!json.ok()) return json.error();
  return decodeJson<T>(json.value());
}

template <class T>
std::string encodeJsonText(const T& value) {
  return dumpJson(toJsonValue(value));
}

}  // namespace koo
