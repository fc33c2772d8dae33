// The service-supervision state machine and its consequences for orders and purchased apps.
#include "service_flow.h"

#include "format.h"
#include "i18n.h"

namespace koo {
namespace {

Refusal refuse(RefusalCode code, std::string message) { return Refusal{code, std::move(message)}; }

// The refusal shared by every action when the flow is frozen or closed; nullopt when open.
std::optional<Refusal> notOpenRefusal(FlowStage stage) {
  switch (stage) {
    case FlowStage::Appealing:
      return refuse(RefusalCode::FlowFrozen,
                    "The flow is frozen by an appeal until the marketplace's operations staff decide");
    case FlowStage::Completed:
      return refuse(RefusalCode::FlowClosed, "The service flow is already completed");
    case FlowStage::Cancelled:
      return refuse(RefusalCode::FlowClosed, "The service flow is cancelled");
    default:
      return std::nullopt;
  }
}

Refusal wrongStage(std::string_view action, std::string_view when, FlowStage stage) {
  return refuse(RefusalCode::WrongStage, std::string(action) + " is only possible " + std::string(when) +
                                             "; the flow is now \"" + std::string(labelOf(stage)) + "\"");
}

FlowTransition moveTo(const FlowState& state, FlowStage to, FlowEventKind event, Actor actor, Timestamp now) {
  FlowTransition transition;
  transition.state = state;
  transition.state.stage = to;
  transition.state.stageEnteredTime = now;
  transition.event = event;
  transition.actor = actor;
  transition.fromStage = state.stage;
  transition.toStage = to;
  transition.completed = to == FlowStage::Completed;
  transition.cancelled = to == FlowStage::Cancelled;
  return transition;
}

// A move allowed from one stage only: where it goes, what it records, what it counts, and how
// a refusal names it ("<action> is only possible <when>").
struct StageMove {
  FlowStage from;
  FlowStage to;
  FlowEventKind event;
  int FlowState::*counter;  // a rejection counter the move adds one to, or none
  std::string_view action;
  std::string_view when;
};

constexpr StageMove kSubmitRequest{FlowStage::WaitingRequest, FlowStage::WaitingSellerAccept,
                                   FlowEventKind::RequestSubmitted, nullptr, "Submit Request",
                                   "while the flow waits for your request"};
constexpr StageMove kConfirmAcceptance{FlowStage::WaitingBuyerConfirm, FlowStage::Completed,
                                       FlowEventKind::AcceptanceConfirmed, nullptr, "Confirm Acceptance",
                                       "after the seller has delivered the service"};
constexpr StageMove kRejectDelivery{FlowStage::WaitingBuyerConfirm, FlowStage::WaitingDelivery,
                                    FlowEventKind::DeliveryRejected, &FlowState::deliveryRejections, "Reject",
                                    "after the seller has delivered the service"};
constexpr StageMove kAcceptRequest{FlowStage::WaitingSellerAccept, FlowStage::WaitingDelivery,
                                   FlowEventKind::RequestAccepted, nullptr, "Accepting the request",
                                   "after the buyer has submitted it"};
constexpr StageMove kRejectRequest{FlowStage::WaitingSellerAccept, FlowStage::WaitingRequest,
                                   FlowEventKind::RequestRejected, &FlowState::requestRejections,
                                   "Rejecting the request", "after the buyer has submitted it"};
constexpr StageMove kDeliver{FlowStage::WaitingDelivery, FlowStage::WaitingBuyerConfirm,
                             FlowEventKind::ServiceDelivered, nullptr, "Delivering the service",
                             "after the request was accepted"};

TransitionResult applyStageMove(const FlowState& state, const StageMove& move, Actor actor, Timestamp now) {
  if (state.stage != move.from) return wrongStage(move.action, move.when, state.stage);
  FlowTransition transition = moveTo(state, move.to, move.event, actor, now);
  if (move.counter) ++(transition.state.*move.counter);
  return transition;
}

std::int64_t secondsBetween(Timestamp from, Timestamp to) { return epochSeconds(to) - epochSeconds(from); }

// The reminder interval as the refusal says it, from the constant that holds it.
std::string reminderIntervalText() {
  return std::to_string(flow_rules::kReminderIntervalSeconds / kSecondsPerHour) + " hours";
}

}  // namespace

FlowState initialFlowState(Timestamp paidTime) {
  FlowState state;
  state.stage = FlowStage::WaitingRequest;
  state.stageEnteredTime = paidTime;
  return state;
}

bool isOpenStage(FlowStage stage) { return !notOpenRefusal(stage).has_value(); }

bool isSellersTurn(FlowStage stage) {
  return stage == FlowStage::WaitingSellerAccept || stage == FlowStage::WaitingDelivery;
}

AppealAvailability appealAvailability(const FlowState& state, Timestamp now) {
  AppealAvailability result;
  const int limit = flow_rules::kAppealAfterRejections;
  if (!isOpenStage(state.stage)) {
    // Appealing, frozen or closed: no appeal.
  } else if (state.requestRejections >= limit || state.deliveryRejections >= limit) {
    result.available = true;
  } else if (isSellersTurn(state.stage)) {
    const Timestamp from = state.stageEnteredTime + std::chrono::seconds{flow_rules::kAppealAfterSellerIdleSeconds};
    result.availableFrom = from;
    result.available = now >= from;
  }
  result.reason = explainAppeal(state, result, now);
  return result;
}

std::string explainAppeal(const FlowState& state, const AppealAvailability& appeal, Timestamp now) {
  if (state.stage == FlowStage::Appealing) return tr("appeal.in_progress");
  if (auto closed = notOpenRefusal(state.stage)) return closed->message;
  const int limit = flow_rules::kAppealAfterRejections;
  const std::string idle = formatDuration(flow_rules::kAppealAfterSellerIdleSeconds);
  if (state.requestRejections >= limit)
    return tr("appeal.request_rejections", {{"count", std::to_string(state.requestRejections)}});
  if (state.deliveryRejections >= limit)
    return tr("appeal.delivery_rejections", {{"count", std::to_string(state.deliveryRejections)}});
  if (!isSellersTurn(state.stage))
    return tr("appeal.waiting_for_you", {{"days", idle}, {"rejections", std::to_string(limit)}});
  if (appeal.available) return tr("appeal.seller_idle", {{"days", idle}});
  if (!appeal.availableFrom) return tr("actions.appeal_unavailable");
  return tr("appeal.available_in", {{"days", idle}, {"wait", formatDuration(secondsBetween(now, *appeal.availableFrom))}});
}

TransitionResult applyBuyerAction(const FlowState& state, BuyerAction action, Timestamp now) {
  if (action != BuyerAction::Appeal)  // appeal explains frozen / closed flows itself
    if (auto refusal = notOpenRefusal(state.stage)) return *refusal;
  switch (action) {
    case BuyerAction::SubmitRequest: return applyStageMove(state, kSubmitRequest, Actor::Buyer, now);
    case BuyerAction::ConfirmAcceptance: return applyStageMove(state, kConfirmAcceptance, Actor::Buyer, now);
    case BuyerAction::RejectDelivery: return applyStageMove(state, kRejectDelivery, Actor::Buyer, now);
    case BuyerAction::Remind: {
      if (!isSellersTurn(state.stage))
        return wrongStage("Remind Seller", "while the flow waits for the seller", state.stage);
      if (state.lastReminderTime) {
        const Timestamp next = *state.lastReminderTime + std::chrono::seconds{flow_rules::kReminderIntervalSeconds};
        if (now < next)
          return refuse(RefusalCode::ReminderTooSoon,
                        "You reminded the seller less than " + reminderIntervalText() +
                            " ago (next reminder possible in " +
                            formatDuration(secondsBetween(now, next)) + ")");
      }
      FlowTransition transition = moveTo(state, state.stage, FlowEventKind::ReminderSent, Actor::Buyer, now);
      transition.state.stageEnteredTime = state.stageEnteredTime;  // a reminder is not progress
      transition.state.lastReminderTime = now;
      return transition;
    }
    case BuyerAction::Appeal: {
      const AppealAvailability availability = appealAvailability(state, now);
      if (!availability.available) {
        if (auto refusal = notOpenRefusal(state.stage)) return *refusal;
        return refuse(RefusalCode::AppealTooEarly, availability.reason.value_or(""));
      }
      auto transition = moveTo(state, FlowStage::Appealing, FlowEventKind::AppealInitiated, Actor::Buyer, now);
      transition.state.frozenStage = state.stage;
      return transition;
    }
  }
  return wrongStage("This action", "in another stage", state.stage);
}

TransitionResult applySellerAction(const FlowState& state, SellerAction action, Timestamp now) {
  if (auto refusal = notOpenRefusal(state.stage)) return *refusal;
  switch (action) {
    case SellerAction::AcceptRequest: return applyStageMove(state, kAcceptRequest, Actor::Seller, now);
    case SellerAction::RejectRequest: return applyStageMove(state, kRejectRequest, Actor::Seller, now);
    case SellerAction::Deliver: return applyStageMove(state, kDeliver, Actor::Seller, now);
  }
  return wrongStage("This action", "in another stage", state.stage);
}

TransitionResult applyAppealDecision(const FlowState& state, AppealDecision decision, Timestamp now) {
  if (state.stage != FlowStage::Appealing || !state.frozenStage)
    return wrongStage("Deciding an appeal", "while an appeal is in progress", state.stage);
  FlowStage to = FlowStage::Completed;
  if (decision == AppealDecision::Resume) to = *state.frozenStage;
  if (decision == AppealDecision::Cancel) to = FlowStage::Cancelled;
  auto transition = moveTo(state, to, FlowEventKind::AppealResolved, Actor::Operations, now);
  transition.state.frozenStage.reset();
  if (decision == AppealDecision::Resume) {  // a fresh start: old rejections do not re-open the appeal
    transition.state.requestRejections = 0;
    transition.state.deliveryRejections = 0;
  }
  return transition;
}

TransitionResult closeFlow(const FlowState& state, FlowStage outcome, Timestamp now) {
  if (state.stage == FlowStage::Completed || state.stage == FlowStage::Cancelled) return *notOpenRefusal(state.stage);
  if (outcome != FlowStage::Completed && outcome != FlowStage::Cancelled)
    return refuse(RefusalCode::WrongStage, "A flow can only be closed as completed or cancelled");
  auto transition = moveTo(state, outcome, FlowEventKind::FlowClosed, Actor::System, now);
  transition.state.frozenStage.reset();
  return transition;
}

std::optional<FlowTransition> autoCloseIfDue(const FlowState& state, Timestamp paidTime, bool invoiced,
                                             Timestamp now) {
  if (secondsBetween(paidTime, now) < flow_rules::kAutoCloseAfterSeconds) return std::nullopt;
  auto closed = closeFlow(state, invoiced ? FlowStage::Completed : FlowStage::Cancelled, now);
  if (!closed.ok()) return std::nullopt;
  return closed.value();
}

std::optional<Refusal> buyerActionRefusal(const FlowState& state, BuyerAction action, Timestamp now) {
  auto result = applyBuyerAction(state, action, now);
  if (result.ok()) return std::nullopt;
  return result.error();
}

std::vector<BuyerAction> allowedBuyerActions(const FlowState& state, Timestamp now) {
  std::vector<BuyerAction> allowed;
  for (BuyerAction action : allEnumValues<BuyerAction>())
    if (applyBuyerAction(state, action, now).ok()) allowed.push_back(action);
  return allowed;
}

FlowEvent makeFlowEvent(const FlowTransition& transition, std::int64_t sequence, Timestamp time,
                        std::optional<std::string> note) {
  FlowEvent event;
  event.sequence = sequence;
  event.kind = transition.event;
  event.actor = transition.actor;
  event.time = time;
  event.fromStage = transition.fromStage;
  event.toStage = transition.toStage;
  event.note = std::move(note);
  return event;
}

OrderStatus orderStatusForStage(FlowStage stage) {
  if (stage == FlowStage::Completed) return OrderStatus::Completed;
  if (stage == FlowStage::Cancelled) return OrderStatus::Cancelled;
  return OrderStatus::Processing;
}

Timestamp addPeriod(Timestamp start, const BillingPeriod& period) {
  switch (period.unit) {
    case PeriodUnit::Day: return addDays(start, period.count);
    case PeriodUnit::Month: return addMonths(start, period.count);
    case PeriodUnit::Year: return addMonths(start, 12 * period.count);
  }
  return start;
}

Validity validityFrom(Timestamp acceptedTime, const std::optional<Timestamp>& enablingTime,
                      const std::optional<BillingPeriod>& period) {
  Validity validity;
  validity.effectiveTime = enablingTime.value_or(acceptedTime);
  if (period) validity.expiryTime = addPeriod(validity.effectiveTime, *period);
  return validity;
}

bool appearsInPurchasedApps(const Order& order, std::optional<FlowStage> flowStage) {
  if (order.status != OrderStatus::Completed || !order.instanceId) return false;
  if (order.involvesSupervision) return flowStage == FlowStage::Completed;
  return true;
}

ResourceStatus resourceStatusAt(const std::optional<Timestamp>& expiryTime, bool frozen, Timestamp now) {
  if (frozen) return ResourceStatus::Frozen;
  if (expiryTime && now >= *expiryTime) return ResourceStatus::Expired;
  return ResourceStatus::InUse;
}

Expected<Order, Refusal> applyProvisioningFailure(const Order& order, const std::optional<std::string>& reason) {
  if (order.status == OrderStatus::Completed || order.status == OrderStatus::Cancelled)
    return refuse(RefusalCode::OrderNotOpen,
                  "The order is already " + std::string(order.status == OrderStatus::Completed ? "completed" : "cancelled"));
  Order cancelled = order;
  cancelled.status = OrderStatus::Cancelled;
  cancelled.statusReason = reason.value_or("Provisioning failed: the seller could not create the instance");
  return cancelled;
}

}  // namespace koo
