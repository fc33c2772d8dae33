// Every buyer, seller and operations action in every stage of the service flow: the stage it
// moves to, or the refusal it gets (table-driven), and what each move records.
#include <gtest/gtest.h>

#include <array>

#include "core/service_flow.h"
#include "samples.h"

namespace koo {
namespace {

using WS = FlowStage;
const Timestamp kEntered = samples::at("2025-01-10T00:00:00Z");
const Timestamp kNow = samples::at("2025-01-10T01:00:00Z");  // one hour later: no appeal by time yet

FlowState stateIn(FlowStage stage) {
  FlowState state = initialFlowState(kEntered);
  state.stage = stage;
  if (stage == FlowStage::Appealing) state.frozenStage = FlowStage::WaitingDelivery;
  return state;
}

// The expected outcome of one action: a stage to move to, or a refusal code.
struct Outcome {
  std::optional<FlowStage> to;
  std::optional<RefusalCode> refusal;
};
Outcome movesTo(FlowStage stage) { return Outcome{stage, std::nullopt}; }
Outcome refused(RefusalCode code) { return Outcome{std::nullopt, code}; }
const Outcome kWrongStage = refused(RefusalCode::WrongStage);
const Outcome kClosed = refused(RefusalCode::FlowClosed);
const Outcome kFrozen = refused(RefusalCode::FlowFrozen);
const Outcome kTooEarly = refused(RefusalCode::AppealTooEarly);

void expectOutcome(const TransitionResult& result, const Outcome& expected, const std::string& what) {
  SCOPED_TRACE(what);
  if (expected.to) {
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->toStage, *expected.to);
    EXPECT_EQ(result->state.stage, *expected.to);
  } else {
    ASSERT_FALSE(result.ok()) << "moved to " << toString(result->toStage);
    EXPECT_EQ(static_cast<int>(result.error().code), static_cast<int>(*expected.refusal));
    EXPECT_FALSE(result.error().message.empty());
  }
}

// One stage and the expected outcome of each action there, in the order of the action's enum.
template <class Action>
struct ActionRow {
  FlowStage stage;
  std::array<Outcome, EnumTraits<Action>::names.size()> outcomes;
};

// Runs every action of every row's stage through `apply`; the table covers every stage.
template <class Action, class Apply>
void expectEveryActionInEveryStage(const std::vector<ActionRow<Action>>& table, Apply apply) {
  ASSERT_EQ(table.size(), allEnumValues<FlowStage>().size());
  const auto actions = allEnumValues<Action>();
  for (const ActionRow<Action>& row : table)
    for (size_t i = 0; i < actions.size(); ++i)
      expectOutcome(apply(stateIn(row.stage), actions[i], kNow), row.outcomes[i],
                    std::string(toString(row.stage)) + " " + std::string(toString(actions[i])));
}

TEST(ServiceFlow, EveryBuyerActionInEveryStage) {
  // Columns: submit, confirm, reject, remind, appeal.
  const std::vector<ActionRow<BuyerAction>> table = {
      {WS::WaitingRequest, {movesTo(WS::WaitingSellerAccept), kWrongStage, kWrongStage, kWrongStage, kTooEarly}},
      {WS::WaitingSellerAccept, {kWrongStage, kWrongStage, kWrongStage, movesTo(WS::WaitingSellerAccept), kTooEarly}},
      {WS::WaitingDelivery, {kWrongStage, kWrongStage, kWrongStage, movesTo(WS::WaitingDelivery), kTooEarly}},
      {WS::WaitingBuyerConfirm, {kWrongStage, movesTo(WS::Completed), movesTo(WS::WaitingDelivery), kWrongStage, kTooEarly}},
      {WS::Completed, {kClosed, kClosed, kClosed, kClosed, kClosed}},
      {WS::Cancelled, {kClosed, kClosed, kClosed, kClosed, kClosed}},
      {WS::Appealing, {kFrozen, kFrozen, kFrozen, kFrozen, kFrozen}},
  };
  expectEveryActionInEveryStage(table, applyBuyerAction);
}

TEST(ServiceFlow, EverySellerActionInEveryStage) {
  // Columns: accept, reject request, deliver.
  const std::vector<ActionRow<SellerAction>> table = {
      {WS::WaitingRequest, {kWrongStage, kWrongStage, kWrongStage}},
      {WS::WaitingSellerAccept, {movesTo(WS::WaitingDelivery), movesTo(WS::WaitingRequest), kWrongStage}},
      {WS::WaitingDelivery, {kWrongStage, kWrongStage, movesTo(WS::WaitingBuyerConfirm)}},
      {WS::WaitingBuyerConfirm, {kWrongStage, kWrongStage, kWrongStage}},
      {WS::Completed, {kClosed, kClosed, kClosed}},
      {WS::Cancelled, {kClosed, kClosed, kClosed}},
      {WS::Appealing, {kFrozen, kFrozen, kFrozen}},
  };
  expectEveryActionInEveryStage(table, applySellerAction);
}

TEST(ServiceFlow, AppealDecisionsOnlyWhileAppealing) {
  for (FlowStage stage : allEnumValues<FlowStage>()) {
    const FlowState state = stateIn(stage);
    const std::string name(toString(stage));
    if (stage == FlowStage::Appealing) {
      expectOutcome(applyAppealDecision(state, AppealDecision::Resume, kNow), movesTo(WS::WaitingDelivery), name);
      expectOutcome(applyAppealDecision(state, AppealDecision::Complete, kNow), movesTo(WS::Completed), name);
      expectOutcome(applyAppealDecision(state, AppealDecision::Cancel, kNow), movesTo(WS::Cancelled), name);
    } else {
      for (AppealDecision decision : allEnumValues<AppealDecision>())
        expectOutcome(applyAppealDecision(state, decision, kNow), kWrongStage, name + " " + std::string(toString(decision)));
    }
  }
}

TEST(ServiceFlow, MovesRecordActorEventAndTime) {
  struct Move {
    TransitionResult result;
    FlowEventKind event;
    Actor actor;
    FlowStage from;
  };
  const std::vector<Move> moves = {
      {applyBuyerAction(stateIn(WS::WaitingRequest), BuyerAction::SubmitRequest, kNow), FlowEventKind::RequestSubmitted, Actor::Buyer, WS::WaitingRequest},
      {applySellerAction(stateIn(WS::WaitingSellerAccept), SellerAction::AcceptRequest, kNow), FlowEventKind::RequestAccepted, Actor::Seller, WS::WaitingSellerAccept},
      {applySellerAction(stateIn(WS::WaitingSellerAccept), SellerAction::RejectRequest, kNow), FlowEventKind::RequestRejected, Actor::Seller, WS::WaitingSellerAccept},
      {applySellerAction(stateIn(WS::WaitingDelivery), SellerAction::Deliver, kNow), FlowEventKind::ServiceDelivered, Actor::Seller, WS::WaitingDelivery},
      {applyBuyerAction(stateIn(WS::WaitingBuyerConfirm), BuyerAction::RejectDelivery, kNow), FlowEventKind::DeliveryRejected, Actor::Buyer, WS::WaitingBuyerConfirm},
      {applyBuyerAction(stateIn(WS::WaitingBuyerConfirm), BuyerAction::ConfirmAcceptance, kNow), FlowEventKind::AcceptanceConfirmed, Actor::Buyer, WS::WaitingBuyerConfirm},
      {applyBuyerAction(stateIn(WS::WaitingDelivery), BuyerAction::Remind, kNow), FlowEventKind::ReminderSent, Actor::Buyer, WS::WaitingDelivery},
      {applyAppealDecision(stateIn(WS::Appealing), AppealDecision::Cancel, kNow), FlowEventKind::AppealResolved, Actor::Operations, WS::Appealing},
      {closeFlow(stateIn(WS::WaitingRequest), WS::Cancelled, kNow), FlowEventKind::FlowClosed, Actor::System, WS::WaitingRequest},
  };
  for (const Move& move : moves) {
    SCOPED_TRACE(std::string(toString(move.event)));
    ASSERT_TRUE(move.result.ok()) << move.result.error().message;
    EXPECT_EQ(move.result->event, move.event);
    EXPECT_EQ(move.result->actor, move.actor);
    EXPECT_EQ(move.result->fromStage, move.from);
    const FlowEvent event = makeFlowEvent(move.result.value(), 9, kNow, "note");
    EXPECT_EQ(event.sequence, 9);
    EXPECT_EQ(event.kind, move.event);
    EXPECT_EQ(event.actor, move.actor);
    EXPECT_EQ(event.fromStage, move.from);
    EXPECT_EQ(event.toStage, move.result->toStage);
    EXPECT_EQ(event.time, kNow);
    EXPECT_EQ(event.note, "note");
  }
}

TEST(ServiceFlow, StageChangesRestartTheIdleClockButRemindersDoNot) {
  const auto accepted = applySellerAction(stateIn(WS::WaitingSellerAccept), SellerAction::AcceptRequest, kNow);
  ASSERT_TRUE(accepted.ok());
  EXPECT_EQ(accepted->state.stageEnteredTime, kNow);

  const auto reminded = applyBuyerAction(stateIn(WS::WaitingDelivery), BuyerAction::Remind, kNow);
  ASSERT_TRUE(reminded.ok());
  EXPECT_EQ(reminded->state.stageEnteredTime, kEntered);
  EXPECT_EQ(reminded->state.lastReminderTime, kNow);
}

TEST(ServiceFlow, RejectionsAreCountedPerSide) {
  const auto sellerRejected = applySellerAction(stateIn(WS::WaitingSellerAccept), SellerAction::RejectRequest, kNow);
  ASSERT_TRUE(sellerRejected.ok());
  EXPECT_EQ(sellerRejected->state.requestRejections, 1);
  EXPECT_EQ(sellerRejected->state.deliveryRejections, 0);

  const auto buyerRejected = applyBuyerAction(stateIn(WS::WaitingBuyerConfirm), BuyerAction::RejectDelivery, kNow);
  ASSERT_TRUE(buyerRejected.ok());
  EXPECT_EQ(buyerRejected->state.requestRejections, 0);
  EXPECT_EQ(buyerRejected->state.deliveryRejections, 1);
}

TEST(ServiceFlow, CompletionAndCancellationAreFlagged) {
  const auto confirmed = applyBuyerAction(stateIn(WS::WaitingBuyerConfirm), BuyerAction::ConfirmAcceptance, kNow);
  ASSERT_TRUE(confirmed.ok());
  EXPECT_TRUE(confirmed->completed);
  EXPECT_FALSE(confirmed->cancelled);

  const auto cancelled = applyAppealDecision(stateIn(WS::Appealing), AppealDecision::Cancel, kNow);
  ASSERT_TRUE(cancelled.ok());
  EXPECT_TRUE(cancelled->cancelled);
  EXPECT_FALSE(cancelled->state.frozenStage.has_value());

  const auto moved = applySellerAction(stateIn(WS::WaitingDelivery), SellerAction::Deliver, kNow);
  ASSERT_TRUE(moved.ok());
  EXPECT_FALSE(moved->completed);
  EXPECT_FALSE(moved->cancelled);
}

TEST(ServiceFlow, RefusalsSayWhyInWords) {
  const auto submit = applyBuyerAction(stateIn(WS::WaitingDelivery), BuyerAction::SubmitRequest, kNow);
  ASSERT_FALSE(submit.ok());
  EXPECT_EQ(submit.error().message,
            "Submit Request is only possible while the flow waits for your request; the flow is now "
            "\"Waiting for the seller to provide the service\"");
  EXPECT_EQ(buyerActionRefusal(stateIn(WS::Completed), BuyerAction::Remind, kNow)->message,
            "The service flow is already completed");
  EXPECT_EQ(buyerActionRefusal(stateIn(WS::Appealing), BuyerAction::ConfirmAcceptance, kNow)->message,
            "The flow is frozen by an appeal until the marketplace's operations staff decide");
  EXPECT_FALSE(buyerActionRefusal(stateIn(WS::WaitingRequest), BuyerAction::SubmitRequest, kNow).has_value());
}

TEST(ServiceFlow, AllowedBuyerActionsFollowTheTable) {
  using BA = BuyerAction;
  EXPECT_EQ(allowedBuyerActions(stateIn(WS::WaitingRequest), kNow), (std::vector<BA>{BA::SubmitRequest}));
  EXPECT_EQ(allowedBuyerActions(stateIn(WS::WaitingSellerAccept), kNow), (std::vector<BA>{BA::Remind}));
  EXPECT_EQ(allowedBuyerActions(stateIn(WS::WaitingDelivery), kNow), (std::vector<BA>{BA::Remind}));
  EXPECT_EQ(allowedBuyerActions(stateIn(WS::WaitingBuyerConfirm), kNow),
            (std::vector<BA>{BA::ConfirmAcceptance, BA::RejectDelivery}));
  EXPECT_TRUE(allowedBuyerActions(stateIn(WS::Completed), kNow).empty());
  EXPECT_TRUE(allowedBuyerActions(stateIn(WS::Cancelled), kNow).empty());
  EXPECT_TRUE(allowedBuyerActions(stateIn(WS::Appealing), kNow).empty());
}

TEST(ServiceFlow, CloseFlowOnlyClosesOpenOrFrozenFlows) {
  for (FlowStage stage : allEnumValues<FlowStage>()) {
    const std::string name(toString(stage));
    const bool closable = stage != WS::Completed && stage != WS::Cancelled;
    expectOutcome(closeFlow(stateIn(stage), WS::Completed, kNow), closable ? movesTo(WS::Completed) : kClosed, name);
    expectOutcome(closeFlow(stateIn(stage), WS::Cancelled, kNow), closable ? movesTo(WS::Cancelled) : kClosed, name);
  }
  expectOutcome(closeFlow(stateIn(WS::WaitingRequest), WS::WaitingDelivery, kNow), kWrongStage, "not an outcome");
}

TEST(ServiceFlow, AutoCloseAfter365Days) {
  const Timestamp paid = kEntered;
  const Timestamp due = addDays(paid, 365);
  EXPECT_FALSE(autoCloseIfDue(stateIn(WS::WaitingDelivery), paid, true, due - std::chrono::seconds{1}).has_value());
  const auto invoiced = autoCloseIfDue(stateIn(WS::WaitingDelivery), paid, true, due);
  ASSERT_TRUE(invoiced.has_value());
  EXPECT_EQ(invoiced->toStage, WS::Completed);
  EXPECT_TRUE(invoiced->completed);
  const auto unpaid = autoCloseIfDue(stateIn(WS::Appealing), paid, false, due);
  ASSERT_TRUE(unpaid.has_value());
  EXPECT_EQ(unpaid->toStage, WS::Cancelled);
  EXPECT_EQ(unpaid->event, FlowEventKind::FlowClosed);
  EXPECT_FALSE(autoCloseIfDue(stateIn(WS::Completed), paid, true, addDays(due, 10)).has_value());
}

TEST(ServiceFlow, AHappyPathFromPaymentToCompletion) {
  FlowState state = initialFlowState(kEntered);
  Timestamp now = kEntered;
  auto step = [&](const TransitionResult& result) {
    ASSERT_TRUE(result.ok()) << result.error().message;
    state = result->state;
    now += std::chrono::hours{5};
  };
  step(applyBuyerAction(state, BuyerAction::SubmitRequest, now));
  step(applySellerAction(state, SellerAction::RejectRequest, now));
  step(applyBuyerAction(state, BuyerAction::SubmitRequest, now));
  step(applySellerAction(state, SellerAction::AcceptRequest, now));
  step(applyBuyerAction(state, BuyerAction::Remind, now));
  step(applySellerAction(state, SellerAction::Deliver, now));
  step(applyBuyerAction(state, BuyerAction::RejectDelivery, now));
  step(applySellerAction(state, SellerAction::Deliver, now));
  const auto confirmed = applyBuyerAction(state, BuyerAction::ConfirmAcceptance, now);
  ASSERT_TRUE(confirmed.ok());
  EXPECT_TRUE(confirmed->completed);
  EXPECT_EQ(confirmed->state.requestRejections, 1);
  EXPECT_EQ(confirmed->state.deliveryRejections, 1);
  EXPECT_EQ(orderStatusForStage(confirmed->state.stage), OrderStatus::Completed);
}

}  // namespace
}  // namespace koo
