// Resource Details (#/purchased-apps/{instanceId}): application information with the password
// revealed on demand and re-masked after 30 s, basic information and the seller's contacts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "page_env.h"
#include "remote.h"
#include "renewal_dialogs.h"
#include "resource_renewal.h"

namespace koo::ui {

// How long a revealed password stays visible.
inline constexpr double kRevealVisibleMs = 30'000;

struct ResourceDetailsState {
  std::string instanceId;
  Remote<ResourceDetails> details;
  // The password, only between a reveal and its re-masking (then wiped and reset).
  Remote<PasswordReveal> reveal;
  std::optional<double> revealedAtMs;  // host time the password became visible
  std::string revealKey;               // Idempotency-Key of the reveal in progress or being retried
  // Renewals (resource_renewal.h): the dialogs, and the date the rules are read at.
  RenewalDialogs renewal;
  Timestamp now{};
};

struct ResourceDetailsIntent {
  bool retry = false;
  bool reveal = false;                  // "Show password" (or retrying a failed reveal)
  bool hide = false;
  bool backToList = false;
  std::optional<std::string> openUrl;   // a web URL the buyer clicked
  std::optional<std::string> copied;    // what was put on the clipboard ("Password"), for a toast
  RenewalCardIntent renewal;            // Renew / auto-renew asked for
};

// Draws the view from its state; pure apart from ImGui, the semantics tree and host.copyText.
ResourceDetailsIntent drawResourceDetails(Ui& ui, Host& host, ResourceDetailsState& state);

// The seller's contact fields in a grid of `columns`, as Resource Details and the supervised
// order's details both show them.
void sellerFields(Ui& ui, const SellerInfo& seller, int columns);

}  // namespace koo::ui
