// Billing Center order actions of the reference backend (issue 13): paying (through a stand-in
// of the payment platform), cancelling, the automatic cancellation at the payment deadline, and
// settling a paid order by type. It also stands in for the seller's provisioning system.
#include "core/order_rules.h"
#include "core/service_flow.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

// The seller's contacts for what a paid order creates; orders seeded before sellers were kept
// with them name none, so the marketplace's own desk stands in.
SellerInfo sellerOf(const OrderRecord& record) {
  if (record.seller) return *record.seller;
  SellerInfo seller;
  seller.name = record.order.sellerName.value_or("KooGallery");
  return seller;
}

// The request template of a supervised product whose seller gave none.
std::vector<FormFieldSpec> defaultRequestForm() {
  return {FormFieldSpec{"requirements", "Requirements", FormFieldType::Multiline, true,
                        static_cast<int>(limits::kFormFieldValue)}};
}

// A NEW order of an ordinary SaaS product: the seller's system provisions it at once and the
// app is in Purchased Apps, valid from now.
void provision(OrderRecord& record, Timestamp now, IdSource& ids, StoreChange& change) {
  Order& order = record.order;
  order.instanceId = "ins-" + order.orderId;
  order.status = OrderStatus::Completed;
  AppRecord app;
  app.buyerId = record.buyerId;
  app.app.instanceId = *order.instanceId;
  app.app.orderId = order.orderId;
  app.app.productId = order.productId;
  app.app.productName = order.productName;
  app.app.specification = order.specification;
  app.app.billingMode = order.billingMode;
  app.app.period = order.period;
  app.app.purchaseTime = now;
  const Validity validity = validityFrom(now, std::nullopt, order.period);
  app.app.effectiveTime = validity.effectiveTime;
  app.app.expiryTime = validity.expiryTime;
  app.app.status = resourceStatusAt(app.app.expiryTime, false, now);
  app.app.isTrial = order.type == OrderType::Trial;
  StandInProvisioning provisioned = standInProvisioning(order, *order.instanceId, ids);
  app.applicationInfo = provisioned.info;
  app.password = provisioned.password;
  app.seller = sellerOf(record);
  change.addApps.push_back(std::move(app));
}

// A NEW order of a supervised product: paid, its service flow starts (the seller provisions the
// login when accepting the request); the app appears once the flow completes.
void startSupervision(OrderRecord& record, Timestamp now, StoreChange& change) {
  Order& order = record.order;
  order.instanceId = "ins-" + order.orderId;
  order.status = OrderStatus::Processing;
  SupervisionRecord supervision;
  supervision.orderId = order.orderId;
  supervision.buyerId = record.buyerId;
  supervision.seller = sellerOf(record);
  supervision.flow = initialFlowState(now);
  supervision.requestForm = defaultRequestForm();
  change.putSupervision = std::move(supervision);
  change.addEvents.emplace_back(order.orderId, FlowEvent{1, FlowEventKind::OrderPaid, Actor::System, now,
                                                        FlowStage::WaitingRequest, FlowStage::WaitingRequest,
                                                        std::nullopt, std::nullopt});
}

}  // namespace

StandInProvisioning standInProvisioning(const Order& order, const std::string& instanceId, IdSource& ids) {
  StandInProvisioning out;
  const std::string base = "https://" + order.productId + ".apps.example.com/" + instanceId;
  out.info.frontEndUrl = base + "/login";
  out.info.adminUrl = base + "/admin";
  out.info.userName = "admin-" + instanceId.substr(instanceId.size() > 6 ? instanceId.size() - 6 : 0);
  out.info.memo = "Change the initial password at first login.";
  out.password = "Init#" + ids.token().substr(4, 10);
  out.info.hasPassword = true;
  return out;
}

Order orderForAnswer(const OrderRecord& record, Timestamp now) { return orderAsOf(record.order, now); }

