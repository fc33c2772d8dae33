// How Service Supervision shows a flow: the tone of each stage's badge, who did what in the
// history, and the stepper (Submit request -> ... -> Completed) with the current step marked.
#pragma once

#include <optional>
#include <string>

#include "core/domain.h"
#include "widgets_data.h"

namespace koo::ui {

// Warning when the buyer must act, Info while the seller works, Danger while an appeal runs.
Tone stageTone(FlowStage stage);

// "You", the seller's name, "Marketplace operations", "System".
std::string actorLabel(Actor actor, const std::string& sellerName);

// The step of the stepper a flow is on (0 = Submit request ... 4 = Completed); an appeal shows
// the step it froze; nullopt for a cancelled flow.
std::optional<int> currentStep(const FlowState& flow);

// The five steps in a row, each a Text node ("Seller accepts") whose value says "done",
// "current", "frozen" or "to do"; the current one has state kCurrent. Below them a badge says
// when an appeal froze the flow or it was cancelled.
void drawFlowStepper(Ui& ui, const SupervisedOrderDetails& details);

}  // namespace koo::ui
