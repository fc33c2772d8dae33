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
#include "widgets_feedback.h"
#include "widgets_form.h"

namespace koo::ui {
namespace {
constexpr const char* kAttachmentContentType = "text/plain";

bool allows(const SupervisedOrderDetails& details, BuyerAction action) {
  return std::find(details.allowedActions.begin(), details.allowedActions.end(), action) !=
         details.allowedActions.end();
}

// What the buyer reads about an action: the title of its failure, the toast after its success.
struct ActionWords {
  const char* failureTitle;
  const char* successText;
};
ActionWords wordsOf(BuyerAction action) {
  switch (action) {
    case BuyerAction::SubmitRequest: return {"Could not submit your request", "Request submitted to the seller"};
    case BuyerAction::ConfirmAcceptance:
      return {"Could not confirm acceptance", "Acceptance confirmed: the service flow is completed"};
    case BuyerAction::RejectDelivery:
      return {"Could not reject the delivery", "Delivery rejected: the seller must deliver again"};
    case BuyerAction::Remind: return {"Could not send the reminder", "Reminder sent to the seller"};
    case BuyerAction::Appeal:
      return {"Could not initiate the appeal", "Appeal initiated: the flow is frozen until it is decided"};
  }
  return {"The action failed", "Done"};
}

// "24 hours": how often the buyer may remind the seller (flow_rules, core's service flow).
std::string reminderInterval() {
  return std::to_string(flow_rules::kReminderIntervalSeconds / kSecondsPerHour) + " hours";
}

// The dialogs that ask for a text: what each says, and the member of ActionsState keeping the
// text (kept when a dialog is cancelled, cleared once its action succeeded).
struct TextDialog {
  BuyerAction action;
  DialogText dialog;
  ReasonField field;
  std::string ActionsState::*text;
};
const TextDialog* textDialogFor(BuyerAction action) {
  static const std::string remindMessage =
      "The seller is notified now; one reminder per " + reminderInterval() + ".";
  static const TextDialog kDialogs[] = {
      {BuyerAction::RejectDelivery,
       {"Reject the delivery",
        "The flow goes back to the seller, who must deliver again. Tell the seller what is missing.",
        "Send rejection", true},
       {"Reason for rejecting", true, limits::kReason},
       &ActionsState::rejectReason},
      {BuyerAction::Remind, {"Remind the seller", remindMessage, "Send reminder"},
       {"Message to the seller (optional)", false, limits::kReason}, &ActionsState::remindMessage},
      {BuyerAction::Appeal,
       {"Initiate an appeal",
        "An appeal freezes the flow until the marketplace's operations staff decide. It cannot be withdrawn.",
        "Yes, initiate appeal", true},
       {"Reason for the appeal", true, limits::kReason},
       &ActionsState::appealReason},
  };
  for (const TextDialog& dialog : kDialogs)
    if (dialog.action == action) return &dialog;
  return nullptr;
}

void drawDialog(Ui& ui, ActionsState& state, ActionsIntent& intent) {
  if (!state.dialog) return;
  ActionRequest request;
  request.action = *state.dialog;
  DialogChoice choice = DialogChoice::Open;
  if (request.action == BuyerAction::ConfirmAcceptance) {
    choice = confirmDialog(ui, {"Confirm acceptance",
                                "Confirming completes the service flow: the seller is paid and the app moves to "
                                "Purchased Apps. This cannot be undone.",
                                "Yes, confirm acceptance"});
  } else if (const TextDialog* asked = textDialogFor(request.action)) {
    std::string& text = state.*asked->text;
    choice = reasonDialog(ui, asked->dialog, asked->field, text, state.dialogProblem);
    if (request.action != BuyerAction::Remind)
      request.reason = text;
    else if (!isBlank(text))
      request.message = text;
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
                        ". You can remind the seller once every " + reminderInterval() + ".");
      if (flow.lastReminderTime && !allows(details, BuyerAction::Remind))
        mutedText(ui, "You last reminded the seller on " + formatDateTime(*flow.lastReminderTime) +
                          " (UTC); the next reminder is possible " + reminderInterval() + " later.");
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
  if (!ImGui::BeginTable("request-form", 2, ImGuiTableFlags_SizingStretchSame)) return;
  for (const FormFieldSpec& spec : details.requestForm) {
    ImGui::TableNextColumn();
    IdScope id(spec.key);
    const std::string label = spec.label + (spec.required ? " (required)" : "");
    std::string& value = form.values[spec.key];
    const float width = ImGui::GetContentRegionAvail().x - 16;
    switch (spec.type) {
      case FormFieldType::Multiline: textArea(ui, label, value, 48, problemOf(spec.key)); break;
      case FormFieldType::Number: textField(ui, label, value, "A number", width, problemOf(spec.key)); break;
      case FormFieldType::Date: textField(ui, label, value, "YYYY-MM-DD", width, problemOf(spec.key)); break;
      case FormFieldType::Text: textField(ui, label, value, {}, width, problemOf(spec.key)); break;
    }
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  textField(ui, "Attachment file name", form.attachmentName, "Optional, e.g. requirements.txt",
            ImGui::GetContentRegionAvail().x - 16, problems.attachmentName);
  mutedText(ui, "Attachments are text, up to " + std::to_string(limits::kAttachmentBytes / 1024) + " KiB.");
  ImGui::TableNextColumn();
  textArea(ui, "Attachment content", form.attachmentContent, 48, problems.attachmentContent);
  ImGui::EndTable();
  if (!problems.empty()) toneText(ui, "Fix the marked fields before submitting.", Tone::Danger);
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

std::string idempotencyKeyFor(ActionsState& state, const ActionRequest& request) {
  const auto& error = state.call.error();
  const bool open = state.call.loading() || (error && error->outcomeUnknown());
  if (!(open && state.sent && *state.sent == request)) state.sentKey = newIdempotencyKey();
  state.sent = request;
  return state.sentKey;
}

void actionSucceeded(ActionsState& state) {
  // The text typed for it goes; a submitted form is re-seeded from the next details.
  if (state.sent)
    if (const TextDialog* asked = textDialogFor(state.sent->action)) (state.*asked->text).clear();
  state.sent.reset();
  state.call.reset();
}

std::string successText(BuyerAction action) { return wordsOf(action).successText; }

ActionsIntent drawActions(Ui& ui, Host& host, const SupervisedOrderDetails& details, ActionsState& state, bool busy) {
  ActionsIntent intent;
  seedRequestForm(state.form, details);
  if (!beginPanels("actions", 1)) return intent;
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
    IdScope id("action-error");
    const ErrorView error = errorView(wordsOf(state.sent->action).failureTitle, *state.call.error());
    intent.retry = errorPanel(ui, host, error) && !busy;
  }
  endPanels();
  drawDialog(ui, state, intent);
  return intent;
}

}  // namespace koo::ui
