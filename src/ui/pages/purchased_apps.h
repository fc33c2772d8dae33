// Purchased Apps: the buyer's SaaS instances, searchable, filterable, sortable and paged through
// the backend, each row leading to its Resource Details.
#pragma once

#include <optional>
#include <string>

#include "core/list_query.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

// What the view shows: the list query's state and the loaded page.
struct PurchasedAppsState : ListQueryState<PurchasedAppQuery> {
  Remote<Page<PurchasedApp>> list;
};

// What the buyer asked for while the view was drawn.
struct PurchasedAppsIntent {
  std::optional<PurchasedAppQuery> query;  // search, filter, sort or page changed
  std::optional<std::string> openDetails;  // instance ID
  bool retry = false;
  bool openOrders = false;                 // "can't find your order?"
};

// Draws the view from its state; pure apart from ImGui and the semantics tree.
PurchasedAppsIntent drawPurchasedApps(Ui& ui, Host& host, PurchasedAppsState& state);

Tone statusTone(ResourceStatus status);

class PurchasedAppsPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override { state_.list.drop(); }
  void draw(Ui& ui, const Route& route, PageEnv& env) override;
  const PurchasedAppsState& state() const { return state_; }

 private:
  void load(PageEnv& env);
  PurchasedAppsState state_;
};

}  // namespace koo::ui
