// Order Details of a supervised order (#/supervision/{orderId}): the order, the application
// information (the same card as Resource Details, as soon as the seller provided it), the seller, the flow as a stepper, the actions the stage allows, the latest
// request and delivery, and the full history.
#pragma once

#include <optional>
#include <string>

#include "app_info_card.h"
#include "page_env.h"
#include "remote.h"
#include "supervision_actions.h"
#include "unsubscribe_entry.h"

namespace koo::ui {

struct SupervisionDetailsState {
  std::string orderId;
  Remote<SupervisedOrderDetails> details;
  ActionsState actions;
  AppInfoCardState appInfo;  // the seller's login, password revealed on demand during the flow
  UnsubscribeEntry unsubscribe;  // Unsubscribe within the guarantee period, or the open request
};

struct SupervisionDetailsIntent {
  bool reload = false;  // Retry after a failed load, or Refresh
  ActionsIntent actions;
  AppInfoCardIntent appInfo;
  std::optional<Route> go;
};

// Draws the view from its state; pure apart from ImGui and the semantics tree.
SupervisionDetailsIntent drawSupervisionDetails(Ui& ui, Host& host, SupervisionDetailsState& state);

}  // namespace koo::ui
