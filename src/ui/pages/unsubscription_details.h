// An unsubscription request (#/unsubscriptions/{requestId}): its status with what it means now
// (waiting for the seller, refunding with the expected time, refunded with the refund order,
// rejected with the seller's reason and a new request, withdrawn), the request's fields, and
// Withdraw with a confirmation while the seller has not reviewed it.
#pragma once

#include <optional>
#include <string>

#include "core/unsubscription.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct UnsubscriptionDetailsState {
  std::string requestId;
  Remote<UnsubscriptionRequest> request;
  bool askingWithdraw = false;
  Remote<UnsubscriptionRequest> withdrawing;
  std::string withdrawKey;
};

struct UnsubscriptionDetailsIntent {
  bool reload = false;
  bool withdraw = false;  // confirmed
  bool retryWithdraw = false;
  std::optional<Route> go;
};

UnsubscriptionDetailsIntent drawUnsubscriptionDetails(Ui& ui, Host& host, UnsubscriptionDetailsState& state);

}  // namespace koo::ui
