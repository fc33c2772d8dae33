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

// What the buyer reads about an action (catalogue keys): the title of its failure, the toast
// after its success.
struct ActionWords {
  const char* failureTitle;
  const char* successText;
};
ActionWords wordsOf(BuyerAction action) {
  switch (action) {
    case BuyerAction::SubmitRequest: return {"action.submit.failed", "action.submit.done"};
    case BuyerAction::ConfirmAcceptance: return {"action.confirm.failed", "action.confirm.done"};
    case BuyerAction::RejectDelivery: return {"action.reject.failed", "action.reject.done"};
    case BuyerAction::Remind: return {"action.remind.failed", "action.remind.done"};
    case BuyerAction::Appeal: return {"action.appeal.failed", "action.appeal.done"};
  }
  return {"action.other.failed", "action.other.done"};
}

// "24 hours": how often the buyer may remind the seller (flow_rules, core's service flow).
std::string reminderInterval() {
  return tr("time.hours", {{"n", std::to_string(flow_rules::kReminderIntervalSeconds / kSecondsPerHour)}});
}

// The dialogs that ask for a text: the catalogue keys of its title, message, confirm button and
// field ("dialog.<name>.title", ...), and the member of ActionsState keeping the text (kept when
// a dialog is cancelled or the language switched, cleared once its action succeeded).
struct TextDialog {
  BuyerAction action;
  const char* name;
  bool danger;
  bool required;
  std::string ActionsState::*text;
};
const TextDialog* textDialogFor(BuyerAction action) {
  static const TextDialog kDialogs[] = {
      {BuyerAction::RejectDelivery, "reject", true, true, &ActionsState::rejectReason},
      {BuyerAction::Remind, "remind", false, false, &ActionsState::remindMessage},
      {BuyerAction::Appeal, "appeal", true, true, &ActionsState::appealReason},
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
    choice = confirmDialog(
        ui, {tr("dialog.confirm.title"), tr("dialog.confirm.message"), tr("dialog.confirm.confirm")});
  } else if (const TextDialog* asked = textDialogFor(request.action)) {
    std::string& text = state.*asked->text;
    const std::string key = std::string("dialog.") + asked->name;
    const std::string message = tr(key + ".message", {{"interval", reminderInterval()}});
    const DialogText dialog{tr(key + ".title"), message, tr(key + ".confirm"), asked->danger};
    const ReasonField field{tr(key + ".field"), asked->required, limits::kReason};
    choice = reasonDialog(ui, dialog, field, text, state.dialogProblem);
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
// Why an appeal is (not yet) possible, in the buyer's language: the server's decision worded by
// core (the server's own `reason` is in its words, not the buyer's).
std::string appealReason(const SupervisedOrderDetails& details, const Host& host) {
  const auto now = timestampFromEpochSeconds(static_cast<std::int64_t>(host.nowMs() / 1000));
  return explainAppeal(details.flow, details.appeal, now);
}

void drawStageNote(Ui& ui, const SupervisedOrderDetails& details, ActionsIntent& intent) {
  const FlowState& flow = details.flow;
  switch (flow.stage) {
    case FlowStage::WaitingRequest: {
      mutedText(ui, tr("stage_note.waiting_request"));
      if (flow.requestRejections == 0) break;
      std::string note;
      for (const auto& event : details.history)
        if (event.kind == FlowEventKind::RequestRejected) note = event.note.value_or("");
      text(ui, (note.empty() ? tr("stage_note.rejected") : tr("stage_note.rejected_with_note", {{"note", note}})) +
                   tr("stage_note.edit_again"));
      if (details.request && details.request->attachment)
        mutedText(ui, tr("stage_note.previous_attachment", {{"file", details.request->attachment->fileName}}));
      break;
    }
    case FlowStage::WaitingSellerAccept:
    case FlowStage::WaitingDelivery:
      mutedText(ui, tr("stage_note.sellers_turn", {{"stage", labelOf(flow.stage)}, {"interval", reminderInterval()}}));
      if (flow.lastReminderTime && !allows(details, BuyerAction::Remind))
        mutedText(ui, tr("stage_note.last_reminded",
                         {{"time", formatDateTime(*flow.lastReminderTime)}, {"interval", reminderInterval()}}));
      break;
    case FlowStage::WaitingBuyerConfirm:
      mutedText(ui, tr("stage_note.delivered"));
      break;
    case FlowStage::Completed: {
      text(ui, tr("stage_note.completed"));
      const auto& instanceId = details.order.instanceId;
      if (textLink(ui, tr(instanceId ? "stage_note.open_app" : "stage_note.go_to_apps")))
        intent.go = instanceId ? Route{View::ResourceDetails, *instanceId, {}} : Route{View::PurchasedApps, {}, {}};
      break;
    }
    case FlowStage::Appealing:
      mutedText(ui, tr("stage_note.appealing"));
      break;
    case FlowStage::Cancelled:
      mutedText(ui, tr("stage_note.closed"));
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
    const std::string label = spec.label + (spec.required ? tr("form.required_suffix") : std::string());
    std::string& value = form.values[spec.key];
    const float width = ImGui::GetContentRegionAvail().x - 16;
    switch (spec.type) {
      case FormFieldType::Multiline: textArea(ui, label, value, 48, problemOf(spec.key)); break;
      case FormFieldType::Number: textField(ui, label, value, tr("form.number_hint"), width, problemOf(spec.key)); break;
      case FormFieldType::Date: textField(ui, label, value, tr("form.date_hint"), width, problemOf(spec.key)); break;
      case FormFieldType::Text: textField(ui, label, value, {}, width, problemOf(spec.key)); break;
    }
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  textField(ui, tr("form.attachment_name"), form.attachmentName, tr("form.attachment_name_hint"),
            ImGui::GetContentRegionAvail().x - 16, problems.attachmentName);
  mutedText(ui, tr("form.attachment_limit", {{"kib", std::to_string(limits::kAttachmentBytes / 1024)}}));
  ImGui::TableNextColumn();
  textArea(ui, tr("form.attachment_content"), form.attachmentContent, 48, problems.attachmentContent);
  ImGui::EndTable();
  if (!problems.empty()) toneText(ui, tr("form.fix_marked"), Tone::Danger);
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
  if (hasContent && !hasName) problems.attachmentName = tr("form.attachment_needs_name");
  if (characterCount(state.attachmentName) > limits::kFileName)
    problems.attachmentName = tr("form.at_most_characters", {{"max", std::to_string(limits::kFileName)}});
  if (hasName && !hasContent) problems.attachmentContent = tr("form.attachment_needs_content");
  if (state.attachmentContent.size() > limits::kAttachmentBytes)
    problems.attachmentContent =
        tr("form.attachment_too_large", {{"max", std::to_string(limits::kAttachmentBytes / 1024)},
                                         {"size", std::to_string((state.attachmentContent.size() + 1023) / 1024)}});
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

std::string successText(BuyerAction action) { return tr(wordsOf(action).successText); }

ActionsIntent drawActions(Ui& ui, Host& host, const SupervisedOrderDetails& details, ActionsState& state, bool busy) {
  ActionsIntent intent;
  seedRequestForm(state.form, details);
  if (!beginPanels("actions", 1)) return intent;
  panel(ui, tr("actions.panel"));
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
    mutedText(ui, appealReason(details, host));
  } else {
    ImGui::NewLine();
  }
  if (state.call.loading()) loadingState(ui, host, tr("actions.sending"));

  if (state.call.error() && state.sent && !state.call.loading()) {
    IdScope id("action-error");
    const ErrorView error = errorView(tr(wordsOf(state.sent->action).failureTitle), *state.call.error());
    intent.retry = errorPanel(ui, host, error) && !busy;
  }
  endPanels();
  drawDialog(ui, state, intent);
  return intent;
}

}  // namespace koo::ui
