// The Renew and Auto-renew dialogs that Renewals and Resource Details share, and carrying out
// what they ask: renewal orders (one app, or several as one combined purchase) and auto-renew on
// or off. The periods, prices and refusals come from core's renewal rules.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/domain.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct RenewalDialogs {
  // The Renew dialog: the apps in it and each one's chosen period (an index into its options;
  // -1: the default, the last purchased period).
  std::vector<PurchasedApp> renew;
  std::vector<int> renewChoice;
  // The Auto-renew dialog: turning it on (with a period; -1: the default) or off.
  std::optional<PurchasedApp> autoRenew;
  int autoChoice = -1;
  // The requests sent, and the Idempotency-Key each keeps while its outcome is unknown.
  Remote<RenewalPurchase> ordering;
  std::optional<RenewalOrderBody> orderSent;
  std::string orderKey;
  Remote<PurchasedApp> switching;
  std::optional<std::pair<std::string, AutoRenewBody>> switchSent;
  std::string switchKey;
};

void openRenewDialog(RenewalDialogs& dialogs, std::vector<PurchasedApp> apps);
void openAutoRenewDialog(RenewalDialogs& dialogs, PurchasedApp app);
bool renewalBusy(const RenewalDialogs& dialogs);

// What the buyer asked for in the dialogs this frame.
struct RenewalIntent {
  std::optional<RenewalOrderBody> order;
  std::optional<std::pair<std::string, AutoRenewBody>> autoRenew;
  bool retry = false;        // send the failed request again, with its key
  std::optional<Route> open; // the unpaid order that blocks a renewal
};
// Draws the open dialog (if any) and the last request's failure with Retry.
RenewalIntent drawRenewalDialogs(Ui& ui, Host& host, RenewalDialogs& dialogs, Timestamp now);

// What came of a request: the apps changed (reload), and where to go next.
struct RenewalOutcome {
  bool changed = false;
  std::optional<Route> go;
};
// Sends what the intent asks, and once an answer arrived says what came of it (a toast too).
RenewalOutcome carryOutRenewal(RenewalDialogs& dialogs, const RenewalIntent& intent, PageEnv& env);

// "Renews every 3 months; next charge ¥297.00 on 2025-04-23 03:00 GMT+08:00", or "Auto-renew off".
std::string autoRenewText(const PurchasedApp& app, Timestamp now);
// Where the buyer stands after expiry: what still works and until when (Expired, Frozen), or "".
std::string expiryExplanation(const PurchasedApp& app, Timestamp now);

}  // namespace koo::ui
