// The appeal rules with time: 5 days without seller progress while the flow waits for the seller,
// or 3 rejections either way; an appeal freezes the flow; reminders once per 24 hours.
#include <gtest/gtest.h>

#include "core/service_flow.h"
#include "samples.h"

namespace koo {
namespace {

const Timestamp kEntered = samples::at("2025-01-10T00:00:00Z");

FlowState waitingFor(FlowStage stage, int requestRejections = 0, int deliveryRejections = 0) {
  FlowState state = initialFlowState(kEntered);
  state.stage = stage;
  state.requestRejections = requestRejections;
  state.deliveryRejections = deliveryRejections;
  return state;
}

Timestamp after(std::int64_t seconds) { return kEntered + std::chrono::seconds{seconds}; }
constexpr std::int64_t kDay = kSecondsPerDay;

TEST(AppealRules, FiveIdleDaysWhileTheFlowWaitsForTheSeller) {
  for (FlowStage stage : {FlowStage::WaitingSellerAccept, FlowStage::WaitingDelivery}) {
    SCOPED_TRACE(std::string(toString(stage)));
    const FlowState state = waitingFor(stage);
    const AppealAvailability early = appealAvailability(state, after(3 * kDay));
    EXPECT_FALSE(early.available);
    EXPECT_EQ(early.availableFrom, after(5 * kDay));
    EXPECT_EQ(early.reason, "Appeal is available after 5 days without seller progress (in 2 days)");

    const AppealAvailability lastSecond = appealAvailability(state, after(5 * kDay - 1));
    EXPECT_FALSE(lastSecond.available);
    EXPECT_EQ(lastSecond.reason, "Appeal is available after 5 days without seller progress (in 1 minute)");
    EXPECT_EQ(appealAvailability(state, after(5 * kDay - 3 * 3600)).reason,
              "Appeal is available after 5 days without seller progress (in 3 hours)");

    const AppealAvailability due = appealAvailability(state, after(5 * kDay));
    EXPECT_TRUE(due.available);
    EXPECT_EQ(due.reason, "The seller has not moved the flow for more than 5 days");

    const auto refused = applyBuyerAction(state, BuyerAction::Appeal, after(5 * kDay - 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, RefusalCode::AppealTooEarly);
    EXPECT_EQ(refused.error().message, lastSecond.reason);

    const auto appealed = applyBuyerAction(state, BuyerAction::Appeal, after(5 * kDay));
    ASSERT_TRUE(appealed.ok());
    EXPECT_EQ(appealed->state.stage, FlowStage::Appealing);
    EXPECT_EQ(appealed->state.frozenStage, stage);
    EXPECT_EQ(appealed->event, FlowEventKind::AppealInitiated);
  }
}

TEST(AppealRules, IdleTimeDoesNotCountWhileTheFlowWaitsForTheBuyer) {
  for (FlowStage stage : {FlowStage::WaitingRequest, FlowStage::WaitingBuyerConfirm}) {
    SCOPED_TRACE(std::string(toString(stage)));
    const AppealAvailability availability = appealAvailability(waitingFor(stage, 2, 2), after(30 * kDay));
    EXPECT_FALSE(availability.available);
    EXPECT_FALSE(availability.availableFrom.has_value());
    EXPECT_EQ(availability.reason,
              "Appeal is available after 5 days without seller progress or after 3 rejections; the flow is now "
              "waiting for you");
  }
}

TEST(AppealRules, ThreeRejectionsEitherWayInAnyOpenStage) {
  const std::vector<FlowStage> open = {FlowStage::WaitingRequest, FlowStage::WaitingSellerAccept,
                                       FlowStage::WaitingDelivery, FlowStage::WaitingBuyerConfirm};
  for (FlowStage stage : open) {
    SCOPED_TRACE(std::string(toString(stage)));
    const AppealAvailability byRequests = appealAvailability(waitingFor(stage, 3, 0), kEntered);
    EXPECT_TRUE(byRequests.available);
    EXPECT_EQ(byRequests.reason, "The seller rejected your request 3 times");
    const AppealAvailability byDeliveries = appealAvailability(waitingFor(stage, 0, 3), kEntered);
    EXPECT_TRUE(byDeliveries.available);
    EXPECT_EQ(byDeliveries.reason, "You rejected the delivery 3 times");
    EXPECT_TRUE(applyBuyerAction(waitingFor(stage, 0, 3), BuyerAction::Appeal, kEntered).ok());
  }
}

TEST(AppealRules, ClosedAndFrozenFlowsCannotBeAppealed) {
  FlowState appealing = waitingFor(FlowStage::Appealing, 3, 3);
  appealing.frozenStage = FlowStage::WaitingRequest;
  EXPECT_EQ(appealAvailability(appealing, after(10 * kDay)).reason, "An appeal is already in progress");
  EXPECT_FALSE(appealAvailability(appealing, after(10 * kDay)).available);
  EXPECT_EQ(applyBuyerAction(appealing, BuyerAction::Appeal, after(10 * kDay)).error().code, RefusalCode::FlowFrozen);
  for (FlowStage closed : {FlowStage::Completed, FlowStage::Cancelled}) {
    const FlowState state = waitingFor(closed, 3, 3);
    EXPECT_FALSE(appealAvailability(state, after(10 * kDay)).available);
    EXPECT_EQ(applyBuyerAction(state, BuyerAction::Appeal, after(10 * kDay)).error().code, RefusalCode::FlowClosed);
  }
}

TEST(AppealRules, ThreeSellerRejectionsThenAppealFreezesTheFlowUntilDecided) {
  FlowState state = initialFlowState(kEntered);
  Timestamp now = kEntered;
  for (int round = 1; round <= 3; ++round) {
    EXPECT_FALSE(appealAvailability(state, now).available) << "round " << round;
    auto submitted = applyBuyerAction(state, BuyerAction::SubmitRequest, now);
    ASSERT_TRUE(submitted.ok());
    auto rejected = applySellerAction(submitted->state, SellerAction::RejectRequest, now + std::chrono::hours{1});
    ASSERT_TRUE(rejected.ok());
    state = rejected->state;
    now += std::chrono::hours{2};
  }
  EXPECT_EQ(allowedBuyerActions(state, now), (std::vector<BuyerAction>{BuyerAction::SubmitRequest, BuyerAction::Appeal}));

  const auto appealed = applyBuyerAction(state, BuyerAction::Appeal, now);
  ASSERT_TRUE(appealed.ok());
  state = appealed->state;
  EXPECT_EQ(state.frozenStage, FlowStage::WaitingRequest);
  for (SellerAction action : allEnumValues<SellerAction>())
    EXPECT_EQ(applySellerAction(state, action, now).error().code, RefusalCode::FlowFrozen);
  EXPECT_TRUE(allowedBuyerActions(state, now).empty());

  const auto resumed = applyAppealDecision(state, AppealDecision::Resume, now + std::chrono::hours{1});
  ASSERT_TRUE(resumed.ok());
  EXPECT_EQ(resumed->state.stage, FlowStage::WaitingRequest);
  EXPECT_FALSE(resumed->state.frozenStage.has_value());
  EXPECT_EQ(resumed->state.requestRejections, 0);
  EXPECT_EQ(resumed->state.stageEnteredTime, now + std::chrono::hours{1});
  EXPECT_FALSE(appealAvailability(resumed->state, now + std::chrono::hours{2}).available);
}

TEST(AppealRules, SellerProgressRestartsTheIdleClock) {
  const auto accepted = applySellerAction(waitingFor(FlowStage::WaitingSellerAccept), SellerAction::AcceptRequest, after(4 * kDay));
  ASSERT_TRUE(accepted.ok());
  const AppealAvailability availability = appealAvailability(accepted->state, after(6 * kDay));
  EXPECT_FALSE(availability.available);
  EXPECT_EQ(availability.availableFrom, after(9 * kDay));
  EXPECT_EQ(availability.reason, "Appeal is available after 5 days without seller progress (in 3 days)");
}

TEST(AppealRules, RemindersDoNotDelayTheAppeal) {
  const auto reminded = applyBuyerAction(waitingFor(FlowStage::WaitingDelivery), BuyerAction::Remind, after(4 * kDay));
  ASSERT_TRUE(reminded.ok());
  EXPECT_TRUE(appealAvailability(reminded->state, after(5 * kDay)).available);
  EXPECT_TRUE(allowedBuyerActions(reminded->state, after(5 * kDay - 1)).empty());
  EXPECT_EQ(allowedBuyerActions(reminded->state, after(5 * kDay)),
            (std::vector<BuyerAction>{BuyerAction::Remind, BuyerAction::Appeal}));
}

TEST(AppealRules, OneReminderPerDay) {
  const auto first = applyBuyerAction(waitingFor(FlowStage::WaitingSellerAccept), BuyerAction::Remind, after(kDay));
  ASSERT_TRUE(first.ok());
  const auto tooSoon = applyBuyerAction(first->state, BuyerAction::Remind, after(2 * kDay - 3600));
  ASSERT_FALSE(tooSoon.ok());
  EXPECT_EQ(tooSoon.error().code, RefusalCode::ReminderTooSoon);
  EXPECT_EQ(tooSoon.error().message,
            "You reminded the seller less than 24 hours ago (next reminder possible in 1 hour)");
  const auto nextDay = applyBuyerAction(first->state, BuyerAction::Remind, after(2 * kDay));
  ASSERT_TRUE(nextDay.ok());
  EXPECT_EQ(nextDay->state.lastReminderTime, after(2 * kDay));
}

}  // namespace
}  // namespace koo
