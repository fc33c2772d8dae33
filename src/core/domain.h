// The buyer console's domain: buyers, purchased apps and their details, billing-center orders,
// supervised orders with their service flow, and the bodies of every request (see contract/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "enums.h"
#include "timestamp.h"

namespace koo {

// Sizes the marketplace accepts (DOMAIN.md, plus our choices for free text and ids).
namespace limits {
constexpr size_t kUrl = 512;
constexpr size_t kUserName = 128;
constexpr size_t kPassword = 128;
constexpr size_t kMemo = 1024;
constexpr size_t kReason = 500;         // reject / appeal / remind texts
constexpr size_t kId = 64;              // buyerId, instanceId, orderId, ...
constexpr size_t kName = 256;           // product, specification, seller, contact names
constexpr size_t kShortText = 128;      // phone, email, service hours, request IDs
constexpr size_t kToken = 512;
constexpr size_t kMessage = 2000;       // an error answer's message
constexpr size_t kSearch = 100;         // the q= search text
constexpr size_t kFileName = 255;
constexpr size_t kContentType = 127;
constexpr size_t kAttachmentBytes = 256 * 1024;                        // decoded size
constexpr size_t kAttachmentBase64 = (kAttachmentBytes + 2) / 3 * 4;  // encoded size
constexpr size_t kFormFieldKey = 64;
constexpr size_t kFormFieldValue = 2000;
constexpr size_t kFormFields = 50;
constexpr size_t kDeliveryText = 4000;  // statement of work
constexpr int kMaxPageSize = 100;
constexpr int kDefaultPageSize = 10;  // what fits a laptop screen without scrolling
}  // namespace limits

struct BillingPeriod {
  PeriodUnit unit = PeriodUnit::Month;
  int count = 1;  // >= 1
  bool operator==(const BillingPeriod&) const = default;
};

// An amount in the currency's minor unit (fen for CNY) so no floating point is involved.
struct Money {
  std::int64_t minorUnits = 0;
  std::string currency = "CNY";
  bool operator==(const Money&) const = default;
};

struct Buyer {
  std::string buyerId;
  std::string userName;
  std::string displayName;
  std::string email;
  bool operator==(const Buyer&) const = default;
};

// Demo sign-in: one of buyerId or userName; password only if the backend asks for one.
struct SignInRequest {
  std::optional<std::string> buyerId;
  std::optional<std::string> userName;
  std::optional<std::string> password;
  bool operator==(const SignInRequest&) const = default;
};

struct SignInResponse {
  std::string token;
  Timestamp expiresAt;
  Buyer buyer;
  bool operator==(const SignInResponse&) const = default;
};

struct SellerInfo {
  std::string name;
  std::string contactPerson;
  std::string phone;
  std::string email;
  std::string serviceHours;
  bool operator==(const SellerInfo&) const = default;
};

// What the seller's system returned for the instance, minus the password (hasPassword says
// whether one exists; reveal it with the password/reveal call).
struct ApplicationInfo {
  std::string frontEndUrl;
  std::optional<std::string> adminUrl;
  std::string userName;
  bool hasPassword = false;
  std::optional<std::string> memo;
  bool operator==(const ApplicationInfo&) const = default;
};

// What renewing costs now: the SKU's list price for one unit of its period (a month or a year)
// and the best discount that applies (DOMAIN-LIFECYCLE §4's price rule; see core/renewal.h).
struct RenewalOffer {
  Money unitPrice;
  int discountPercent = 0;  // 0-100
  bool operator==(const RenewalOffer&) const = default;
};

// Changing specifications (core/spec_change.h): what a change, or a renewal with a downgrade,
// changes the app to; and a change paid with a renewal, waiting for that period to start.
struct SpecTarget {
  std::string specification;
  std::optional<std::int64_t> users;  // per-user SKUs: the users after the change
  bool operator==(const SpecTarget&) const = default;
};
struct ScheduledSpecChange {
  SpecTarget target;
  Timestamp effectiveFrom;  // the start of the renewed period
  bool operator==(const ScheduledSpecChange&) const = default;
};

// One row of Purchased Apps, and the Basic Information of Resource Details.
struct PurchasedApp {
  std::string instanceId;
  std::string orderId;
  std::string productId;
  std::string productName;
  std::string specification;
  BillingMode billingMode = BillingMode::Period;
  std::optional<BillingPeriod> period;  // PERIOD (and trial) products
  ResourceStatus status = ResourceStatus::InUse;
  Timestamp purchaseTime;
  std::optional<Timestamp> effectiveTime;
  std::optional<Timestamp> expiryTime;  // none for ONE_TIME / ON_DEMAND
  bool isTrial = false;
  bool involvesSupervision = false;
  // Renewals (core/renewal.h): the SKU's offer (absent: no longer on sale), auto-renewal's
  // period (absent: off), and an unpaid order of the instance that blocks renewing (the
  // backend fills it from the orders; never stored).
  std::optional<RenewalOffer> renewalOffer;
  std::optional<BillingPeriod> autoRenewPeriod;
  std::optional<std::string> pendingOrderId;
  // Changing specifications: the users of a per-user SKU, and a change waiting for its period.
  std::optional<std::int64_t> users;
  std::optional<ScheduledSpecChange> scheduledChange;
  bool operator==(const PurchasedApp&) const = default;
};

struct ResourceDetails {
  PurchasedApp basicInfo;
  ApplicationInfo applicationInfo;
  SellerInfo seller;
  bool operator==(const ResourceDetails&) const = default;
};

struct PasswordReveal {
  std::string password;
  Timestamp revealedAt;
  bool operator==(const PasswordReveal&) const = default;
};

template <class T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
  int page = 1;
  int pageSize = limits::kDefaultPageSize;
  bool operator==(const Page&) const = default;
};

