// Handlers of negotiated unsubscription (issue 14): the buyer's requests (list, details, create,
// withdraw), the eligibility of purchases, and the seller's side in test mode (approve, reject,
// refund paid). Every decision is core's (core/unsubscription.h); the invoice rule asks
// invoice_gate.h. A paid refund leaves an UNSUBSCRIBE order in My Orders, cancels the purchase
// with the refund as its reason and closes its service flow (the instance is released).
#include "core/format.h"
#include "core/json_codec_unsubscription.h"
#include "core/list_select.h"
#include "core/service_flow.h"
#include "invoice_gate.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

// The candidates of My Unsubscriptions: the buyer's paid purchases (new and trial orders).
bool isPurchase(const Order& order) {
  return (order.type == OrderType::New || order.type == OrderType::Trial) && order.paidTime.has_value();
}

UnsubscriptionCandidate candidateOf(Store& store, const OrderRecord& record, Timestamp now) {
  const Order order = orderForAnswer(record, now);
  std::optional<PurchasedApp> app;
  if (order.instanceId)
    if (auto found = store.findApp(record.buyerId, *order.instanceId))
      app = appForAnswer(*found, {}, now);
  const auto requests = unsubscriptionsOfOrder(store, record.buyerId, order.orderId);
  return unsubscriptionCandidate(
      EligibilityInput{order, app ? &*app : nullptr, &requests, invoiceOutstanding(record)}, now);
}

ApiError notFoundRequest(const std::string& requestId) { return notFound("No unsubscription request " + requestId); }

// One move of a request by the buyer or the seller; the request as it is after the move.
template <class Move>
Outcome moveRequest(Store& store, Call& call, Move move) {
  auto record = store.findUnsubscription(call.buyerId(), call.param);
  if (!record) return notFoundRequest(call.param);
  Expected<UnsubscriptionRequest, std::string> moved = move(record->request);
  if (!moved.ok()) return conflict(moved.error());
  record->request = moved.value();
  Reply reply{200, toJsonValue(record->request), {}};
  reply.change.putUnsubscriptions.push_back(std::move(*record));
  return reply;
}

}  // namespace

std::vector<UnsubscriptionRequest> unsubscriptionsOfOrder(Store& store, const std::string& buyerId,
                                                          const std::string& orderId) {
  std::vector<UnsubscriptionRequest> requests;
  for (auto& record : store.unsubscriptionsOf(buyerId))
    if (record.request.orderId == orderId) requests.push_back(std::move(record.request));
  return requests;
}

Outcome Handlers::listUnsubscriptions(Call& call) {
  auto query = parseUnsubscriptionQuery(call.request.query);
  if (!query.ok()) return fromDecodeError(query.error());
  std::vector<UnsubscriptionRequest> rows;
  for (auto& record : store_.unsubscriptionsOf(call.buyerId())) rows.push_back(std::move(record.request));
  return Reply{200, toJsonValue(selectUnsubscriptions(std::move(rows), query.value())), {}};
}

Outcome Handlers::listUnsubscriptionCandidates(Call& call) {
  ItemList<UnsubscriptionCandidate> list;
  auto orders = store_.ordersOf(call.buyerId());
  std::sort(orders.begin(), orders.end(), [](const OrderRecord& a, const OrderRecord& b) {
    return a.order.createdTime != b.order.createdTime ? b.order.createdTime < a.order.createdTime
                                                      : a.order.orderId < b.order.orderId;
  });
  for (const auto& record : orders)
    if (isPurchase(record.order)) list.items.push_back(candidateOf(store_, record, call.now));
  return Reply{200, toJsonValue(list), {}};
}

Outcome Handlers::orderUnsubscription(Call& call) {
  auto record = store_.findOrder(call.buyerId(), call.param);
  if (!record) return notFound("No order " + call.param);
  return Reply{200, toJsonValue(candidateOf(store_, *record, call.now)), {}};
}

Outcome Handlers::getUnsubscription(Call& call) {
  auto record = store_.findUnsubscription(call.buyerId(), call.param);
  if (!record) return notFoundRequest(call.param);
  return Reply{200, toJsonValue(record->request), {}};
}

