// My KooGallery > My Unsubscriptions (#/unsubscriptions): the products the buyer can unsubscribe
// now, each with Unsubscribe (DOC), above the buyer's unsubscription requests as a list page
// (search by request, order or instance ID or product, status filter, sort, paging), each row
// leading to its details (#/unsubscriptions/{requestId}).
#pragma once

#include "core/unsubscription.h"
#include "list_page.h"

namespace koo::ui {

extern const ListSpec<UnsubscriptionQuery, UnsubscriptionRequest> kUnsubscriptionList;

// What the eligible-products part asks: Unsubscribe an order, or Retry its load.
struct EligibleIntent {
  std::optional<Route> open;
  bool retry = false;
};
// The eligible products of `candidates` (ineligible ones are left out, as the marketplace's page
// does: their own views say why).
EligibleIntent drawEligibleProducts(Ui& ui, Host& host, const Remote<ItemList<UnsubscriptionCandidate>>& candidates);

}  // namespace koo::ui
