// Drawing the Unsubscribe entry point from the backend's eligibility answer.
#include "unsubscribe_entry.h"

#include "imgui.h"

namespace koo::ui {

void UnsubscribeEntry::load(PageEnv& env, const std::string& order) {
  if (order != orderId) candidate.reset();  // never show another order's answer
  orderId = order;
  env.client.orderUnsubscription(orderId, candidate.start());
}

Route unsubscribeRoute(const std::string& orderId) { return Route{View::Unsubscribe, orderId, {}}; }
Route unsubscriptionRoute(const std::string& requestId) { return Route{View::UnsubscriptionDetails, requestId, {}}; }

Tone unsubscriptionTone(UnsubscriptionStatus status) {
  switch (status) {
    case UnsubscriptionStatus::PendingSellerReview: return Tone::Info;
    case UnsubscriptionStatus::ApprovedRefunding: return Tone::Warning;
    case UnsubscriptionStatus::Refunded: return Tone::Success;
    case UnsubscriptionStatus::Rejected: return Tone::Danger;
    case UnsubscriptionStatus::Withdrawn: return Tone::Neutral;
  }
  return Tone::Neutral;
}

std::optional<Route> drawUnsubscribeEntry(Ui& ui, const UnsubscribeEntry& entry) {
  std::optional<Route> go;
  const UnsubscriptionCandidate* candidate = entry.candidate.value();
  IdScope id("unsubscribe-entry");
  if (!candidate) {
    if (entry.candidate.error() && !entry.candidate.loading()) mutedText(ui, tr("unsub.check_failed"));
    return go;
  }
  ImGui::PushTextWrapPos(0.0f);
  if (candidate->openRequestId) {
    toneText(ui, tr("unsub.open_request_note", {{"id", *candidate->openRequestId}}), Tone::Info);
    if (textLink(ui, tr("unsub.view_request", {{"id", *candidate->openRequestId}})))
      go = unsubscriptionRoute(*candidate->openRequestId);
  } else if (candidate->eligible) {
    if (button(ui, tr("unsub.unsubscribe"))) go = unsubscribeRoute(candidate->orderId);
  } else {
    button(ui, tr("unsub.unsubscribe"), /*disabled=*/true);
    mutedText(ui, tr("unsub.not_available", {{"reason", candidate->refusal ? candidate->refusal->message : ""}}));
  }
  ImGui::PopTextWrapPos();
  return go;
}

}  // namespace koo::ui