// A plain list answer: {"items": [...]} (demo buyers, audit log).
template <class T>
struct ItemList {
  std::vector<T> items;
  bool operator==(const ItemList&) const = default;
};

// A Billing Center order.
struct Order {
  std::string orderId;
  OrderType type = OrderType::New;
  OrderStatus status = OrderStatus::PendingPayment;
  std::string productId;
  std::string productName;
  std::string specification;
  BillingMode billingMode = BillingMode::Period;
  std::optional<BillingPeriod> period;
  Money amount;
  Timestamp createdTime;
  std::optional<Timestamp> paidTime;
  bool involvesSupervision = false;
  std::optional<std::string> instanceId;    // once provisioned
  std::optional<std::string> statusReason;  // e.g. why it was cancelled
  // Order details (issue 13), each absent when the marketplace has no value for it.
  std::optional<std::int64_t> quantity;          // of the period; absent: 1
  std::optional<Timestamp> paymentDeadline;      // exactly while PENDING_PAYMENT
  std::optional<std::int64_t> secondsToDeadline; // with paymentDeadline: seconds left when answered
  std::optional<Money> listPrice;                // before discount and coupon
  std::optional<Money> discount;                 // subtracted from the list price
  std::optional<Money> coupon;                   // cash coupon applied
  std::optional<PaymentMethod> paymentMethod;    // once paid
  std::optional<std::string> sellerName;
  std::optional<OrderCancelReason> cancelReason; // why a CANCELLED order was cancelled, when known
  std::optional<Timestamp> validFrom;            // the instance's validity (order details only)
  std::optional<Timestamp> validTo;
  // Renewals: the orders of one purchase of several instances share it; they are paid or
  // cancelled together (DOMAIN-LIFECYCLE §4).
  std::optional<std::string> combinedOrderId;
  // Invoices (core/invoice.h): the order's invoice once the marketplace issued it, and its
  // state; ISSUED and RETURN_REQUESTED are the "invoiced" flag that blocks unsubscribing.
  std::optional<std::string> invoiceId;
  std::optional<InvoiceStatus> invoiceStatus;
  // Changing specifications: what a CHANGE order (or a RENEWAL with a downgrade) changes the
  // instance to; and the trial instance a NEW order buys as commercial (§10).
  std::optional<SpecTarget> specChange;
  std::optional<std::string> trialInstanceId;
  bool operator==(const Order&) const = default;
};

