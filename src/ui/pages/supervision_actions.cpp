// The actions panel of a supervised order: request form, action buttons, dialogs, and the
// bookkeeping that makes one confirmed intent one request.
#include "supervision_actions.h"

#include <algorithm>

#include "core/base64.h"
#include "core/format.h"
#include "core/request_form.h"
#include "core/service_flow.h"
#include "core/text.h"
#include "imgui.h"
#include "page_env.h"
#include "widgets_data.h"
#include "widgets_data.h"
#include "widgets_feedback.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {
constexpr const char* kAttachmentContentType = "text/plain";

bool allows(const SupervisedOrderDetails& details, BuyerAction action) {
  return std::find(details.allowedActions.begin(), details.allowedActions.end(), action) !=
         details.allowedActions.end();
}

std::string failureTitle(BuyerAction action) {
  switch (action) {
    case BuyerAction::SubmitRequest: return "Could not submit your request";
    case BuyerAction::ConfirmAcceptance: return "Could not confirm acceptance";
    case BuyerAction::RejectDelivery: return "Could not reject the delivery";
    case BuyerAction::Remind: return "Could not send the reminder";
    case BuyerAction::Appeal: return "Could not initiate the appeal";
  }
  return "The action failed";
}

// A modal with a text area for a reason or message; it stays open until the text is acceptable.
DialogChoice reasonDialog(Ui& ui, const std::string& title, std::string_view message, std::string_view label,
                          std::string& text, bool required, std::string_view confirmLabel,
                          std::optional<std::string>& problem) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(480, 0));
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
    return DialogChoice::Cancelled;
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ui.semantics.add(SemanticNode{ImGui::GetID("##dialog"), Role::Dialog, title, {}, kNone, 0,
                                Rect{pos.x, pos.y, size.x, size.y}});
  ui.semantics.openGroup();
  ImGui::TextWrapped("%.*s", static_cast<int>(message.size()), message.data());
  recordItem(ui, Role::Text, message);
  ImGui::Spacing();
  if (problem) problem = reasonProblem(text, required);  // clears as the buyer fixes it
  textArea(ui, label, text, 90, problem.value_or(""));
  mutedText(ui, std::to_string(characterCount(text)) + " / " + std::to_string(limits::kReason) + " characters");
  ImGui::Spacing();
  DialogChoice choice = DialogChoice::Open;
  if (button(ui, confirmLabel)) {
    problem = reasonProblem(text, required);
    if (!problem) choice = DialogChoice::Confirmed;
  }
  ImGui::SameLine();
  if (button(ui, "Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) choice = DialogChoice::Cancelled;
  if (choice != DialogChoice::Open) ImGui::CloseCurrentPopup();
  ui.semantics.closeGroup();
  ImGui::EndPopup();
  return choice;
}

void drawDialog(Ui& ui, ActionsState& state, ActionsIntent& intent) {
  if (!state.dialog) return;
  const BuyerAction action = *state.dialog;
  DialogChoice choice = DialogChoice::Open;
  ActionRequest request;
  request.action = action;
  auto open = [](const char* title) {
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  };
  switch (action) {
    case BuyerAction::ConfirmAcceptance:
      open("Confirm acceptance");
      choice = confirmDialog(ui, "Confirm acceptance",
                             "Confirming completes the service flow: the seller is paid and the app moves to "
                             "Purchased Apps. This cannot be undone.",
                             "Yes, confirm acceptance");
      break;
    case BuyerAction::RejectDelivery:
      open("Reject the delivery");
      choice = reasonDialog(ui, "Reject the delivery",
                            "The flow goes back to the seller, who must deliver again. Tell the seller what is "
                            "missing.",
                            "Reason for rejecting", state.rejectReason, true, "Send rejection", state.dialogProblem);
      request.reason = state.rejectReason;
      break;
    case BuyerAction::Remind:
      open("Remind the seller");
      choice = reasonDialog(ui, "Remind the seller", "The seller is notified now; one reminder per 24 hours.",
                            "Message to the seller (optional)", state.remindMessage, false, "Send reminder",
                            state.dialogProblem);
      if (!isBlank(state.remindMessage)) request.message = state.remindMessage;
      break;
    case BuyerAction::Appeal:
      open("Initiate an appeal");
      choice = reasonDialog(ui, "Initiate an appeal",
                            "An appeal freezes the flow until the marketplace's operations staff decide. It "
                            "cannot be withdrawn.",
                            "Reason for the appeal", state.appealReason, true, "Yes, initiate appeal",
                            state.dialogProblem);
      request.reason = state.appealReason;
      break;
    case BuyerAction::SubmitRequest: break;  // the form, not a dialog
  }
  if (choice == DialogChoice::Open) return;
  state.dialog.reset();
  state.dialogProblem.reset();
  if (choice == DialogChoice::Confirmed) intent.send = request;
}

// What the stage asks, in the buyer's words; the completion notice links to the app.
void drawStageNote(Ui& ui, const SupervisedOrderDetails& details, ActionsIntent& intent) {
  const FlowState& flow = details.flow;
  switch (flow.stage) {
    case FlowStage::WaitingRequest: {
      mutedText(ui, "Fill in the seller's request form and submit it; the seller then accepts or rejects it.");
      if (flow.requestRejections == 0) break;
      std::string note;
      for (const auto& event : details.history)
        if (event.kind == FlowEventKind::RequestRejected) note = event.note.value_or("");
      text(ui, "The seller rejected your request" + (note.empty() ? std::string(".") : ": " + note) +
                   " Edit it below and submit it again.");
      if (details.request && details.request->attachment)
        mutedText(ui, "Your previous request had the attachment " + details.request->attachment->fileName +
                          "; attach it again if it is still needed.");
      break;
    }
    case FlowStage::WaitingSellerAccept:
    case FlowStage::WaitingDelivery:
      mutedText(ui, std::string("The seller's turn: ") + std::string(labelOf(flow.stage)) +
                        ". You can remind the seller once a day.");
      if (flow.lastReminderTime && !allows(details, BuyerAction::Remind))
        mutedText(ui, "You last reminded the seller on " + formatDateTime(*flow.lastReminderTime) +
                          " (UTC); the next reminder is possible 24 hours later.");
      break;
    case FlowStage::WaitingBuyerConfirm:
      mutedText(ui, "The seller delivered the service. Check the delivery below, then confirm acceptance or "
                    "reject it with a reason.");
      break;
    case FlowStage::Completed: {
      text(ui, "Completed \xE2\x80\x94 the app is now in Purchased Apps");
      const auto& instanceId = details.order.instanceId;
      if (textLink(ui, instanceId ? "Open the app in Purchased Apps" : "Go to Purchased Apps"))
        intent.go = instanceId ? Route{View::ResourceDetails, *instanceId, {}} : Route{View::PurchasedApps, {}, {}};
      break;
    }
    case FlowStage::Appealing:
      mutedText(ui, "Nothing to do until the marketplace's operations staff decide the appeal.");
      break;
    case FlowStage::Cancelled:
      mutedText(ui, "The flow is closed; there is nothing left to do.");
      break;
  }
}

void drawRequestForm(Ui& ui, const SupervisedOrderDetails& details, RequestFormState& form) {
  const FormProblems problems = form.showProblems ? checkRequestForm(details.requestForm, form) : FormProblems{};
  auto problemOf = [&](const std::string& key) {
    const auto it = problems.fields.find(key);
    return it == problems.fields.end() ? std::string() : it->second;
  };
  if (!ImGui::BeginTable("##request-form", 2, ImGuiTableFlags_SizingStretchSame)) return;
  for (const FormFieldSpec& spec : details.requestForm) {
    ImGui::TableNextColumn();
    ImGui::PushID(spec.key.c_str());
    const std::string label = spec.label + (spec.required ? " (required)" : "");
    std::string& value = form.values[spec.key];
    const float width = ImGui::GetContentRegionAvail().x - 16;
    switch (spec.type) {
      case FormFieldType::Multiline: textArea(ui, label, value, 48, problemOf(spec.key)); break;
      case FormFieldType::Number: textField(ui, label, value, "A number", width, problemOf(spec.key)); break;
      case FormFieldType::Date: textField(ui, label, value, "YYYY-MM-DD", width, problemOf(spec.key)); break;
      case FormFieldType::Text: textField(ui, label, value, {}, width, problemOf(spec.key)); break;
    }
    ImGui::PopID();
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  textField(ui, "Attachment file name", form.attachmentName, "Optional, e.g. requirements.txt",
            ImGui::GetContentRegionAvail().x - 16, problems.attachmentName);
  mutedText(ui, "Attachments are text, up to " + std::to_string(limits::kAttachmentBytes / 1024) + " KiB.");
  ImGui::TableNextColumn();
  textArea(ui, "Attachment content", form.attachmentContent, 48, problems.attachmentContent);
  ImGui::EndTable();
  if (!problems.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.15f, 0.15f, 1.0f));
    text(ui, "Fix the marked fields before submitting.");
    ImGui::PopStyleColor();
  }
}

