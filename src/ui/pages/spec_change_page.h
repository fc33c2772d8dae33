// Change Specifications and Buy (#/change-spec/{instanceId}): the targets the product offers
// with the fee and its parts (or the renewal price of a downgrade at renewal), refusals with
// their reason; a trial's commercial SKUs, periods and price. Confirm creates the order and
// goes to the payment step (#/pay/{orderId}).
#pragma once

#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct SpecChangeState {
  std::string instanceId;
  Remote<ResourceDetails> details;
  Remote<ChangeOptions> options;
  int selected = -1;      // the chosen option (index into options), -1: none yet
  std::string usersText;  // the users typed for a scale-out
  int periodIndex = 0;    // the renewal period (at renewal) or the trial's period
  int skuIndex = 0;       // the trial's commercial SKU
  Remote<Order> created;  // the order being created, or why it was refused
  std::string key;        // its Idempotency-Key, kept while its outcome is unknown
  Timestamp now;
};

struct SpecChangeIntent {
  bool reload = false;
  std::optional<std::int64_t> quoteUsers;  // quote a scale-out to that many users
  std::optional<ChangeOrderBody> change;
  std::optional<ConversionOrderBody> buy;
  std::optional<Route> go;
};

// Draws the view from its state; pure apart from ImGui and the semantics tree.
SpecChangeIntent drawSpecChange(Ui& ui, Host& host, SpecChangeState& state);

}  // namespace koo::ui