// Invoices (core/invoice.h, docs/invoices.md): the buyer's customer information, the invoice
// Huawei Cloud issues for each paid order by itself, and the buyer's request to return one.
struct InvoiceCustomer {
  std::string name;                  // person or company
  std::string email;                 // where the electronic invoice goes
  std::string address;
  std::optional<std::string> taxId;  // optional: VAT or tax registration number
  bool operator==(const InvoiceCustomer&) const = default;
};
// What the buyer has on file (nothing until set once).
struct InvoiceCustomerSetting {
  std::optional<InvoiceCustomer> customer;
  std::optional<Timestamp> updatedTime;
  bool operator==(const InvoiceCustomerSetting&) const = default;
};
struct InvoiceLine {
  std::string productName;
  std::string specification;
  std::optional<BillingPeriod> period;
  std::optional<std::int64_t> quantity;  // of the period; absent: 1
  Money amount;
  bool operator==(const InvoiceLine&) const = default;
};
struct Invoice {
  std::string invoiceId;  // the invoice number: "INV-" and the order ID (one invoice per order)
  std::string orderId;
  OrderType orderType = OrderType::New;
  InvoiceStatus status = InvoiceStatus::Issued;
  Timestamp issuedTime;
  InvoiceCustomer customer;     // as it was at issue time
  bool customerOnFile = false;  // false: issued to the account's name and email (none was set)
  std::vector<InvoiceLine> lines;
  Money total;
  std::optional<std::string> returnReason;
  std::optional<Timestamp> returnRequestedTime;
  std::optional<Timestamp> returnedTime;
  bool operator==(const Invoice&) const = default;
};
struct InvoiceReturnBody {
  std::optional<std::string> reason;
  bool operator==(const InvoiceReturnBody&) const = default;
};

// Renewals: renew instances, each for its own period, as one purchase.
struct RenewalItem {
  std::string instanceId;
  BillingPeriod period;
  bool operator==(const RenewalItem&) const = default;
};
struct RenewalOrderBody {
  std::vector<RenewalItem> items;  // 1..kMaxRenewalItems, each instance once
  bool operator==(const RenewalOrderBody&) const = default;
};
// The renewal orders made, Pending payment; one order alone has no combinedOrderId.
struct RenewalPurchase {
  std::optional<std::string> combinedOrderId;
  std::vector<Order> orders;
  bool operator==(const RenewalPurchase&) const = default;
};
// Auto-renew on (with the period renewed each time) or off.
struct AutoRenewBody {
  bool enabled = false;
  std::optional<BillingPeriod> period;  // required when enabled
  bool operator==(const AutoRenewBody&) const = default;
};

// How the buyer pays an order (POST /orders/{orderId}/pay).
struct PayOrderBody {
  PaymentMethod method = PaymentMethod::Balance;
  bool operator==(const PayOrderBody&) const = default;
};
// Test mode: what the payment platform's stand-in answers to the order's next payments.
struct PaymentOutcomeBody {
  PaymentTestOutcome outcome = PaymentTestOutcome::Succeed;
  bool operator==(const PaymentOutcomeBody&) const = default;
};

// One field of the seller's request template.
struct FormFieldSpec {
  std::string key;
  std::string label;
  FormFieldType type = FormFieldType::Text;
  bool required = false;
  int maxLength = static_cast<int>(limits::kFormFieldValue);
  bool operator==(const FormFieldSpec&) const = default;
};

// An upload in a request body; base64 of at most limits::kAttachmentBytes decoded bytes.
struct Attachment {
  std::string fileName;
  std::string contentType;
  std::string base64;
  bool operator==(const Attachment&) const = default;
};

// What the marketplace keeps about an uploaded file.
struct AttachmentInfo {
  std::string fileName;
  std::string contentType;
  std::int64_t sizeBytes = 0;
  bool operator==(const AttachmentInfo&) const = default;
};

struct ServiceRequest {
  std::map<std::string, std::string> fields;
  std::optional<AttachmentInfo> attachment;
  Timestamp submittedTime;
  bool operator==(const ServiceRequest&) const = default;
};

struct Delivery {
  std::string statementOfWork;
  std::optional<std::string> acceptanceDocument;
  std::optional<Timestamp> enablingTime;  // when given, validity starts here
  Timestamp deliveredTime;
  bool operator==(const Delivery&) const = default;
};

// One line of the flow's history: the evidence log.
struct FlowEvent {
  std::int64_t sequence = 0;
  FlowEventKind kind = FlowEventKind::OrderPaid;
  Actor actor = Actor::System;
  Timestamp time;
  FlowStage fromStage = FlowStage::WaitingRequest;
  FlowStage toStage = FlowStage::WaitingRequest;
  std::optional<std::string> note;  // reason, reminder text, decision note
  std::optional<AttachmentInfo> attachment;
  bool operator==(const FlowEvent&) const = default;
};

