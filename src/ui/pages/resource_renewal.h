// Resource Details' renewal part: where the app stands after expiry (what still works, until
// when), its auto-renewal (when it will renew and for how much), and Renew / auto-renew buttons
// where the rules allow them.
#pragma once

#include "core/domain.h"
#include "widgets.h"

namespace koo::ui {

struct RenewalCardIntent {
  bool renew = false;
  bool switchAutoRenew = false;
};

// Draws nothing for apps Renewals does not cover (pay-per-use, one-time, trials).
RenewalCardIntent drawRenewalCard(Ui& ui, const PurchasedApp& app, Timestamp now, bool busy);

}  // namespace koo::ui
