// The rules of service supervision as pure functions: which buyer, seller and operations action
// moves the flow from which stage, when an appeal is available, and what completion or a
// provisioning failure does to the order and the purchased app. Time comes in as `now`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain.h"
#include "result.h"

namespace koo {

namespace flow_rules {
constexpr std::int64_t kAppealAfterSellerIdleSeconds = 5 * kSecondsPerDay;
constexpr int kAppealAfterRejections = 3;
constexpr std::int64_t kReminderIntervalSeconds = kSecondsPerDay;
constexpr std::int64_t kAutoCloseAfterSeconds = 365 * kSecondsPerDay;
}  // namespace flow_rules

enum class RefusalCode {
  WrongStage,      // the action belongs to another stage
  FlowFrozen,      // an appeal froze the flow
  FlowClosed,      // completed or cancelled
  AppealTooEarly,  // neither kAppealAfterSellerIdleSeconds of seller idleness nor kAppealAfterRejections yet
  ReminderTooSoon, // one reminder per kReminderIntervalSeconds
  OrderNotOpen,    // provisioning failure of an order already completed or cancelled
};

// Why an action is refused, in words the console can show as is.
struct Refusal {
  RefusalCode code = RefusalCode::WrongStage;
  std::string message;
};

// One accepted move: the state after it and the history line it leaves.
struct FlowTransition {
  FlowState state;
  FlowEventKind event = FlowEventKind::OrderPaid;
  Actor actor = Actor::System;
  FlowStage fromStage = FlowStage::WaitingRequest;
  FlowStage toStage = FlowStage::WaitingRequest;
  bool completed = false;  // the flow just reached COMPLETED: complete the order, show the app
  bool cancelled = false;  // the flow just reached CANCELLED: cancel the order
};

using TransitionResult = Expected<FlowTransition, Refusal>;

// The state of a flow whose order was just paid.
FlowState initialFlowState(Timestamp paidTime);

bool isOpenStage(FlowStage stage);          // a stage where someone must act (not frozen or closed)
bool isSellersTurn(FlowStage stage);        // WAITING_SELLER_ACCEPT, WAITING_DELIVERY

TransitionResult applyBuyerAction(const FlowState& state, BuyerAction action, Timestamp now);
TransitionResult applySellerAction(const FlowState& state, SellerAction action, Timestamp now);
// The marketplace's operations staff decide an appeal: resume the frozen stage (counters and
// the idle clock start afresh), complete the flow, or cancel it.
TransitionResult applyAppealDecision(const FlowState& state, AppealDecision decision, Timestamp now);
// Closes a flow that is still open (or frozen) by the system, as COMPLETED or CANCELLED.
TransitionResult closeFlow(const FlowState& state, FlowStage outcome, Timestamp now);
// kAutoCloseAfterSeconds after payment an unfinished flow closes: completed if invoiced, else cancelled.
std::optional<FlowTransition> autoCloseIfDue(const FlowState& state, Timestamp paidTime, bool invoiced,
                                             Timestamp now);

std::optional<Refusal> buyerActionRefusal(const FlowState& state, BuyerAction action, Timestamp now);
std::vector<BuyerAction> allowedBuyerActions(const FlowState& state, Timestamp now);
AppealAvailability appealAvailability(const FlowState& state, Timestamp now);
// Why an appeal is (not yet) possible, in the current language, for what `appeal` decided about
// this state; `now` counts the wait. appealAvailability words its reason with it, and the
// console words the server's decision with it in the buyer's language.
std::string explainAppeal(const FlowState& state, const AppealAvailability& appeal, Timestamp now);

// A history line for `transition`; `note` carries a reason or message when the action had one.
FlowEvent makeFlowEvent(const FlowTransition& transition, std::int64_t sequence, Timestamp time,
                        std::optional<std::string> note = std::nullopt);

// Billing Center status of a supervised order in each stage.
OrderStatus orderStatusForStage(FlowStage stage);

struct Validity {
  Timestamp effectiveTime;
  std::optional<Timestamp> expiryTime;
};
Timestamp addPeriod(Timestamp start, const BillingPeriod& period);
// Validity of an app from the moment it is accepted (or from the seller's enabling time):
// a product with a period expires one period later; one without never expires.
Validity validityFrom(Timestamp acceptedTime, const std::optional<Timestamp>& enablingTime,
                      const std::optional<BillingPeriod>& period);

// Whether an order's instance is listed in Purchased Apps: the order completed, the instance
// exists, and a supervised order's flow completed.
bool appearsInPurchasedApps(const Order& order, std::optional<FlowStage> flowStage);
ResourceStatus resourceStatusAt(const std::optional<Timestamp>& expiryTime, bool frozen, Timestamp now);

// Provisioning failed for good (the marketplace stopped retrying): the order is cancelled with a
// reason. Refused for orders already completed or cancelled.
Expected<Order, Refusal> applyProvisioningFailure(const Order& order, const std::optional<std::string>& reason);

}  // namespace koo
