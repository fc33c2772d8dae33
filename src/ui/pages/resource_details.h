// Resource Details (#/purchased-apps/{instanceId}): application information with the password
// revealed on demand and re-masked after 30 s, basic information and the seller's contacts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app_info_card.h"
#include "page_env.h"
#include "remote.h"
#include "renewal_dialogs.h"
#include "resource_renewal.h"
#include "unsubscribe_entry.h"

namespace koo::ui {

struct ResourceDetailsState {
  std::string instanceId;
  Remote<ResourceDetails> details;
  AppInfoCardState appInfo;
  // Renewals (resource_renewal.h): the dialogs, and the date the rules are read at.
  RenewalDialogs renewal;
  Timestamp now{};
  UnsubscribeEntry unsubscribe;  // the app's order: Unsubscribe, or why not
};

// The card's intent (reveal, hide, open, copied: also the basic information's copies) and the page's own.
struct ResourceDetailsIntent : AppInfoCardIntent {
  bool retry = false;
  bool backToList = false;
  RenewalCardIntent renewal;            // Renew / auto-renew asked for
  std::optional<Route> unsubscribe;     // Unsubscribe or the open request clicked
  std::optional<Route> go;              // Change Specifications / Buy asked for
};

// Draws the view from its state; pure apart from ImGui, the semantics tree and host.copyText.
ResourceDetailsIntent drawResourceDetails(Ui& ui, Host& host, ResourceDetailsState& state);

// The seller's contact fields in a grid of `columns`, as Resource Details and the supervised
// order's details both show them.
void sellerFields(Ui& ui, const SellerInfo& seller, int columns);

}  // namespace koo::ui