// A button for an allowed action; the one whose request is in flight is marked busy.
bool actionButton(Ui& ui, const ActionsState& state, BuyerAction action, bool busy) {
  const bool clicked = button(ui, labelOf(action), busy);
  if (busy && state.sent && state.sent->action == action && state.call.loading()) ui.semantics.last().state |= kBusy;
  ImGui::SameLine();
  return clicked;
}
}  // namespace

FormProblems checkRequestForm(const std::vector<FormFieldSpec>& form, const RequestFormState& state) {
  FormProblems problems;
  for (const FormFieldSpec& spec : form) {
    std::map<std::string, std::string> one;
    const auto it = state.values.find(spec.key);
    if (it != state.values.end()) one.emplace(spec.key, it->second);
    if (auto problem = validateRequestFields({spec}, one)) problems.fields[spec.key] = problem->message;
  }
  const bool hasName = !isBlank(state.attachmentName);
  const bool hasContent = !state.attachmentContent.empty();
  if (hasContent && !hasName) problems.attachmentName = "Give the attachment a file name";
  if (characterCount(state.attachmentName) > limits::kFileName)
    problems.attachmentName = "At most " + std::to_string(limits::kFileName) + " characters";
  if (hasName && !hasContent) problems.attachmentContent = "Paste the attachment's content, or clear its file name";
  if (state.attachmentContent.size() > limits::kAttachmentBytes)
    problems.attachmentContent = "The attachment is larger than " + std::to_string(limits::kAttachmentBytes / 1024) +
                                 " KiB (" + std::to_string((state.attachmentContent.size() + 1023) / 1024) + " KiB)";
  return problems;
}