Outcome Handlers::createUnsubscription(Call& call) {
  auto body = decodeBody<UnsubscriptionBody>(call);
  if (!body.ok()) return body.error();
  auto order = store_.findOrder(call.buyerId(), body->orderId);
  if (!order) return notFound("No order " + body->orderId);
  const UnsubscriptionCandidate candidate = candidateOf(store_, *order, call.now);
  if (candidate.refusal) return conflict(candidate.refusal->message);
  if (auto problem = validateUnsubscription(body.value(), order->order.amount))
    return ApiError{ErrorCode::Validation, problem->path + ": " + problem->message};
  const std::string requestId = newNumber(ids_, "US", [&](const std::string& id) {
    return store_.findUnsubscription(call.buyerId(), id).has_value();
  });
  UnsubscriptionRecord record{call.buyerId(),
                              newUnsubscriptionRequest(body.value(), orderForAnswer(*order, call.now), requestId, call.now)};
  Reply reply{201, toJsonValue(record.request), {}};
  reply.change.putUnsubscriptions.push_back(std::move(record));
  return reply;
}

Outcome Handlers::withdrawUnsubscription(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  return moveRequest(store_, call, [&](UnsubscriptionRequest request) { return withdrawn(std::move(request), call.now); });
}

Outcome Handlers::approveUnsubscription(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  return moveRequest(store_, call, [&](UnsubscriptionRequest request) { return approved(std::move(request), call.now); });
}

Outcome Handlers::rejectUnsubscription(Call& call) {
  auto body = decodeBody<UnsubscriptionRejectBody>(call);
  if (!body.ok()) return body.error();
  return moveRequest(store_, call, [&](UnsubscriptionRequest request) {
    return rejected(std::move(request), body->reason, call.now);
  });
}

// The refund reached the buyer's balance (CHOICE: balance, coupons not returned): the request is
// REFUNDED, an UNSUBSCRIBE order records the refund, the purchase is cancelled with the refund
// as its reason and its service flow closes, so the instance is released and never listed.
Outcome Handlers::refundPaid(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  auto record = store_.findUnsubscription(call.buyerId(), call.param);
  if (!record) return notFoundRequest(call.param);
  auto purchase = store_.findOrder(call.buyerId(), record->request.orderId);
  if (!purchase) return notFound("No order " + record->request.orderId);
  const std::string refundOrderId = newOrderNumber(ids_, store_, call.buyerId(), "CS");
  auto moved = refunded(record->request, refundOrderId, call.now);
  if (!moved.ok()) return conflict(moved.error());
  record->request = moved.value();
  const UnsubscriptionRequest& request = record->request;
  const std::string refundNote = "Unsubscribed: " + formatMoney(request.refundAmount) +
                                 " refunded to the account balance (request " + request.requestId + ", order " +
                                 refundOrderId + ")";

  Reply reply{200, toJsonValue(request), {}};
  OrderRecord refund;
  refund.buyerId = call.buyerId();
  refund.seller = purchase->seller;
  Order& order = refund.order;
  order.orderId = refundOrderId;
  order.type = OrderType::Unsubscribe;
  order.status = OrderStatus::Completed;
  order.productId = purchase->order.productId;
  order.productName = purchase->order.productName;
  order.specification = purchase->order.specification;
  order.billingMode = purchase->order.billingMode;
  order.period = purchase->order.period;
  order.amount = request.refundAmount;
  order.createdTime = call.now;
  order.paidTime = call.now;
  order.paymentMethod = PaymentMethod::Balance;
  order.involvesSupervision = purchase->order.involvesSupervision;
  order.instanceId = purchase->order.instanceId;
  order.sellerName = purchase->order.sellerName;
  order.statusReason = "Refund of unsubscription request " + request.requestId + " for order " + purchase->order.orderId;
  reply.change.putOrders.push_back(std::move(refund));

  purchase->order.status = OrderStatus::Cancelled;
  purchase->order.statusReason = refundNote;
  if (auto supervision = store_.findSupervision(call.buyerId(), purchase->order.orderId)) {
    auto closed = closeFlow(supervision->flow, FlowStage::Cancelled, call.now);
    if (closed.ok()) {
      const auto history = store_.eventsOf(supervision->orderId);
      const std::int64_t sequence = history.empty() ? 1 : history.back().sequence + 1;
      supervision->flow = closed->state;
      reply.change.addEvents.emplace_back(supervision->orderId,
                                          makeFlowEvent(closed.value(), sequence, call.now, refundNote));
      reply.change.putSupervision = std::move(*supervision);
    }
  }
  reply.change.putOrders.push_back(std::move(*purchase));
  reply.change.putUnsubscriptions.push_back(std::move(*record));
  return reply;
}

}  // namespace koo::backend::detail
