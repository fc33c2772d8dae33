// Sample values with realistic content: Chinese and English text, every enum in use.
#include "samples.h"

#include <cstdlib>

#include "core/base64.h"

namespace koo::samples {

Timestamp at(const char* iso) {
  const auto parsed = parseIsoUtc(iso);
  if (!parsed) std::abort();  // a broken sample is a bug in the test itself
  return *parsed;
}

BillingPeriod period() { return BillingPeriod{PeriodUnit::Year, 1}; }
Money money() { return Money{1280000, "CNY"}; }
Buyer buyer() { return Buyer{"buyer-001", "alice", "Alice Zhang", "alice@example.com"}; }
SignInRequest signInRequest() { return SignInRequest{"buyer-001", "alice", "alice-demo-2025"}; }
SignInResponse signInResponse() { return SignInResponse{"kgt_3q2ZpR7wY1vXbN8s", at("2025-01-16T08:00:00Z"), buyer()}; }
SellerInfo seller() {
  return SellerInfo{"深圳云帆科技有限公司", "王磊", "+86 400 800 1234", "service@yunfan.example.cn", "7×24"};
}
ErrorInfo errorInfo() { return ErrorInfo{"CONFLICT", "Appeal is available after 5 days", "req-7f3a94"}; }
HealthStatus health() { return HealthStatus{"ok", "1.0.0", at("2025-01-15T08:00:00Z"), true}; }
AuditEntry auditEntry() {
  return AuditEntry{7, at("2025-01-15T08:00:00Z"), "buyer-001", "PASSWORD_REVEAL", "inst-0001", "req-1"};
}
TestClock testClock() { return TestClock{at("2025-01-20T00:00:00Z")}; }

ApplicationInfo applicationInfo(bool full) {
  ApplicationInfo info{"https://crm.nimbus.example.com/t/acme", std::nullopt, "acme-admin", full, std::nullopt};
  if (full) {
    info.adminUrl = "https://admin.nimbus.example.com/t/acme";
    info.memo = "首次登录请修改初始密码。Change the initial password at first login.";
  }
  return info;
}

PurchasedApp purchasedApp(bool full) {
  PurchasedApp app;
  app.instanceId = "inst-0001";
  app.orderId = "CS2501010001";
  app.productId = "prod-nimbus-crm";
  app.productName = full ? "Nimbus CRM 客户管理" : "Nimbus CRM";
  app.specification = "Standard, 50 users";
  app.billingMode = full ? BillingMode::Period : BillingMode::OnDemand;
  app.status = full ? ResourceStatus::Expired : ResourceStatus::Frozen;
  app.purchaseTime = at("2025-01-01T02:00:00Z");
  if (full) {
    app.period = period();
    app.effectiveTime = at("2025-01-01T02:05:00Z");
    app.expiryTime = at("2026-01-01T02:05:00Z");
    app.isTrial = true;
    app.involvesSupervision = true;
  }
  return app;
}

ResourceDetails resourceDetails(bool full) {
  return ResourceDetails{purchasedApp(full), applicationInfo(full), seller()};
}

PasswordReveal passwordReveal() { return PasswordReveal{"Xk9#pL2!vQ\"密", at("2025-01-15T08:00:00Z")}; }

Order order(bool full) {
  Order order;
  order.orderId = "CS2501080004";
  order.type = full ? OrderType::TrialToCommercial : OrderType::Unsubscribe;
  order.status = full ? OrderStatus::PendingConfirmation : OrderStatus::PendingApproval;
  order.productId = "prod-yunfan-netdeploy";
  order.productName = "云帆网络部署服务";
  order.specification = "3 个站点";
  order.billingMode = full ? BillingMode::OnDemandPackage : BillingMode::OneTime;
  order.amount = full ? money() : Money{0, "USD"};
  order.createdTime = at("2025-01-08T02:00:00Z");
  if (full) {
    order.period = BillingPeriod{PeriodUnit::Month, 3};
    order.paidTime = at("2025-01-08T02:01:00Z");
    order.involvesSupervision = true;
    order.instanceId = "inst-0042";
    order.statusReason = "Waiting for the seller's confirmation";
  }
  return order;
}

FormFieldSpec formField() { return FormFieldSpec{"siteCount", "Number of sites", FormFieldType::Number, true, 6}; }

Attachment attachment() { return Attachment{"network.txt", "text/plain", base64Encode("site A: 10.0.0.0/24")}; }
AttachmentInfo attachmentInfo() { return AttachmentInfo{"network.txt", "text/plain", 19}; }

ServiceRequest serviceRequest(bool full) {
  ServiceRequest request;
  request.submittedTime = at("2025-01-10T06:00:00Z");
  if (full) {
    request.fields = {{"siteCount", "3"}, {"goLiveDate", "2025-02-01"}, {"备注", "请尽快"}};
    request.attachment = attachmentInfo();
  }
  return request;
}

Delivery delivery(bool full) {
  Delivery delivery;
  delivery.statementOfWork = "Installed the gateway on 3 sites.";
  delivery.deliveredTime = at("2025-01-12T09:00:00Z");
  if (full) {
    delivery.acceptanceDocument = "acceptance-CS2501080004.pdf";
    delivery.enablingTime = at("2025-01-12T00:00:00Z");
  }
  return delivery;
}

FlowEvent flowEvent(bool full) {
  FlowEvent event;
  event.sequence = 3;
  event.kind = full ? FlowEventKind::RequestRejected : FlowEventKind::AppealResolved;
  event.actor = full ? Actor::Seller : Actor::Operations;
  event.time = at("2025-01-09T10:00:00Z");
  event.fromStage = full ? FlowStage::WaitingSellerAccept : FlowStage::Appealing;
  event.toStage = full ? FlowStage::WaitingRequest : FlowStage::Cancelled;
  if (full) {
    event.note = "Please attach the network diagram.";
    event.attachment = attachmentInfo();
  }
  return event;
}

FlowState flowState(bool full) {
  FlowState state;
  state.stage = full ? FlowStage::Appealing : FlowStage::WaitingBuyerConfirm;
  state.stageEnteredTime = at("2025-01-14T00:00:00Z");
  state.requestRejections = full ? 3 : 0;
  state.deliveryRejections = full ? 1 : 0;
  if (full) {
    state.frozenStage = FlowStage::WaitingDelivery;
    state.lastReminderTime = at("2025-01-11T00:00:00Z");
  }
  return state;
}

AppealAvailability appealAvailability(bool full) {
  AppealAvailability availability;
  if (full) {
    availability.reason = "Appeal is available after 5 days without seller progress (in 2 days)";
    availability.availableFrom = at("2025-01-17T00:00:00Z");
  } else {
    availability.available = true;
  }
  return availability;
}

SupervisedOrderSummary supervisedOrderSummary() {
  return SupervisedOrderSummary{"CS2501080004", "云帆网络部署服务", "3 个站点", "深圳云帆科技有限公司",
                                FlowStage::WaitingDelivery, OrderStatus::Processing, money(),
                                at("2025-01-08T02:00:00Z"), at("2025-01-12T00:00:00Z")};
}

SupervisedOrderDetails supervisedOrderDetails(bool full) {
  SupervisedOrderDetails details;
  details.order = order(full);
  details.seller = seller();
  details.flow = flowState(full);
  details.appeal = appealAvailability(full);
  if (full) {
    details.applicationInfo = applicationInfo(true);
    details.requestForm = {formField(), FormFieldSpec{"goLiveDate", "Go-live date", FormFieldType::Date, false, 10}};
    details.request = serviceRequest(true);
    details.delivery = delivery(true);
    details.history = {flowEvent(true), flowEvent(false)};
    details.allowedActions = {BuyerAction::Remind, BuyerAction::Appeal};
  }
  return details;
}

SubmitRequestBody submitRequestBody(bool full) {
  SubmitRequestBody body;
  if (full) {
    body.fields = {{"siteCount", "3"}, {"goLiveDate", "2025-02-01"}};
    body.attachment = attachment();
  }
  return body;
}

// What the seller sends for the sample delivery.
DeliveryInput deliveryInput(bool full) {
  const Delivery sent = delivery(full);
  return DeliveryInput{sent.statementOfWork, sent.acceptanceDocument, sent.enablingTime};
}

SellerActionBody sellerActionBody(SellerAction action) {
  SellerActionBody body;
  body.action = action;
  if (action == SellerAction::RejectRequest) body.reason = "Please attach the network diagram.";
  if (action == SellerAction::Deliver) body.delivery = deliveryInput(true);
  return body;
}

}  // namespace koo::samples
