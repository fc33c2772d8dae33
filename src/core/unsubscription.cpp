// The unsubscription rules: eligibility with its reasons, the request's validation, the status
// moves and the refund's expected time (catalogue keys "unsub.*").
#include "unsubscription.h"

#include <cctype>

#include "format.h"
#include "i18n.h"
#include "text.h"

namespace koo {

namespace {

std::string refusalKey(UnsubscriptionRefusalCode code) {
  std::string key = "unsub.refusal.";
  for (char c : toString(code)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

UnsubscriptionRefusal refuse(UnsubscriptionRefusalCode code, TrArgs args = {}) {
  return UnsubscriptionRefusal{code, tr(refusalKey(code), args)};
}

// "Request US... is PENDING (label)": a move from a status that does not allow it.
std::string wrongStatus(const UnsubscriptionRequest& request, std::string_view action) {
  return tr("unsub.move_refused", {{"id", request.requestId}, {"action", action}, {"status", labelOf(request.status)}});
}

}  // namespace

bool isOpen(UnsubscriptionStatus status) {
  return status == UnsubscriptionStatus::PendingSellerReview || status == UnsubscriptionStatus::ApprovedRefunding;
}

const UnsubscriptionRequest* openRequestOf(const std::vector<UnsubscriptionRequest>& requests) {
  for (const auto& request : requests)
    if (isOpen(request.status)) return &request;
  return nullptr;
}

std::optional<UnsubscriptionRefusal> unsubscriptionRefusal(const EligibilityInput& input, Timestamp now) {
  const Order& order = input.order;
  using Code = UnsubscriptionRefusalCode;
  if (order.type == OrderType::Trial || (input.app && input.app->isTrial)) return refuse(Code::Trial);
  if (order.type != OrderType::New) return refuse(Code::NotPurchase, {{"type", labelOf(order.type)}});
  // A refunded purchase is cancelled: say why it is, not that it was never paid.
  if (input.requests)
    for (const auto& request : *input.requests)
      if (request.status == UnsubscriptionStatus::Refunded)
        return refuse(Code::AlreadyUnsubscribed, {{"id", request.requestId}});
  if (order.status == OrderStatus::PendingPayment || order.status == OrderStatus::Cancelled || !order.paidTime)
    return refuse(Code::NotPaid);
  if (!order.involvesSupervision)
    return refuse(order.billingMode == BillingMode::OneTime ? Code::OneTimeContent : Code::NotSupervised);
  if (input.app && input.app->expiryTime && now >= *input.app->expiryTime) return refuse(Code::Expired);
  if (input.app && input.app->status != ResourceStatus::InUse) return refuse(Code::Expired);
  if (order.status == OrderStatus::Completed) return refuse(Code::GuaranteeEnded);
  if (input.requests)
    if (const auto* open = openRequestOf(*input.requests)) return refuse(Code::OpenRequest, {{"id", open->requestId}});
  if (input.invoiceOutstanding) return refuse(Code::InvoiceOutstanding);
  if (order.amount.minorUnits <= 0) return refuse(Code::NothingPaid);
  return std::nullopt;
}

UnsubscriptionCandidate unsubscriptionCandidate(const EligibilityInput& input, Timestamp now) {
  UnsubscriptionCandidate candidate;
  const Order& order = input.order;
  candidate.orderId = order.orderId;
  candidate.instanceId = order.instanceId;
  candidate.productName = order.productName;
  candidate.specification = order.specification;
  candidate.paidAmount = order.amount;
  candidate.refusal = unsubscriptionRefusal(input, now);
  candidate.eligible = !candidate.refusal;
  if (input.requests)
    if (const auto* open = openRequestOf(*input.requests)) candidate.openRequestId = open->requestId;
  return candidate;
}

std::optional<FieldProblem> validateUnsubscription(const UnsubscriptionBody& body, const Money& paid) {
  if (body.refundAmount.currency != paid.currency)
    return FieldProblem{"$.refundAmount.currency", tr("unsub.invalid.currency", {{"currency", paid.currency}})};
  if (body.refundAmount.minorUnits <= 0) return FieldProblem{"$.refundAmount", tr("unsub.invalid.amount_zero")};
  if (body.refundAmount.minorUnits > paid.minorUnits)
    return FieldProblem{"$.refundAmount", tr("unsub.invalid.amount_over", {{"paid", formatMoney(paid)}})};
  const bool blank = !body.description || isBlank(*body.description);
  if (body.reason == UnsubscriptionReason::Other && blank)
    return FieldProblem{"$.description", tr("unsub.invalid.description_required")};
  if (body.description && characterCount(*body.description) > unsubscription_rules::kMaxDescription)
    return FieldProblem{"$.description",
                        tr("unsub.invalid.description_long", {{"max", std::to_string(unsubscription_rules::kMaxDescription)}})};
  return std::nullopt;
}

std::optional<std::int64_t> parseAmount(std::string_view text) {
  // Trim, then drop a currency sign and thousands separators.
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.substr(0, 2) == "\xC2\xA5") text.remove_prefix(2);
  else if (!text.empty() && text.front() == '$') text.remove_prefix(1);
  std::int64_t units = 0;
  int decimals = -1;  // -1: before the point
  bool digits = false;
  for (char c : text) {
    if (c == ',' && decimals < 0 && digits) continue;
    if (c == '.' && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (decimals >= 2) return std::nullopt;
    if (decimals >= 0) ++decimals;
    digits = true;
    units = units * 10 + (c - '0');
    if (units > 100'000'000'000'000) return std::nullopt;
  }
  if (!digits) return std::nullopt;
  for (int d = decimals < 0 ? 0 : decimals; d < 2; ++d) units *= 10;
  return units;
}

std::string amountText(std::int64_t minorUnits) {
  const std::string cents = std::to_string(minorUnits % 100);
  return std::to_string(minorUnits / 100) + "." + (cents.size() < 2 ? "0" + cents : cents);
}

UnsubscriptionRequest newUnsubscriptionRequest(const UnsubscriptionBody& body, const Order& order,
                                               std::string requestId, Timestamp now) {
  UnsubscriptionRequest request;
  request.requestId = std::move(requestId);
  request.orderId = order.orderId;
  request.instanceId = order.instanceId;
  request.productName = order.productName;
  request.specification = order.specification;
  request.paidAmount = order.amount;
  request.refundAmount = body.refundAmount;
  request.reason = body.reason;
  request.description = body.description;
  if (request.description && isBlank(*request.description))
    request.description.reset();
  request.shareContact = body.shareContact;
  request.createdTime = now;
  request.updatedTime = now;
  return request;
}

Expected<UnsubscriptionRequest, std::string> withdrawn(UnsubscriptionRequest request, Timestamp now) {
  if (request.status != UnsubscriptionStatus::PendingSellerReview) return wrongStatus(request, tr("unsub.action.withdraw"));
  request.status = UnsubscriptionStatus::Withdrawn;
  request.updatedTime = now;
  return request;
}

Expected<UnsubscriptionRequest, std::string> approved(UnsubscriptionRequest request, Timestamp now) {
  if (request.status != UnsubscriptionStatus::PendingSellerReview) return wrongStatus(request, tr("unsub.action.approve"));
  request.status = UnsubscriptionStatus::ApprovedRefunding;
  request.updatedTime = now;
  request.approvedTime = now;
  request.expectedRefundTime = now + std::chrono::seconds{unsubscription_rules::kRefundWithinSeconds};
  return request;
}

Expected<UnsubscriptionRequest, std::string> rejected(UnsubscriptionRequest request, std::string sellerReason,
                                                      Timestamp now) {
  if (request.status != UnsubscriptionStatus::PendingSellerReview) return wrongStatus(request, tr("unsub.action.reject"));
  request.status = UnsubscriptionStatus::Rejected;
  request.updatedTime = now;
  request.sellerReason = std::move(sellerReason);
  return request;
}

Expected<UnsubscriptionRequest, std::string> refunded(UnsubscriptionRequest request, std::string refundOrderId,
                                                      Timestamp now) {
  if (request.status != UnsubscriptionStatus::ApprovedRefunding) return wrongStatus(request, tr("unsub.action.refund"));
  request.status = UnsubscriptionStatus::Refunded;
  request.updatedTime = now;
  request.refundedTime = now;
  request.refundOrderId = std::move(refundOrderId);
  return request;
}

std::optional<std::string> acceptanceHoldOf(const std::vector<UnsubscriptionRequest>& requests) {
  const auto* open = openRequestOf(requests);
  if (!open) return std::nullopt;
  return tr("unsub.acceptance_on_hold", {{"id", open->requestId}, {"status", labelOf(open->status)}});
}

std::string_view labelOf(UnsubscriptionStatus status) {
  switch (status) {
    case UnsubscriptionStatus::PendingSellerReview: return tr("unsub.status.pending_seller_review");
    case UnsubscriptionStatus::ApprovedRefunding: return tr("unsub.status.approved_refunding");
    case UnsubscriptionStatus::Refunded: return tr("unsub.status.refunded");
    case UnsubscriptionStatus::Rejected: return tr("unsub.status.rejected");
    case UnsubscriptionStatus::Withdrawn: return tr("unsub.status.withdrawn");
  }
  return "";
}

std::string_view labelOf(UnsubscriptionReason reason) {
  switch (reason) {
    case UnsubscriptionReason::NotMeetRequirements: return tr("unsub.reason.not_meet_requirements");
    case UnsubscriptionReason::PurchasedByMistake: return tr("unsub.reason.purchased_by_mistake");
    case UnsubscriptionReason::SellerCannotDeliver: return tr("unsub.reason.seller_cannot_deliver");
    case UnsubscriptionReason::QualityIssues: return tr("unsub.reason.quality_issues");
    case UnsubscriptionReason::FoundAlternative: return tr("unsub.reason.found_alternative");
    case UnsubscriptionReason::Other: return tr("unsub.reason.other");
  }
  return "";
}

}  // namespace koo