void settlePaidOrder(OrderRecord& record, PaymentMethod method, Timestamp now, IdSource& ids, Store& store,
                     StoreChange& change) {
  record.order = paidOrder(std::move(record.order), method, now);
  switch (record.order.type) {
    case OrderType::New:
    case OrderType::Trial:
      // Buying a trial: the same instance becomes commercial from now (core's convertedTrial).
      if (record.order.trialInstanceId) {
        if (auto converted = appChangedBy(record, store, now)) change.putApps.push_back(std::move(*converted));
        record.order.status = OrderStatus::Completed;
      } else if (record.order.involvesSupervision)
        startSupervision(record, now, change);
      else
        provision(record, now, ids, change);
      break;
    // A renewal moves the instance's expiry (core's applyRenewal, from the original expiry when
    // renewed in grace or retention); payOrder refused one that can no longer apply.
    case OrderType::Renewal:
      if (auto renewed = appRenewedBy(record, store, now)) change.putApps.push_back(std::move(*renewed));
      record.order.status = OrderStatus::Completed;
      break;
    // A change applies at once; the expiry stays (core's withSpecChanged).
    case OrderType::Change:
      if (auto changed = appChangedBy(record, store, now)) change.putApps.push_back(std::move(*changed));
      record.order.status = OrderStatus::Completed;
      break;
    // The unsubscription path is not built yet: paying completes the order.
    case OrderType::Unsubscribe:
    case OrderType::TrialToCommercial:
      record.order.status = OrderStatus::Completed;
      break;
  }
  // The marketplace issues the invoice by itself when the order is paid (DOMAIN-LIFECYCLE §9).
  issueInvoiceOnPayment(record, store, now, change);
  change.putOrders.push_back(record);
}

Outcome Handlers::payOrder(Call& call) {
  auto body = decodeBody<PayOrderBody>(call);
  if (!body.ok()) return body.error();
  auto record = store_.findOrder(call.buyerId(), call.param);
  if (!record) return notFound("No order " + call.param);
  if (auto refused = payRefusal(record->order, call.now)) return conflict(*refused);
  // The payment platform's stand-in: refusals change nothing, so the buyer may try again.
  const PaymentTestOutcome outcome = record->paymentOutcome.value_or(PaymentTestOutcome::Succeed);
  if (outcome == PaymentTestOutcome::Fail)
    return ApiError{ErrorCode::PaymentFailed, "The payment platform declined the payment; nothing was charged"};
  if (outcome == PaymentTestOutcome::InsufficientBalance && body->method == PaymentMethod::Balance)
    return ApiError{ErrorCode::InsufficientBalance,
                    "The account balance does not cover this order; top up or choose another payment method"};
  // A renewal whose instance was deleted (or is no longer renewable) is refused before charging.
  if (record->order.type == OrderType::Renewal && !appRenewedBy(*record, store_, call.now))
    return conflict("Order " + record->order.orderId +
                    " renews an instance that can no longer be renewed; cancel it instead");
  // So is a change or a trial's purchase whose instance changed meanwhile (released, converted).
  const bool changes = record->order.type == OrderType::Change || record->order.trialInstanceId.has_value();
  if (changes && !appChangedBy(*record, store_, call.now))
    return conflict("Order " + record->order.orderId + " changes an instance that can no longer take it; cancel it instead");
  Reply reply{200, Json{}, {}};
  settlePaidOrder(*record, body->method, call.now, ids_, store_, reply.change);
  reply.body = toJsonValue(orderForAnswer(*record, call.now));
  return reply;
}

Outcome Handlers::cancelOrder(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  auto record = store_.findOrder(call.buyerId(), call.param);
  if (!record) return notFound("No order " + call.param);
  if (auto refused = cancelRefusal(record->order, call.now)) return conflict(*refused);
  record->order = cancelledOrder(std::move(record->order), OrderCancelReason::BuyerCancelled);
  Reply reply{200, toJsonValue(record->order), {}};
  reply.change.putOrders.push_back(*record);
  return reply;
}

Outcome Handlers::setPaymentOutcome(Call& call) {
  auto body = decodeBody<PaymentOutcomeBody>(call);
  if (!body.ok()) return body.error();
  auto record = store_.findOrder(call.buyerId(), call.param);
  if (!record) return notFound("No order " + call.param);
  record->paymentOutcome = body->outcome;
  if (body->outcome == PaymentTestOutcome::Succeed) record->paymentOutcome.reset();
  Reply reply{200, toJsonValue(orderForAnswer(*record, call.now)), {}};
  reply.change.putOrders.push_back(*record);
  return reply;
}

}  // namespace koo::backend::detail
