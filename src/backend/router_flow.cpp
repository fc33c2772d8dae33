// Handlers of Service Supervision: the list, the details, and the buyer's flow actions. Every
// move (buyer's here, seller's and operations' in router_test_mode.cpp) goes through core's state
// machine and moveFlow, which turns it into one store change: flow, history, order, app.
#include "core/base64.h"
#include "core/list_select.h"
#include "core/request_form.h"
#include "core/service_flow.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

// A move by the buyer's `action`, leaving `note` (a reason, a message) in the history.
FlowMove buyerMove(BuyerAction action, std::optional<std::string> note = std::nullopt) {
  FlowMove move;
  move.note = std::move(note);
  move.transition = [action](const FlowState& s, Timestamp now) { return applyBuyerAction(s, action, now); };
  return move;
}

// The purchased app a completed flow creates: the order's product, the seller's application
// information, a validity that starts at acceptance (or at the seller's enabling time).
AppRecord appFromCompletedFlow(const OrderRecord& order, const SupervisionRecord& supervision,
                               Timestamp acceptedTime) {
  AppRecord record;
  record.buyerId = order.buyerId;
  PurchasedApp& app = record.app;
  app.instanceId = *order.order.instanceId;
  app.orderId = order.order.orderId;
  app.productId = order.order.productId;
  app.productName = order.order.productName;
  app.specification = order.order.specification;
  app.billingMode = order.order.billingMode;
  app.period = order.order.period;
  app.purchaseTime = order.order.paidTime.value_or(order.order.createdTime);
  const Validity validity = validityFrom(
      acceptedTime, supervision.delivery ? supervision.delivery->enablingTime : std::nullopt,
      order.order.period);
  app.effectiveTime = validity.effectiveTime;
  app.expiryTime = validity.expiryTime;
  app.status = resourceStatusAt(app.expiryTime, false, acceptedTime);
  app.isTrial = order.order.type == OrderType::Trial;
  app.involvesSupervision = true;
  record.applicationInfo = *supervision.applicationInfo;
  record.password = supervision.password;
  record.applicationInfo.hasPassword = !record.password.empty();
  record.seller = supervision.seller;
  return record;
}

}  // namespace

SupervisedOrderDetails makeDetails(const OrderRecord& order, const SupervisionRecord& supervision,
                                   std::vector<FlowEvent> history, Timestamp now) {
  SupervisedOrderDetails details;
  details.order = order.order;
  if (supervision.applicationInfo)
    details.applicationInfo = applicationInfoForAnswer(*supervision.applicationInfo, supervision.password);
  details.seller = supervision.seller;
  details.flow = supervision.flow;
  details.requestForm = supervision.requestForm;
  details.request = supervision.request;
  details.delivery = supervision.delivery;
  details.history = std::move(history);
  details.allowedActions = allowedBuyerActions(supervision.flow, now);
  details.appeal = appealAvailability(supervision.flow, now);
  return details;
}

Outcome Handlers::listSupervised(Call& call) {
  auto query = parseSupervisedOrderQuery(call.request.query);
  if (!query.ok()) return fromDecodeError(query.error());
  std::vector<SupervisedOrderSummary> rows;
  for (const auto& s : store_.supervisionsOf(call.buyerId())) {
    auto order = store_.findOrder(call.buyerId(), s.orderId);
    if (!order) continue;  // the schema's foreign key makes this impossible
    rows.push_back(SupervisedOrderSummary{s.orderId, order->order.productName,
                                          order->order.specification, s.seller.name, s.flow.stage,
                                          order->order.status, order->order.amount,
                                          order->order.createdTime, s.flow.stageEnteredTime});
  }
  return Reply{200, toJsonValue(selectSupervisedOrders(std::move(rows), query.value())), {}};
}

Outcome Handlers::supervisedDetails(Call& call) {
  auto supervision = store_.findSupervision(call.buyerId(), call.param);
  auto order = store_.findOrder(call.buyerId(), call.param);
  if (!supervision || !order) return notFound("No supervised order " + call.param);
  return Reply{200,
               toJsonValue(makeDetails(*order, *supervision, store_.eventsOf(call.param), call.now)),
               {}};
}

