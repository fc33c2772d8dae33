// Handlers of the test-mode endpoints: the seller's and the operations staff's side of the
// flow, provisioning failure, the backend clock, the audit log, and runtime fault specs.
#include "core/service_flow.h"
#include "router_internal.h"

namespace koo::backend::detail {

Outcome Handlers::sellerAction(Call& call) {
  auto body = decodeBody<SellerActionBody>(call);
  if (!body.ok()) return body.error();
  FlowMove move;
  const SellerAction action = body->action;
  move.transition = [action](const FlowState& s, Timestamp now) {
    return applySellerAction(s, action, now);
  };
  if (action == SellerAction::RejectRequest) move.note = body->reason;
  if (action == SellerAction::AcceptRequest) {
    // The seller's system provisions the instance when it takes the work on, if not done yet:
    // from then on the buyer sees the login on the order's details.
    auto order = store_.findOrder(call.buyerId(), call.param);
    IdSource& ids = ids_;
    move.prepare = [order, &ids](SupervisionRecord& s) -> std::optional<ApiError> {
      if (s.applicationInfo || !order) return std::nullopt;
      StandInProvisioning provisioned =
          standInProvisioning(order->order, order->order.instanceId.value_or(order->order.orderId), ids);
      s.applicationInfo = provisioned.info;
      s.password = provisioned.password;
      return std::nullopt;
    };
  }
  if (action == SellerAction::Deliver) {
    const DeliveryInput input = *body->delivery;
    const Timestamp now = call.now;
    move.prepare = [input, now](SupervisionRecord& s) -> std::optional<ApiError> {
      // Completion turns the application information into the purchased app: it must exist.
      if (!s.applicationInfo)
        return conflict("The seller has not provisioned the instance's application information yet");
      s.delivery = Delivery{input.statementOfWork, input.acceptanceDocument, input.enablingTime, now};
      return std::nullopt;
    };
  }
  return moveFlow(call, move);
}

Outcome Handlers::appealDecision(Call& call) {
  auto body = decodeBody<AppealDecisionBody>(call);
  if (!body.ok()) return body.error();
  FlowMove move;
  const AppealDecision decision = body->decision;
  move.note = body->note;
  move.cancelReason = "Cancelled by the marketplace after the buyer's appeal" +
                      (body->note ? ": " + *body->note : std::string());
  move.transition = [decision](const FlowState& s, Timestamp now) {
    return applyAppealDecision(s, decision, now);
  };
  return moveFlow(call, move);
}

Outcome Handlers::provisioningFailure(Call& call) {
  auto body = decodeBody<ProvisioningFailureBody>(call, /*optional=*/true);
  if (!body.ok()) return body.error();
  auto order = store_.findOrder(call.buyerId(), call.param);
  if (!order) return notFound("No order " + call.param);
  auto cancelled = applyProvisioningFailure(order->order, body->reason);
  if (!cancelled.ok()) return conflict(cancelled.error().message);
  order->order = cancelled.value();

  Reply reply{200, toJsonValue(order->order), {}};
  reply.change.putOrders.push_back(*order);
  // A supervised order's flow closes with it, so the two never disagree.
  auto supervision = store_.findSupervision(call.buyerId(), call.param);
  if (supervision) {
    auto closed = closeFlow(supervision->flow, FlowStage::Cancelled, call.now);
    if (closed.ok()) {
      auto history = store_.eventsOf(call.param);
      const std::int64_t sequence = history.empty() ? 1 : history.back().sequence + 1;
      supervision->flow = closed->state;
      reply.change.putSupervision = *supervision;
      reply.change.addEvents.emplace_back(
          call.param, makeFlowEvent(closed.value(), sequence, call.now, order->order.statusReason));
    }
  }
  return reply;
}

Outcome Handlers::getClock(Call& call) { return Reply{200, toJsonValue(TestClock{call.now}), {}}; }

Outcome Handlers::setClock(Call& call) {
  auto body = decodeBody<TestClockBody>(call);
  if (!body.ok()) return body.error();
  if (body->now)
    clock_.pin(*body->now);
  else
    clock_.advance(std::chrono::seconds{*body->advanceSeconds});
  return Reply{200, toJsonValue(TestClock{clock_.now()}), {}};
}

Outcome Handlers::auditLog(Call& call) {
  ItemList<AuditEntry> log;
  log.items = store_.auditLog(call.buyerId());
  return Reply{200, toJsonValue(log), {}};
}

namespace {

FaultSpecState faultState(const FaultSpec& spec) {
  return FaultSpecState{spec.text, static_cast<std::int64_t>(spec.rules.size())};
}

}  // namespace

Outcome Handlers::getFaults(Call&) { return Reply{200, toJsonValue(faultState(faults_.spec())), {}}; }

// Replaces the spec in force (syntax in fault_spec.h); "" switches faults off.
Outcome Handlers::setFaults(Call& call) {
  auto body = decodeBody<FaultSpecBody>(call);
  if (!body.ok()) return body.error();
  auto parsed = parseFaultSpec(body->spec);
  if (!parsed.spec) return ApiError{ErrorCode::Validation, "$.spec: " + parsed.error};
  faults_.set(*parsed.spec);
  return Reply{200, toJsonValue(faultState(*parsed.spec)), {}};
}

}  // namespace koo::backend::detail
