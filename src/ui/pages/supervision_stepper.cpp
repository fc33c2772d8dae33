// The service flow drawn for the buyer: stage tones, actor names and the five-step stepper.
#include "supervision_stepper.h"

#include <algorithm>
#include <array>

#include "core/format.h"
#include "imgui.h"
#include "theme.h"

namespace koo::ui {
namespace {
constexpr std::array<const char*, 5> kSteps = {"stepper.submit_request", "stepper.seller_accepts",
                                               "stepper.seller_delivers", "stepper.you_confirm", "stepper.completed"};

std::optional<int> stepOf(FlowStage stage) {
  switch (stage) {
    case FlowStage::WaitingRequest: return 0;
    case FlowStage::WaitingSellerAccept: return 1;
    case FlowStage::WaitingDelivery: return 2;
    case FlowStage::WaitingBuyerConfirm: return 3;
    case FlowStage::Completed: return 4;
    case FlowStage::Appealing:
    case FlowStage::Cancelled: break;
  }
  return std::nullopt;
}

// One step: a numbered circle on the line joining the steps, its label below (or, `vertical`,
// on a narrow console: beside it, the line running down). `value` is "done", "current",
// "frozen" or "to do"; the semantics tree gets it in the buyer's language.
void drawStep(Ui& ui, int index, float width, std::string_view value, bool current, bool last, bool vertical) {
  const bool done = value == "done";
  const bool frozen = value == "frozen";
  const ImVec4 color = frozen ? theme::palette().danger : current ? theme::palette().accent : done ? theme::palette().success : theme::palette().divider;
  ImGui::BeginGroup();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float radius = 11.0f;
  const ImVec2 center(pos.x + radius + 1, pos.y + radius + 1);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float below = pos.y + radius * 2 + 4 + ImGui::GetStyle().ItemSpacing.y;  // where the next step starts
  if (!last)
    draw->AddLine(vertical ? ImVec2(center.x, center.y + radius + 3) : ImVec2(center.x + radius + 4, center.y),
                  vertical ? ImVec2(center.x, below + 1) : ImVec2(pos.x + width - 6, center.y),
                  ImGui::GetColorU32(done ? theme::palette().success : theme::palette().divider), 2.0f);
  if (done || current || frozen)
    draw->AddCircleFilled(center, radius, ImGui::GetColorU32(color));
  else
    draw->AddCircle(center, radius, ImGui::GetColorU32(theme::palette().muted), 0, 1.5f);
  const std::string number = std::to_string(index + 1);
  const ImVec2 numberSize = ImGui::CalcTextSize(number.c_str());
  draw->AddText(ImVec2(center.x - numberSize.x / 2, center.y - numberSize.y / 2),
                ImGui::GetColorU32(done || current || frozen ? theme::palette().surface : theme::palette().muted), number.c_str());
  ImGui::Dummy(ImVec2(vertical ? radius * 2 + 4 : width - 8, radius * 2 + 4));
  if (vertical) {
    ImGui::SameLine(0, 10);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (radius * 2 + 4 - ImGui::GetTextLineHeight()) / 2);
  }
  ImGui::PushStyleColor(ImGuiCol_Text, current || frozen ? color : done ? theme::palette().text : theme::palette().muted);
  const std::string& label = tr(kSteps[static_cast<std::size_t>(index)]);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopStyleColor();
  ImGui::EndGroup();  // the step's node covers its circle and label
  const std::string valueKey = "stepper.state." + std::string(value == "to do" ? "to_do" : value);
  // A list item the keyboard reaches with the arrows (the mirror's roving focus); aria-current=step.
  recordItem(ui, Role::ListItem, label, current ? kCurrent : kNone, tr(valueKey));
}
}  // namespace

Tone stageTone(FlowStage stage) {
  switch (stage) {
    case FlowStage::WaitingRequest:
    case FlowStage::WaitingBuyerConfirm: return Tone::Warning;
    case FlowStage::WaitingSellerAccept:
    case FlowStage::WaitingDelivery: return Tone::Info;
    case FlowStage::Completed: return Tone::Success;
    case FlowStage::Appealing: return Tone::Danger;
    case FlowStage::Cancelled: return Tone::Neutral;
  }
  return Tone::Neutral;
}

std::string actorLabel(Actor actor, const std::string& sellerName) {
  switch (actor) {
    case Actor::Buyer: return tr("actor.you");
    case Actor::Seller: return sellerName.empty() ? tr("actor.seller") : sellerName;
    case Actor::Operations: return tr("actor.operations");
    case Actor::System: return tr("actor.system");
  }
  return tr("actor.system");
}

std::optional<int> currentStep(const FlowState& flow) {
  if (flow.stage == FlowStage::Appealing) return flow.frozenStage ? stepOf(*flow.frozenStage) : std::nullopt;
  return stepOf(flow.stage);
}

void drawFlowStepper(Ui& ui, const SupervisedOrderDetails& details) {
  const FlowState& flow = details.flow;
  const std::optional<int> current = currentStep(flow);
  const bool frozen = flow.stage == FlowStage::Appealing;
  const bool completed = flow.stage == FlowStage::Completed;
  const float width = ImGui::GetContentRegionAvail().x / static_cast<float>(kSteps.size());
  // Steps side by side while every label fits its share of the width, else one under another.
  float widestLabel = 0;
  for (const char* step : kSteps) widestLabel = std::max(widestLabel, ImGui::CalcTextSize(tr(step).c_str()).x);
  const bool vertical = widestLabel + 12 > width;

  ImGui::BeginGroup();
  ui.semantics.add(SemanticNode{ImGui::GetID("flow-steps"), Role::List, tr("stepper.region"), {}, kNone, 0, {}});
  ui.semantics.openGroup();
  for (int i = 0; i < static_cast<int>(kSteps.size()); ++i) {
    if (i > 0 && !vertical) ImGui::SameLine(0, 8);
    const bool isCurrent = current && *current == i;
    const char* value = "to do";
    if (current && (i < *current || (completed && i == *current))) value = "done";
    if (isCurrent && !completed) value = frozen ? "frozen" : "current";
    drawStep(ui, i, width, value, isCurrent, i + 1 == static_cast<int>(kSteps.size()), vertical);
  }
  ui.semantics.closeGroup();
  ImGui::EndGroup();

  if (frozen) {
    statusBadge(ui, labelOf(flow.stage), Tone::Danger);
    ImGui::SameLine();
    mutedText(ui, tr("stepper.frozen_note"));
  } else if (flow.stage == FlowStage::Cancelled) {
    statusBadge(ui, labelOf(flow.stage), Tone::Danger);
    ImGui::SameLine();
    mutedText(ui, tr("stepper.cancelled_note",
                     {{"reason", details.order.statusReason.value_or(tr("stepper.cancelled_reason"))}}));
  }
}

}  // namespace koo::ui
