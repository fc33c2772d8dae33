// The Unsubscribe entry point of the views that show one purchase (Resource Details, Service
// Supervision details, Order details): Unsubscribe while the backend says the order is eligible,
// the open request with a link while one waits, else why not (disabled button and the reason).
#pragma once

#include <optional>
#include <string>

#include "core/unsubscription.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct UnsubscribeEntry {
  std::string orderId;
  Remote<UnsubscriptionCandidate> candidate;

  // Asks the backend about `orderId` (again after a change).
  void load(PageEnv& env, const std::string& order);
  void drop() { candidate.drop(); }
};

// The form's route for an order, and a request's details.
Route unsubscribeRoute(const std::string& orderId);
Route unsubscriptionRoute(const std::string& requestId);
// The tone of a request's status badge.
Tone unsubscriptionTone(UnsubscriptionStatus status);

// Draws the entry; the route to go to when the buyer clicked Unsubscribe or the open request.
// Nothing while it loads; a muted sentence when the check failed.
std::optional<Route> drawUnsubscribeEntry(Ui& ui, const UnsubscribeEntry& entry);

}  // namespace koo::ui