SubmitRequestBody requestBody(const std::vector<FormFieldSpec>& form, const RequestFormState& state) {
  SubmitRequestBody body;
  for (const FormFieldSpec& spec : form) {
    const auto it = state.values.find(spec.key);
    if (it != state.values.end() && !isBlank(it->second)) body.fields.emplace(spec.key, it->second);
  }
  if (!isBlank(state.attachmentName) && !state.attachmentContent.empty())
    body.attachment = Attachment{state.attachmentName, kAttachmentContentType, base64Encode(state.attachmentContent)};
  return body;
}

void seedRequestForm(RequestFormState& state, const SupervisedOrderDetails& details) {
  std::string key = details.order.orderId + "|" + std::string(toString(details.flow.stage)) + "|";
  if (details.request) key += std::to_string(epochSeconds(details.request->submittedTime));
  if (key == state.seededFor) return;
  state = RequestFormState{};
  if (details.request) state.values = details.request->fields;
  state.seededFor = std::move(key);
}

std::optional<std::string> reasonProblem(const std::string& text, bool required) {
  if (required && isBlank(text)) return std::string("A reason is required");
  const std::size_t count = characterCount(text);
  if (count > limits::kReason)
    return "At most " + std::to_string(limits::kReason) + " characters (now " + std::to_string(count) + ")";
  return std::nullopt;
}

