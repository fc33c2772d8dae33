// Service Supervision: the buyer's supervised orders, searchable, filterable by stage, sortable
// and paged through the backend, each row leading to its details (#/supervision/{orderId}).
#pragma once

#include <optional>
#include <string>

#include "core/list_query.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

// What the view shows: the list query's state and the loaded page.
struct SupervisionListState : ListQueryState<SupervisedOrderQuery> {
  Remote<Page<SupervisedOrderSummary>> list;
};

// What the buyer asked for while the view was drawn.
struct SupervisionListIntent {
  std::optional<SupervisedOrderQuery> query;  // search, filter, sort or page changed
  std::optional<std::string> openDetails;     // order ID
  bool retry = false;
};

// Draws the view from its state; pure apart from ImGui and the semantics tree.
SupervisionListIntent drawSupervisionList(Ui& ui, Host& host, SupervisionListState& state);

class SupervisionListPage : public ViewPage {
 public:
  void enter(const Route& route, PageEnv& env) override;
  void leave() override { state_.list.drop(); }
  void draw(Ui& ui, const Route& route, PageEnv& env) override;
  const SupervisionListState& state() const { return state_; }

 private:
  void load(PageEnv& env);
  SupervisionListState state_;
};

}  // namespace koo::ui
