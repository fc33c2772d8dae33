// Sample values of every contract type, filled completely (every optional set) or minimally
// (every optional empty), shared by the codec tests of core and api.
#pragma once

#include "core/domain.h"

namespace koo::samples {

Timestamp at(const char* iso);  // parseIsoUtc that must succeed

BillingPeriod period();
Money money();
Buyer buyer();
SignInRequest signInRequest();
SignInResponse signInResponse();
SellerInfo seller();
ErrorInfo errorInfo();
HealthStatus health();
AuditEntry auditEntry();
TestClock testClock();

ApplicationInfo applicationInfo(bool full);
PurchasedApp purchasedApp(bool full);
ResourceDetails resourceDetails(bool full);
PasswordReveal passwordReveal();
Order order(bool full);

FormFieldSpec formField();
Attachment attachment();
AttachmentInfo attachmentInfo();
ServiceRequest serviceRequest(bool full);
Delivery delivery(bool full);
FlowEvent flowEvent(bool full);
FlowState flowState(bool full);  // full: an appeal froze WAITING_DELIVERY
AppealAvailability appealAvailability(bool full);
SupervisedOrderSummary supervisedOrderSummary();
SupervisedOrderDetails supervisedOrderDetails(bool full);

SubmitRequestBody submitRequestBody(bool full);
DeliveryInput deliveryInput(bool full);
SellerActionBody sellerActionBody(SellerAction action);

}  // namespace koo::samples
