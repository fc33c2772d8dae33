// The Billing Center's rules for unpaid orders (DOMAIN-LIFECYCLE §2, issue 13): the payment
// deadline, automatic cancellation at it, who may pay or cancel, and the words for them. Pure
// functions: time comes in as `now`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain.h"

namespace koo {

namespace order_rules {
// CHOICE (the International site names no period; the China site's cloud orders are valid
// 7 days): an unpaid order may be paid for 7 days after it was created, with no extension.
constexpr std::int64_t kPaymentWindowSeconds = 7 * kSecondsPerDay;
}  // namespace order_rules

// created + the payment window.
Timestamp paymentDeadlineOf(const Order& order);

// The order as it stands at `now`: a PENDING_PAYMENT order shows its deadline (and the seconds
// left before it), and one whose
// deadline passed is CANCELLED (PAYMENT_TIMEOUT) even if still stored as pending. The backend
// answers with it, and persists the cancellation with the next write that touches the order.
Order orderAsOf(Order order, Timestamp now);

// Why the buyer may not pay / cancel the order at `now` (in the buyer's language), or nullopt
// when they may: only PENDING_PAYMENT orders before their deadline qualify.
std::optional<std::string> payRefusal(const Order& order, Timestamp now);
std::optional<std::string> cancelRefusal(const Order& order, Timestamp now);

// The order cancelled by `reason` at `now` (no paidTime, no deadline).
Order cancelledOrder(Order order, OrderCancelReason reason);

// What the payment of a NEW, RENEWAL or CHANGE order does to it, the moment it is paid: the
// marketplace's next steps (provisioning, supervision, renewal) are the backend's.
Order paidOrder(Order order, PaymentMethod method, Timestamp now);

// "2 d 4 h", "2 h 10 min", "5 min", "under 1 min": the time left before a deadline, to the
// minute, in the current language.
std::string formatTimeLeft(std::int64_t seconds);
// "Cancelled automatically in 2 h 10 min" for an unpaid order as answered (its secondsToDeadline
// by the marketplace's clock), nullopt for any other.
std::optional<std::string> autoCancelNotice(const Order& order);

// Labels in the current language.
std::string_view labelOf(PaymentMethod method);
std::string_view labelOf(OrderCancelReason reason);

}  // namespace koo