Outcome Handlers::moveFlow(Call& call, const FlowMove& move) {
  auto supervision = store_.findSupervision(call.buyerId(), call.param);
  auto order = store_.findOrder(call.buyerId(), call.param);
  if (!supervision || !order) return notFound("No supervised order " + call.param);

  TransitionResult result = move.transition(supervision->flow, call.now);
  if (!result.ok()) return conflict(result.error().message);
  const FlowTransition& transition = result.value();
  if (move.prepare)
    if (auto refused = move.prepare(*supervision)) return *refused;

  std::vector<FlowEvent> history = store_.eventsOf(call.param);
  const std::int64_t sequence = history.empty() ? 1 : history.back().sequence + 1;
  FlowEvent event = makeFlowEvent(transition, sequence, call.now, move.note);
  event.attachment = move.attachment;
  history.push_back(event);

  supervision->flow = transition.state;
  order->order.status = orderStatusForStage(transition.state.stage);
  Reply reply;
  if (transition.completed && order->order.instanceId && supervision->applicationInfo &&
      !store_.findApp(call.buyerId(), *order->order.instanceId))
    reply.change.addApps.push_back(appFromCompletedFlow(*order, *supervision, call.now));
  if (transition.cancelled)
    order->order.statusReason = move.cancelReason.value_or("The service flow was cancelled");

  reply.change.putOrders.push_back(*order);
  reply.change.putSupervision = *supervision;
  reply.change.addEvents.emplace_back(call.param, event);
  reply.body = toJsonValue(makeDetails(*order, *supervision, std::move(history), call.now));
  return reply;
}

Outcome Handlers::submitRequest(Call& call) {
  auto body = decodeBody<SubmitRequestBody>(call);
  if (!body.ok()) return body.error();
  FlowMove move = buyerMove(BuyerAction::SubmitRequest);
  if (body->attachment) {
    const Attachment& a = *body->attachment;
    move.attachment = AttachmentInfo{a.fileName, a.contentType,
                                     static_cast<std::int64_t>(base64DecodedSize(a.base64).value_or(0))};
  }
  const auto& fields = body->fields;
  const auto attachment = move.attachment;
  const Timestamp now = call.now;
  move.prepare = [&fields, attachment, now](SupervisionRecord& s) -> std::optional<ApiError> {
    if (auto invalid = validateRequestFields(s.requestForm, fields)) return fromDecodeError(*invalid);
    s.request = ServiceRequest{fields, attachment, now};
    return std::nullopt;
  };
  return moveFlow(call, move);
}

Outcome Handlers::confirmAcceptance(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  // An open unsubscription request holds acceptance, so the guarantee period cannot end mid-review.
  if (auto hold = acceptanceHoldOf(unsubscriptionsOfOrder(store_, call.buyerId(), call.param))) return conflict(*hold);
  return moveFlow(call, buyerMove(BuyerAction::ConfirmAcceptance));
}

Outcome Handlers::rejectDelivery(Call& call) {
  auto body = decodeBody<ReasonBody>(call);
  if (!body.ok()) return body.error();
  return moveFlow(call, buyerMove(BuyerAction::RejectDelivery, body->reason));
}

Outcome Handlers::remind(Call& call) {
  auto body = decodeBody<RemindBody>(call, /*optional=*/true);
  if (!body.ok()) return body.error();
  return moveFlow(call, buyerMove(BuyerAction::Remind, body->message));
}

Outcome Handlers::appeal(Call& call) {
  auto body = decodeBody<ReasonBody>(call);
  if (!body.ok()) return body.error();
  return moveFlow(call, buyerMove(BuyerAction::Appeal, body->reason));
}

// The buyer checks the delivery with the seller's login before the flow completes (and after:
// the same information), so the password of a supervised order is revealed here as on Resource
// Details, and audited the same way with the order as its target.
Outcome Handlers::revealSupervisedPassword(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  auto supervision = store_.findSupervision(call.buyerId(), call.param);
  if (!supervision) return notFound("No supervised order " + call.param);
  if (!supervision->applicationInfo)
    return conflict("The seller has not provided the application information yet");
  if (supervision->password.empty())
    return conflict("The seller provided no initial password for this order");
  Reply reply{200, toJsonValue(PasswordReveal{supervision->password, call.now}), {}};
  reply.holdsSecret = true;  // a repeat reads the password again, and is audited again
  reply.change.addAudit = AuditEntry{0, call.now, call.buyerId(), "SUPERVISED_PASSWORD_REVEAL", call.param,
                                     call.requestId};
  return reply;
}

}  // namespace koo::backend::detail
