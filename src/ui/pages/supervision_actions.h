// The buyer's actions on a supervised order: exactly those the stage allows, the request form
// with its checks, the dialogs before irreversible steps, and one request per confirmed intent
// (its Idempotency-Key is reused by the retry of that same intent).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/domain.h"
#include "navigation.h"
#include "remote.h"

namespace koo::ui {

// One confirmed buyer intent, with the body it sends.
struct ActionRequest {
  BuyerAction action = BuyerAction::SubmitRequest;
  SubmitRequestBody submit;            // SubmitRequest
  std::string reason;                  // RejectDelivery, Appeal
  std::optional<std::string> message;  // Remind
  bool operator==(const ActionRequest&) const = default;
};

// What the buyer typed into the request form. The attachment is text the buyer pastes (the
// browser's file picker belongs to the platform), sent base64-encoded.
struct RequestFormState {
  std::map<std::string, std::string> values;  // by FormFieldSpec::key
  std::string attachmentName;
  std::string attachmentContent;
  bool showProblems = false;  // after the first attempt to send
  std::string seededFor;      // which order/stage/request the values were filled from
};

// Why the form cannot be sent yet, per field; empty when it can.
struct FormProblems {
  std::map<std::string, std::string> fields;  // by key
  std::string attachmentName;
  std::string attachmentContent;
  bool empty() const { return fields.empty() && attachmentName.empty() && attachmentContent.empty(); }
};

// Core's request-form rules, applied to each field on its own so every field shows its problem,
// plus the attachment's: a name and content together, the content within limits::kAttachmentBytes.
FormProblems checkRequestForm(const std::vector<FormFieldSpec>& form, const RequestFormState& state);
// The body to send: the non-blank fields, and the attachment when there is one.
SubmitRequestBody requestBody(const std::vector<FormFieldSpec>& form, const RequestFormState& state);
// Fills the form from the latest request (after a rejection the buyer edits and resends it), once
// per order, stage and request, so a reload or a failed send keeps what the buyer typed.
void seedRequestForm(RequestFormState& state, const SupervisedOrderDetails& details);

struct ActionsState {
  RequestFormState form;
  std::string rejectReason;
  std::string remindMessage;
  std::string appealReason;
  std::optional<BuyerAction> dialog;  // the dialog open (all but SubmitRequest have one)
  std::optional<std::string> dialogProblem;
  // The intent last sent and its key; `call` is its request in flight, or how it failed.
  std::optional<ActionRequest> sent;
  std::string sentKey;
  Remote<SupervisedOrderDetails> call;
};

struct ActionsIntent {
  std::optional<ActionRequest> send;  // a confirmed intent
  bool retry = false;                 // send `sent` again
  std::optional<Route> go;            // Purchased Apps / Resource Details
};

// The actions panel: what the stage asks of whom, the request form when the buyer must submit,
// a button for each allowed action (disabled while `busy`), Initiate Appeal disabled with the
// reason while it is not available, the completion notice, and the last action's failure.
ActionsIntent drawActions(Ui& ui, Host& host, const SupervisedOrderDetails& details, ActionsState& state, bool busy);

// Records `request` as sent and returns its Idempotency-Key: the key it was already sent with while
// that outcome is unknown (no answer, 5xx, 429, an unreadable answer: ApiError::outcomeUnknown),
// else a new one (any other answer settled the old key).
std::string idempotencyKeyFor(ActionsState& state, const ActionRequest& request);
// The sent intent succeeded: forget it and the text typed for it.
void actionSucceeded(ActionsState& state);
// "Request submitted", ...: the toast after success.
std::string successText(BuyerAction action);

}  // namespace koo::ui
