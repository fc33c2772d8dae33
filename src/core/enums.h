// Every enumeration of the domain with its one wire name (the string used in JSON and in
// query strings), and generic toString / enumFromString / allEnumValues over those tables.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace koo {

enum class ResourceStatus { InUse, Frozen, Expired };
enum class BillingMode { Period, OneTime, OnDemand, OnDemandPackage };
enum class PeriodUnit { Day, Month, Year };
enum class OrderStatus { PendingApproval, Processing, Cancelled, Completed, PendingPayment, PendingConfirmation };
enum class OrderType { New, Renewal, Change, Unsubscribe, Trial, TrialToCommercial };
// The service-supervision flow. Appealing freezes the flow; Cancelled ends it without completion
// (appeal decided for the buyer, or auto-closed after 365 days without an invoice).
enum class FlowStage { WaitingRequest, WaitingSellerAccept, WaitingDelivery, WaitingBuyerConfirm, Completed, Appealing, Cancelled };
enum class BuyerAction { SubmitRequest, ConfirmAcceptance, RejectDelivery, Remind, Appeal };
enum class SellerAction { AcceptRequest, RejectRequest, Deliver };
enum class AppealDecision { Resume, Complete, Cancel };
enum class Actor { Buyer, Seller, Operations, System };
enum class FlowEventKind {
  OrderPaid, RequestSubmitted, RequestAccepted, RequestRejected, ServiceDelivered,
  DeliveryRejected, AcceptanceConfirmed, ReminderSent, AppealInitiated, AppealResolved, FlowClosed
};
enum class FormFieldType { Text, Multiline, Number, Date };
enum class SortOrder { Asc, Desc };
enum class PurchasedAppSortField { ProductName, PurchaseTime, ExpiryTime, Status };
enum class SupervisedOrderSortField { CreatedTime, StageEnteredTime, ProductName };
enum class OrderSortField { CreatedTime, Amount, ProductName };
// Paying and cancelling orders (issue 13): how an order was paid, why it was cancelled, and
// what the test-mode stand-in of the payment platform answers to the next payment.
enum class PaymentMethod { Balance, OnlineCard, MonthlySettlement };
enum class OrderCancelReason { BuyerCancelled, PaymentTimeout };
enum class PaymentTestOutcome { Succeed, Fail, InsufficientBalance };
// Renewals (core/renewal.h): the expiry filter of the list, auto-renewal on/off, the sort.
enum class ExpiryWindow { Within7Days, Within15Days, Within30Days, Expired, Frozen };
enum class AutoRenewState { On, Off };
enum class RenewalSortField { ExpiryTime, ProductName };
// Expiry reminders (core/expiry_reminders.h): the thresholds, least urgent first.
enum class ReminderStage { Within30Days, Within7Days, Expired, Frozen };
// Invoices (core/invoice.h): an invoice's state (a return is asked for, then confirmed by
// operations) and the sort of Billing Center > Invoices.
enum class InvoiceStatus { Issued, ReturnRequested, Returned };
enum class InvoiceSortField { IssuedTime, Total };
// Changing specifications (core/spec_change.h): the kind of change, how per-user SKUs are
// priced, and why a change or a trial's purchase is refused.
enum class ChangeKind { Upgrade, Downgrade, ScaleOut, ScaleIn };
enum class UserPricingModel { Linear, Tiered, Volume };
enum class ChangeRefusalCode {
  NotSupported, NotPeriodic, Trial, Expired, Frozen, OrderNotCompleted, PendingOrder, SkuRemoved,
  OutsideRenewalWindow, UnknownTarget, BadUsers, BadPeriod, NotTrial, NotConvertible
};
// Why the marketplace refused a request; each has one HTTP status (see httpStatusFor).
enum class ErrorCode {
  BadRequest, BadJson, Unauthorized, NotFound, MethodNotAllowed, Conflict, PayloadTooLarge,
  UnsupportedMediaType, Validation, IdempotencyKeyReused, TooManyRequests, Internal, Unavailable,
  PaymentFailed, InsufficientBalance
};

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

// Specialised below for each enum: `names` lists every value once, in declaration order.
template <class E>
struct EnumTraits;

