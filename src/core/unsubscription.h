// Negotiated unsubscription with refund (DOMAIN-LIFECYCLE §6, issue 14): which orders a buyer may
// unsubscribe and why not, the request's fields and their limits, its statuses and moves, and
// the refund's expected time. Pure functions: time comes in as `now`; the backend decides with
// them and the console explains with them.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain.h"
#include "result.h"

namespace koo {

namespace unsubscription_rules {
constexpr size_t kMaxDescription = 200;                   // "Other" and any reason's free text (CHOICE)
constexpr std::int64_t kRefundWithinSeconds = 3 * 3600;  // paid within 3 h of approval (DOC)
}  // namespace unsubscription_rules

// PENDING_SELLER_REVIEW -> APPROVED_REFUNDING -> REFUNDED; PENDING -> REJECTED (the buyer may
// submit again); PENDING -> WITHDRAWN (the buyer cancels). CHOICE: the docs name no statuses.
enum class UnsubscriptionStatus { PendingSellerReview, ApprovedRefunding, Refunded, Rejected, Withdrawn };
// The reason list (CHOICE: undocumented); Other needs a description.
enum class UnsubscriptionReason {
  NotMeetRequirements, PurchasedByMistake, SellerCannotDeliver, QualityIssues, FoundAlternative, Other
};
enum class UnsubscriptionSortField { CreatedTime, UpdatedTime, RefundAmount, ProductName };
// Why an order cannot be unsubscribed; the console words each (unsub.refusal.*).
enum class UnsubscriptionRefusalCode {
  NotPurchase,         // a renewal, change or unsubscription order: unsubscribe the purchase
  NotPaid,             // pending payment or cancelled: nothing was paid
  Trial,               // a free trial: nothing to refund
  NotSupervised,       // SaaS without service supervision (DOC: not allowed)
  OneTimeContent,      // content, consulting: one-time deliveries (DOC: not allowed)
  Expired,             // expired or frozen services (DOC)
  GuaranteeEnded,      // supervision completed: the guarantee period is over (DOC)
  AlreadyUnsubscribed, // refunded once already
  OpenRequest,         // one open request per order (CHOICE)
  InvoiceOutstanding,  // an issued invoice not returned (DOC)
  NothingPaid,         // paid 0
};

template <>
struct EnumTraits<UnsubscriptionStatus> {
  static constexpr std::string_view typeName = "UnsubscriptionStatus";
  static constexpr auto names = std::to_array<EnumName<UnsubscriptionStatus>>(
      {{UnsubscriptionStatus::PendingSellerReview, "PENDING_SELLER_REVIEW"},
       {UnsubscriptionStatus::ApprovedRefunding, "APPROVED_REFUNDING"},
       {UnsubscriptionStatus::Refunded, "REFUNDED"},
       {UnsubscriptionStatus::Rejected, "REJECTED"},
       {UnsubscriptionStatus::Withdrawn, "WITHDRAWN"}});
};
template <>
struct EnumTraits<UnsubscriptionReason> {
  static constexpr std::string_view typeName = "UnsubscriptionReason";
  static constexpr auto names = std::to_array<EnumName<UnsubscriptionReason>>(
      {{UnsubscriptionReason::NotMeetRequirements, "NOT_MEET_REQUIREMENTS"},
       {UnsubscriptionReason::PurchasedByMistake, "PURCHASED_BY_MISTAKE"},
       {UnsubscriptionReason::SellerCannotDeliver, "SELLER_CANNOT_DELIVER"},
       {UnsubscriptionReason::QualityIssues, "QUALITY_ISSUES"},
       {UnsubscriptionReason::FoundAlternative, "FOUND_ALTERNATIVE"},
       {UnsubscriptionReason::Other, "OTHER"}});
};
template <>
struct EnumTraits<UnsubscriptionSortField> {
  static constexpr std::string_view typeName = "UnsubscriptionSortField";
  static constexpr auto names = std::to_array<EnumName<UnsubscriptionSortField>>(
      {{UnsubscriptionSortField::CreatedTime, "createdTime"},
       {UnsubscriptionSortField::UpdatedTime, "updatedTime"},
       {UnsubscriptionSortField::RefundAmount, "refundAmount"},
       {UnsubscriptionSortField::ProductName, "productName"}});
};
template <>
struct EnumTraits<UnsubscriptionRefusalCode> {
  static constexpr std::string_view typeName = "UnsubscriptionRefusalCode";
  static constexpr auto names = std::to_array<EnumName<UnsubscriptionRefusalCode>>(
      {{UnsubscriptionRefusalCode::NotPurchase, "NOT_PURCHASE"},
       {UnsubscriptionRefusalCode::NotPaid, "NOT_PAID"},
       {UnsubscriptionRefusalCode::Trial, "TRIAL"},
       {UnsubscriptionRefusalCode::NotSupervised, "NOT_SUPERVISED"},
       {UnsubscriptionRefusalCode::OneTimeContent, "ONE_TIME_CONTENT"},
       {UnsubscriptionRefusalCode::Expired, "EXPIRED"},
       {UnsubscriptionRefusalCode::GuaranteeEnded, "GUARANTEE_ENDED"},
       {UnsubscriptionRefusalCode::AlreadyUnsubscribed, "ALREADY_UNSUBSCRIBED"},
       {UnsubscriptionRefusalCode::OpenRequest, "OPEN_REQUEST"},
       {UnsubscriptionRefusalCode::InvoiceOutstanding, "INVOICE_OUTSTANDING"},
       {UnsubscriptionRefusalCode::NothingPaid, "NOTHING_PAID"}});
};

// The buyer's request (POST /unsubscriptions). Contact: DOC's opt-in only (CHOICE): the seller
// sees the account's contact details when shareContact is true, else none.
struct UnsubscriptionBody {
  std::string orderId;
  Money refundAmount;  // 0 < amount <= what was paid, same currency
  UnsubscriptionReason reason = UnsubscriptionReason::NotMeetRequirements;
  std::optional<std::string> description;  // <= kMaxDescription; required for OTHER
  bool shareContact = false;
  bool operator==(const UnsubscriptionBody&) const = default;
};

// One request with its whole story, as My Unsubscriptions lists it.
struct UnsubscriptionRequest {
  std::string requestId;  // "US" and 12 digits
  std::string orderId;
  std::optional<std::string> instanceId;
  std::string productName;
  std::string specification;
  UnsubscriptionStatus status = UnsubscriptionStatus::PendingSellerReview;
  Money paidAmount;
  Money refundAmount;
  UnsubscriptionReason reason = UnsubscriptionReason::NotMeetRequirements;
  std::optional<std::string> description;
  bool shareContact = false;
  Timestamp createdTime;
  Timestamp updatedTime;                       // last status change
  std::optional<Timestamp> approvedTime;
  std::optional<Timestamp> expectedRefundTime; // approvedTime + 3 h, while refunding and after
  std::optional<Timestamp> refundedTime;
  std::optional<std::string> sellerReason;     // why the seller rejected it
  std::optional<std::string> refundOrderId;    // the UNSUBSCRIBE order the refund left in My Orders
  bool operator==(const UnsubscriptionRequest&) const = default;
};

// Why not, in the console's language.
struct UnsubscriptionRefusal {
  UnsubscriptionRefusalCode code = UnsubscriptionRefusalCode::NotPurchase;
  std::string message;
  bool operator==(const UnsubscriptionRefusal&) const = default;
};

// One of the buyer's purchases and whether it can be unsubscribed now (the eligible-products
// list of My Unsubscriptions, and the Unsubscribe entry points of the other views).
struct UnsubscriptionCandidate {
  std::string orderId;
  std::optional<std::string> instanceId;
  std::string productName;
  std::string specification;
  Money paidAmount;
  bool eligible = false;
  std::optional<UnsubscriptionRefusal> refusal;  // exactly when not eligible
  std::optional<std::string> openRequestId;      // the request waiting for the seller, if any
  bool operator==(const UnsubscriptionCandidate&) const = default;
};

// The seller's rejection (test mode).
struct UnsubscriptionRejectBody {
  std::string reason;
  bool operator==(const UnsubscriptionRejectBody&) const = default;
};

// What the eligibility rule looks at besides the order: the purchased app when it exists (its
// status and trial flag), the buyer's requests for the order, and whether an issued invoice
// has not been returned (the invoice part of issue 14 supplies it).
struct EligibilityInput {
  const Order& order;
  const PurchasedApp* app = nullptr;
  const std::vector<UnsubscriptionRequest>* requests = nullptr;  // the order's, any status
  bool invoiceOutstanding = false;
};

// Why `input.order` cannot be unsubscribed at `now`, or nullopt. Checked in this order: trial,
// kind of order, earlier refund, payment, delivery kind, expiry, guarantee period, open request,
// invoice, amount paid.
std::optional<UnsubscriptionRefusal> unsubscriptionRefusal(const EligibilityInput& input, Timestamp now);
UnsubscriptionCandidate unsubscriptionCandidate(const EligibilityInput& input, Timestamp now);

bool isOpen(UnsubscriptionStatus status);  // PENDING_SELLER_REVIEW or APPROVED_REFUNDING
// The request of `requests` still open, if any.
const UnsubscriptionRequest* openRequestOf(const std::vector<UnsubscriptionRequest>& requests);

// What is wrong with a request for an order that paid `paid`: a JSON path ("$.refundAmount",
// "$.description") and a message, or nullopt.
struct FieldProblem {
  std::string path;
  std::string message;
  bool operator==(const FieldProblem&) const = default;
};
std::optional<FieldProblem> validateUnsubscription(const UnsubscriptionBody& body, const Money& paid);

// "12.5", "12.50", "1,234.00", "¥12.50" -> minor units; nullopt for anything else (no more
// than 2 decimals, no sign). The form's amount field.
std::optional<std::int64_t> parseAmount(std::string_view text);
// "12.50": minor units as the form shows them for editing.
std::string amountText(std::int64_t minorUnits);

// The new request (PENDING_SELLER_REVIEW) for a validated body.
UnsubscriptionRequest newUnsubscriptionRequest(const UnsubscriptionBody& body, const Order& order,
                                               std::string requestId, Timestamp now);

// The moves. Each refuses (with a message in the console's language) from any other status.
Expected<UnsubscriptionRequest, std::string> withdrawn(UnsubscriptionRequest request, Timestamp now);
Expected<UnsubscriptionRequest, std::string> approved(UnsubscriptionRequest request, Timestamp now);
Expected<UnsubscriptionRequest, std::string> rejected(UnsubscriptionRequest request, std::string sellerReason,
                                                      Timestamp now);
Expected<UnsubscriptionRequest, std::string> refunded(UnsubscriptionRequest request, std::string refundOrderId,
                                                      Timestamp now);

// Why the buyer may not confirm acceptance of a supervised delivery while a request is open.
std::optional<std::string> acceptanceHoldOf(const std::vector<UnsubscriptionRequest>& requests);

// Labels in the current language.
std::string_view labelOf(UnsubscriptionStatus status);
std::string_view labelOf(UnsubscriptionReason reason);

}  // namespace koo
