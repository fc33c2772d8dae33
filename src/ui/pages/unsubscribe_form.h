// The unsubscription request form (#/unsubscribe/{orderId}): the purchase and what it paid, the
// negotiated refund amount, the reason from the list with its description, the opt-in to share
// the account's contact details, then a confirmation dialog and the request. Mistakes show
// under their fields; a failed send keeps everything typed and offers Retry (same intent, same
// Idempotency-Key while its outcome is unknown).
#pragma once

#include <optional>
#include <string>

#include "core/unsubscription.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct UnsubscribeFormState {
  std::string orderId;
  Remote<UnsubscriptionCandidate> candidate;
  // What the buyer typed.
  std::string amount;
  int reason = -1;  // index into the reason list; -1: none chosen yet
  std::string description;
  bool shareContact = false;
  // Shown under their fields once Unsubscribe was tried.
  std::optional<std::string> amountProblem, reasonProblem, descriptionProblem;
  bool confirming = false;
  // The request sent and its key.
  Remote<UnsubscriptionRequest> sending;
  std::optional<UnsubscriptionBody> sent;
  std::string key;
};

struct UnsubscribeFormIntent {
  bool reload = false;
  std::optional<UnsubscriptionBody> send;  // confirmed
  bool retry = false;
  std::optional<Route> go;
};

// The body the form holds, or nullopt after marking what is wrong under its fields.
std::optional<UnsubscriptionBody> checkUnsubscribeForm(UnsubscribeFormState& state, const Money& paid);

UnsubscribeFormIntent drawUnsubscribeForm(Ui& ui, Host& host, UnsubscribeFormState& state);

}  // namespace koo::ui