#define KOO_ENUM_TRAITS(Type, TypeName, ...)                              \
  template <>                                                             \
  struct EnumTraits<Type> {                                               \
    static constexpr std::string_view typeName = TypeName;                \
    static constexpr auto names = std::to_array<EnumName<Type>>({__VA_ARGS__}); \
  };

KOO_ENUM_TRAITS(ResourceStatus, "ResourceStatus",
                {ResourceStatus::InUse, "IN_USE"}, {ResourceStatus::Frozen, "FROZEN"},
                {ResourceStatus::Expired, "EXPIRED"})
KOO_ENUM_TRAITS(BillingMode, "BillingMode",
                {BillingMode::Period, "PERIOD"}, {BillingMode::OneTime, "ONE_TIME"},
                {BillingMode::OnDemand, "ON_DEMAND"}, {BillingMode::OnDemandPackage, "ON_DEMAND_PKG"})
KOO_ENUM_TRAITS(PeriodUnit, "PeriodUnit",
                {PeriodUnit::Day, "DAY"}, {PeriodUnit::Month, "MONTH"}, {PeriodUnit::Year, "YEAR"})
KOO_ENUM_TRAITS(OrderStatus, "OrderStatus",
                {OrderStatus::PendingApproval, "PENDING_APPROVAL"}, {OrderStatus::Processing, "PROCESSING"},
                {OrderStatus::Cancelled, "CANCELLED"}, {OrderStatus::Completed, "COMPLETED"},
                {OrderStatus::PendingPayment, "PENDING_PAYMENT"},
                {OrderStatus::PendingConfirmation, "PENDING_CONFIRMATION"})
KOO_ENUM_TRAITS(OrderType, "OrderType",
                {OrderType::New, "NEW"}, {OrderType::Renewal, "RENEWAL"}, {OrderType::Change, "CHANGE"},
                {OrderType::Unsubscribe, "UNSUBSCRIBE"}, {OrderType::Trial, "TRIAL"},
                {OrderType::TrialToCommercial, "TRIAL_TO_COMMERCIAL"})
KOO_ENUM_TRAITS(FlowStage, "FlowStage",
                {FlowStage::WaitingRequest, "WAITING_REQUEST"},
                {FlowStage::WaitingSellerAccept, "WAITING_SELLER_ACCEPT"},
                {FlowStage::WaitingDelivery, "WAITING_DELIVERY"},
                {FlowStage::WaitingBuyerConfirm, "WAITING_BUYER_CONFIRM"},
                {FlowStage::Completed, "COMPLETED"}, {FlowStage::Appealing, "APPEALING"},
                {FlowStage::Cancelled, "CANCELLED"})
KOO_ENUM_TRAITS(BuyerAction, "BuyerAction",
                {BuyerAction::SubmitRequest, "SUBMIT_REQUEST"},
                {BuyerAction::ConfirmAcceptance, "CONFIRM_ACCEPTANCE"},
                {BuyerAction::RejectDelivery, "REJECT_DELIVERY"}, {BuyerAction::Remind, "REMIND"},
                {BuyerAction::Appeal, "APPEAL"})
KOO_ENUM_TRAITS(SellerAction, "SellerAction",
                {SellerAction::AcceptRequest, "ACCEPT_REQUEST"},
                {SellerAction::RejectRequest, "REJECT_REQUEST"}, {SellerAction::Deliver, "DELIVER"})
KOO_ENUM_TRAITS(AppealDecision, "AppealDecision",
                {AppealDecision::Resume, "RESUME"}, {AppealDecision::Complete, "COMPLETE"},
                {AppealDecision::Cancel, "CANCEL"})
KOO_ENUM_TRAITS(Actor, "Actor",
                {Actor::Buyer, "BUYER"}, {Actor::Seller, "SELLER"}, {Actor::Operations, "OPERATIONS"},
                {Actor::System, "SYSTEM"})
