// The schema -> C++ type table of contract_codecs.h: every codec of core with a contract schema.
#include "contract_codecs.h"

namespace koo {
namespace {

template <class T>
RoundTrip roundTrip() {
  return [](const Json& json) -> Result<Json> {
    auto decoded = decodeJson<T>(json);
    if (!decoded.ok()) return decoded.error();
    return toJsonValue(decoded.value());
  };
}

}  // namespace

const std::map<std::string, RoundTrip>& codecsBySchema() {
  static const std::map<std::string, RoundTrip> codecs = {
      {"ErrorBody", roundTrip<ErrorInfo>()},
      {"BillingPeriod", roundTrip<BillingPeriod>()},
      {"Money", roundTrip<Money>()},
      {"HealthStatus", roundTrip<HealthStatus>()},
      {"Buyer", roundTrip<Buyer>()},
      {"BuyerList", roundTrip<ItemList<Buyer>>()},
      {"SignInRequest", roundTrip<SignInRequest>()},
      {"SignInResponse", roundTrip<SignInResponse>()},
      {"SellerInfo", roundTrip<SellerInfo>()},
      {"ApplicationInfo", roundTrip<ApplicationInfo>()},
      {"PurchasedApp", roundTrip<PurchasedApp>()},
      {"PurchasedAppPage", roundTrip<Page<PurchasedApp>>()},
      {"ResourceDetails", roundTrip<ResourceDetails>()},
      {"PasswordReveal", roundTrip<PasswordReveal>()},
      {"Order", roundTrip<Order>()},
      {"OrderPage", roundTrip<Page<Order>>()},
      {"PayOrderBody", roundTrip<PayOrderBody>()},
      {"PaymentOutcomeBody", roundTrip<PaymentOutcomeBody>()},
      {"FormFieldSpec", roundTrip<FormFieldSpec>()},
      {"Attachment", roundTrip<Attachment>()},
      {"AttachmentInfo", roundTrip<AttachmentInfo>()},
      {"ServiceRequest", roundTrip<ServiceRequest>()},
      {"Delivery", roundTrip<Delivery>()},
      {"FlowEvent", roundTrip<FlowEvent>()},
      {"FlowState", roundTrip<FlowState>()},
      {"AppealAvailability", roundTrip<AppealAvailability>()},
      {"SupervisedOrderSummary", roundTrip<SupervisedOrderSummary>()},
      {"SupervisedOrderPage", roundTrip<Page<SupervisedOrderSummary>>()},
      {"SupervisedOrderDetails", roundTrip<SupervisedOrderDetails>()},
      {"SubmitRequestBody", roundTrip<SubmitRequestBody>()},
      {"ReasonBody", roundTrip<ReasonBody>()},
      {"RemindBody", roundTrip<RemindBody>()},
      {"DeliveryInput", roundTrip<DeliveryInput>()},
      {"SellerActionBody", roundTrip<SellerActionBody>()},
      {"AppealDecisionBody", roundTrip<AppealDecisionBody>()},
      {"ProvisioningFailureBody", roundTrip<ProvisioningFailureBody>()},
      {"TestClockBody", roundTrip<TestClockBody>()},
      {"TestClock", roundTrip<TestClock>()},
      {"AuditEntry", roundTrip<AuditEntry>()},
      {"AuditLog", roundTrip<ItemList<AuditEntry>>()},
      {"FaultSpecBody", roundTrip<FaultSpecBody>()},
      {"FaultSpecState", roundTrip<FaultSpecState>()},
      {"RenewalOffer", roundTrip<RenewalOffer>()},
      {"RenewalItem", roundTrip<RenewalItem>()},
      {"RenewalOrderBody", roundTrip<RenewalOrderBody>()},
      {"RenewalPurchase", roundTrip<RenewalPurchase>()},
      {"SpecTarget", roundTrip<SpecTarget>()},
      {"ScheduledSpecChange", roundTrip<ScheduledSpecChange>()},
      {"ChangeRefusal", roundTrip<ChangeRefusal>()},
      {"ChangeQuote", roundTrip<ChangeQuote>()},
      {"ChangeOption", roundTrip<ChangeOption>()},
      {"PurchaseOption", roundTrip<PurchaseOption>()},
      {"ChangeOptions", roundTrip<ChangeOptions>()},
      {"ChangeOrderBody", roundTrip<ChangeOrderBody>()},
      {"ConversionOrderBody", roundTrip<ConversionOrderBody>()},
      {"AutoRenewBody", roundTrip<AutoRenewBody>()},
      {"ExpiryReminder", roundTrip<ExpiryReminder>()},
      {"ExpiryReminderList", roundTrip<ItemList<ExpiryReminder>>()},
      {"ReminderDismissBody", roundTrip<ReminderDismissBody>()},
      {"UnsubscriptionBody", roundTrip<UnsubscriptionBody>()},
      {"UnsubscriptionRequest", roundTrip<UnsubscriptionRequest>()},
      {"UnsubscriptionPage", roundTrip<Page<UnsubscriptionRequest>>()},
      {"UnsubscriptionRefusal", roundTrip<UnsubscriptionRefusal>()},
      {"UnsubscriptionCandidate", roundTrip<UnsubscriptionCandidate>()},
      {"UnsubscriptionCandidateList", roundTrip<ItemList<UnsubscriptionCandidate>>()},
      {"UnsubscriptionRejectBody", roundTrip<UnsubscriptionRejectBody>()},
      {"InvoiceCustomer", roundTrip<InvoiceCustomer>()},
      {"InvoiceCustomerSetting", roundTrip<InvoiceCustomerSetting>()},
      {"InvoiceLine", roundTrip<InvoiceLine>()},
      {"Invoice", roundTrip<Invoice>()},
      {"InvoicePage", roundTrip<Page<Invoice>>()},
      {"InvoiceReturnBody", roundTrip<InvoiceReturnBody>()},
  };
  return codecs;
}

}  // namespace koo