// Everything the service-flow rules need to decide, kept by the store per supervised order.
struct FlowState {
  FlowStage stage = FlowStage::WaitingRequest;
  std::optional<FlowStage> frozenStage;  // the stage an appeal froze
  Timestamp stageEnteredTime;            // last move of the flow
  int requestRejections = 0;             // by the seller
  int deliveryRejections = 0;            // by the buyer
  std::optional<Timestamp> lastReminderTime;
  bool operator==(const FlowState&) const = default;
};

struct AppealAvailability {
  bool available = false;
  std::optional<std::string> reason;        // why not (or why yes), for the buyer
  std::optional<Timestamp> availableFrom;   // when waiting will make it available
  bool operator==(const AppealAvailability&) const = default;
};

struct SupervisedOrderSummary {
  std::string orderId;
  std::string productName;
  std::string specification;
  std::string sellerName;
  FlowStage stage = FlowStage::WaitingRequest;
  OrderStatus orderStatus = OrderStatus::Processing;
  Money amount;
  Timestamp createdTime;
  Timestamp stageEnteredTime;
  bool operator==(const SupervisedOrderSummary&) const = default;
};

struct SupervisedOrderDetails {
  Order order;
  std::optional<ApplicationInfo> applicationInfo;  // absent until the seller provisioned it
  SellerInfo seller;
  FlowState flow;
  std::vector<FormFieldSpec> requestForm;
  std::optional<ServiceRequest> request;  // the latest submitted request
  std::optional<Delivery> delivery;       // the latest delivery
  std::vector<FlowEvent> history;         // oldest first
  std::vector<BuyerAction> allowedActions;
  AppealAvailability appeal;
  bool operator==(const SupervisedOrderDetails&) const = default;
};

// Request bodies of the buyer's flow actions.
struct SubmitRequestBody {
  std::map<std::string, std::string> fields;
  std::optional<Attachment> attachment;
  bool operator==(const SubmitRequestBody&) const = default;
};
struct ReasonBody {  // reject (delivery) and appeal
  std::string reason;
  bool operator==(const ReasonBody&) const = default;
};
struct RemindBody {
  std::optional<std::string> message;
  bool operator==(const RemindBody&) const = default;
};

// Test-mode bodies: the seller's and the operations staff's side of the flow.
struct DeliveryInput {
  std::string statementOfWork;
  std::optional<std::string> acceptanceDocument;
  std::optional<Timestamp> enablingTime;
  bool operator==(const DeliveryInput&) const = default;
};
struct SellerActionBody {
  SellerAction action = SellerAction::AcceptRequest;
  std::optional<std::string> reason;      // required for REJECT_REQUEST
  std::optional<DeliveryInput> delivery;  // required for DELIVER
  bool operator==(const SellerActionBody&) const = default;
};
struct AppealDecisionBody {
  AppealDecision decision = AppealDecision::Resume;
  std::optional<std::string> note;
  bool operator==(const AppealDecisionBody&) const = default;
};
struct ProvisioningFailureBody {
  std::optional<std::string> reason;
  bool operator==(const ProvisioningFailureBody&) const = default;
};
// Set the test clock to `now`, or move it by `advanceSeconds` (exactly one of them).
struct TestClockBody {
  std::optional<Timestamp> now;
  std::optional<std::int64_t> advanceSeconds;
  bool operator==(const TestClockBody&) const = default;
};
struct TestClock {
  Timestamp now;
  bool operator==(const TestClock&) const = default;
};

// Test-mode fault injection (the backend's fault spec syntax; "" switches faults off).
struct FaultSpecBody {
  std::string spec;
  bool operator==(const FaultSpecBody&) const = default;
};
struct FaultSpecState {
  std::string spec;
  std::int64_t rules = 0;  // how many rules the spec has
  bool operator==(const FaultSpecState&) const = default;
};

struct AuditEntry {
  std::int64_t id = 0;
  Timestamp time;
  std::string buyerId;
  std::string action;  // "PASSWORD_REVEAL"
  std::string targetId;
  std::string requestId;
  bool operator==(const AuditEntry&) const = default;
};

struct HealthStatus {
  std::string status = "ok";
  std::string version;
  Timestamp time;
  bool testMode = false;
  bool operator==(const HealthStatus&) const = default;
};

// The body of every error answer: {"error": {"code", "message", "requestId"}}. code is kept as
// text so a client still reads codes it does not know.
struct ErrorInfo {
  std::string code;
  std::string message;
  std::string requestId;
  bool operator==(const ErrorInfo&) const = default;
};

}  // namespace koo