KOO_ENUM_TRAITS(FlowEventKind, "FlowEventKind",
                {FlowEventKind::OrderPaid, "ORDER_PAID"},
                {FlowEventKind::RequestSubmitted, "REQUEST_SUBMITTED"},
                {FlowEventKind::RequestAccepted, "REQUEST_ACCEPTED"},
                {FlowEventKind::RequestRejected, "REQUEST_REJECTED"},
                {FlowEventKind::ServiceDelivered, "SERVICE_DELIVERED"},
                {FlowEventKind::DeliveryRejected, "DELIVERY_REJECTED"},
                {FlowEventKind::AcceptanceConfirmed, "ACCEPTANCE_CONFIRMED"},
                {FlowEventKind::ReminderSent, "REMINDER_SENT"},
                {FlowEventKind::AppealInitiated, "APPEAL_INITIATED"},
                {FlowEventKind::AppealResolved, "APPEAL_RESOLVED"},
                {FlowEventKind::FlowClosed, "FLOW_CLOSED"})
KOO_ENUM_TRAITS(FormFieldType, "FormFieldType",
                {FormFieldType::Text, "TEXT"}, {FormFieldType::Multiline, "MULTILINE"},
                {FormFieldType::Number, "NUMBER"}, {FormFieldType::Date, "DATE"})
KOO_ENUM_TRAITS(SortOrder, "SortOrder", {SortOrder::Asc, "asc"}, {SortOrder::Desc, "desc"})
KOO_ENUM_TRAITS(PurchasedAppSortField, "PurchasedAppSortField",
                {PurchasedAppSortField::ProductName, "productName"},
                {PurchasedAppSortField::PurchaseTime, "purchaseTime"},
                {PurchasedAppSortField::ExpiryTime, "expiryTime"},
                {PurchasedAppSortField::Status, "status"})
KOO_ENUM_TRAITS(SupervisedOrderSortField, "SupervisedOrderSortField",
                {SupervisedOrderSortField::CreatedTime, "createdTime"},
                {SupervisedOrderSortField::StageEnteredTime, "stageEnteredTime"},
                {SupervisedOrderSortField::ProductName, "productName"})
KOO_ENUM_TRAITS(OrderSortField, "OrderSortField",
                {OrderSortField::CreatedTime, "createdTime"}, {OrderSortField::Amount, "amount"},
                {OrderSortField::ProductName, "productName"})
KOO_ENUM_TRAITS(ExpiryWindow, "ExpiryWindow",
                {ExpiryWindow::Within7Days, "WITHIN_7_DAYS"}, {ExpiryWindow::Within15Days, "WITHIN_15_DAYS"},
                {ExpiryWindow::Within30Days, "WITHIN_30_DAYS"}, {ExpiryWindow::Expired, "EXPIRED"},
                {ExpiryWindow::Frozen, "FROZEN"})
KOO_ENUM_TRAITS(AutoRenewState, "AutoRenewState", {AutoRenewState::On, "ON"}, {AutoRenewState::Off, "OFF"})
KOO_ENUM_TRAITS(RenewalSortField, "RenewalSortField",
                {RenewalSortField::ExpiryTime, "expiryTime"}, {RenewalSortField::ProductName, "productName"})
KOO_ENUM_TRAITS(ReminderStage, "ReminderStage",
                {ReminderStage::Within30Days, "WITHIN_30_DAYS"}, {ReminderStage::Within7Days, "WITHIN_7_DAYS"},
                {ReminderStage::Expired, "EXPIRED"}, {ReminderStage::Frozen, "FROZEN"})
KOO_ENUM_TRAITS(InvoiceStatus, "InvoiceStatus",
                {InvoiceStatus::Issued, "ISSUED"}, {InvoiceStatus::ReturnRequested, "RETURN_REQUESTED"},
                {InvoiceStatus::Returned, "RETURNED"})
KOO_ENUM_TRAITS(InvoiceSortField, "InvoiceSortField",
                {InvoiceSortField::IssuedTime, "issuedTime"}, {InvoiceSortField::Total, "total"})
KOO_ENUM_TRAITS(ChangeKind, "ChangeKind",
                {ChangeKind::Upgrade, "UPGRADE"}, {ChangeKind::Downgrade, "DOWNGRADE"},
                {ChangeKind::ScaleOut, "SCALE_OUT"}, {ChangeKind::ScaleIn, "SCALE_IN"})
KOO_ENUM_TRAITS(UserPricingModel, "UserPricingModel",
                {UserPricingModel::Linear, "LINEAR"}, {UserPricingModel::Tiered, "TIERED"},
                {UserPricingModel::Volume, "VOLUME"})