std::string idempotencyKeyFor(ActionsState& state, const ActionRequest& request) {
  const auto& error = state.call.error();
  const bool open = state.call.loading() || (error && error->outcomeUnknown());
  if (!(open && state.sent && *state.sent == request)) state.sentKey = newIdempotencyKey();
  state.sent = request;
  return state.sentKey;
}

void actionSucceeded(ActionsState& state) {
  if (state.sent) {
    switch (state.sent->action) {
      case BuyerAction::RejectDelivery: state.rejectReason.clear(); break;
      case BuyerAction::Remind: state.remindMessage.clear(); break;
      case BuyerAction::Appeal: state.appealReason.clear(); break;
      case BuyerAction::SubmitRequest:
      case BuyerAction::ConfirmAcceptance: break;  // the next details re-seed the form
    }
  }
  state.sent.reset();
  state.call.reset();
}

std::string successText(BuyerAction action) {
  switch (action) {
    case BuyerAction::SubmitRequest: return "Request submitted to the seller";
    case BuyerAction::ConfirmAcceptance: return "Acceptance confirmed: the service flow is completed";
    case BuyerAction::RejectDelivery: return "Delivery rejected: the seller must deliver again";
    case BuyerAction::Remind: return "Reminder sent to the seller";
    case BuyerAction::Appeal: return "Appeal initiated: the flow is frozen until it is decided";
  }
  return "Done";
}

ActionsIntent drawActions(Ui& ui, Host& host, const SupervisedOrderDetails& details, ActionsState& state, bool busy) {
  ActionsIntent intent;
  seedRequestForm(state.form, details);
  if (!beginPanels("##actions", 1)) return intent;
  panel(ui, "Actions");
  drawStageNote(ui, details, intent);
  const bool submit = allows(details, BuyerAction::SubmitRequest);
  if (submit) drawRequestForm(ui, details, state.form);

  if (submit && actionButton(ui, state, BuyerAction::SubmitRequest, busy)) {
    state.form.showProblems = true;
    if (checkRequestForm(details.requestForm, state.form).empty())
      intent.send = ActionRequest{BuyerAction::SubmitRequest, requestBody(details.requestForm, state.form), {}, {}};
  }
  for (BuyerAction action : {BuyerAction::ConfirmAcceptance, BuyerAction::RejectDelivery, BuyerAction::Remind,
                             BuyerAction::Appeal}) {
    if (!allows(details, action)) continue;
    if (actionButton(ui, state, action, busy)) {
      state.dialog = action;
      state.dialogProblem.reset();
    }
  }
  // Why an appeal is (not yet) possible, next to its button; closed or frozen flows have none.
  const bool appealAllowed = allows(details, BuyerAction::Appeal);
  if (!appealAllowed && isOpenStage(details.flow.stage)) button(ui, labelOf(BuyerAction::Appeal), true);
  if (appealAllowed || isOpenStage(details.flow.stage)) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    mutedText(ui, details.appeal.reason.value_or("Appeal is not available yet"));
  } else {
    ImGui::NewLine();
  }
  if (state.call.loading()) loadingState(ui, host, "Sending...");

  if (state.call.error() && state.sent && !state.call.loading()) {
    ImGui::PushID("action-error");
    intent.retry = errorPanel(ui, host, errorView(failureTitle(state.sent->action), *state.call.error())) && !busy;
    ImGui::PopID();
  }
  endPanels();
  drawDialog(ui, state, intent);
  return intent;
}

}  // namespace koo::ui