KOO_ENUM_TRAITS(ChangeRefusalCode, "ChangeRefusalCode",
                {ChangeRefusalCode::NotSupported, "NOT_SUPPORTED"}, {ChangeRefusalCode::NotPeriodic, "NOT_PERIODIC"},
                {ChangeRefusalCode::Trial, "TRIAL"}, {ChangeRefusalCode::Expired, "EXPIRED"},
                {ChangeRefusalCode::Frozen, "FROZEN"}, {ChangeRefusalCode::OrderNotCompleted, "ORDER_NOT_COMPLETED"},
                {ChangeRefusalCode::PendingOrder, "PENDING_ORDER"}, {ChangeRefusalCode::SkuRemoved, "SKU_REMOVED"},
                {ChangeRefusalCode::OutsideRenewalWindow, "OUTSIDE_RENEWAL_WINDOW"},
                {ChangeRefusalCode::UnknownTarget, "UNKNOWN_TARGET"}, {ChangeRefusalCode::BadUsers, "BAD_USERS"},
                {ChangeRefusalCode::BadPeriod, "BAD_PERIOD"}, {ChangeRefusalCode::NotTrial, "NOT_TRIAL"},
                {ChangeRefusalCode::NotConvertible, "NOT_CONVERTIBLE"})
KOO_ENUM_TRAITS(ErrorCode, "ErrorCode",
                {ErrorCode::BadRequest, "BAD_REQUEST"}, {ErrorCode::BadJson, "BAD_JSON"},
                {ErrorCode::Unauthorized, "UNAUTHORIZED"}, {ErrorCode::NotFound, "NOT_FOUND"},
                {ErrorCode::MethodNotAllowed, "METHOD_NOT_ALLOWED"}, {ErrorCode::Conflict, "CONFLICT"},
                {ErrorCode::PayloadTooLarge, "PAYLOAD_TOO_LARGE"},
                {ErrorCode::UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"}, {ErrorCode::Validation, "VALIDATION"},
                {ErrorCode::IdempotencyKeyReused, "IDEMPOTENCY_KEY_REUSED"},
                {ErrorCode::TooManyRequests, "TOO_MANY_REQUESTS"},
                {ErrorCode::Internal, "INTERNAL"}, {ErrorCode::Unavailable, "UNAVAILABLE"},
                {ErrorCode::PaymentFailed, "PAYMENT_FAILED"},
                {ErrorCode::InsufficientBalance, "INSUFFICIENT_BALANCE"})
KOO_ENUM_TRAITS(PaymentMethod, "PaymentMethod",
                {PaymentMethod::Balance, "BALANCE"}, {PaymentMethod::OnlineCard, "ONLINE_CARD"},
                {PaymentMethod::MonthlySettlement, "MONTHLY_SETTLEMENT"})
KOO_ENUM_TRAITS(OrderCancelReason, "OrderCancelReason",
                {OrderCancelReason::BuyerCancelled, "BUYER_CANCELLED"},
                {OrderCancelReason::PaymentTimeout, "PAYMENT_TIMEOUT"})
KOO_ENUM_TRAITS(PaymentTestOutcome, "PaymentTestOutcome",
                {PaymentTestOutcome::Succeed, "SUCCEED"}, {PaymentTestOutcome::Fail, "FAIL"},
                {PaymentTestOutcome::InsufficientBalance, "INSUFFICIENT_BALANCE"})

#undef KOO_ENUM_TRAITS

template <class E>
constexpr std::string_view toString(E value) {
  for (const auto& entry : EnumTraits<E>::names)
    if (entry.value == value) return entry.name;
  return "";
}

// Exact, case-sensitive match of the wire name.
template <class E>
constexpr std::optional<E> enumFromString(std::string_view name) {
  for (const auto& entry : EnumTraits<E>::names)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

template <class E>
constexpr auto allEnumValues() {
  std::array<E, EnumTraits<E>::names.size()> values{};
  for (size_t i = 0; i < values.size(); ++i) values[i] = EnumTraits<E>::names[i].value;
  return values;
}

// The HTTP status that goes with each error code (BAD_JSON 400, VALIDATION 422, ...).
int httpStatusFor(ErrorCode code);

}  // namespace koo
