// Service Supervision: the buyer's supervised orders, searchable, filterable by stage, sortable
// and paged through the backend, each row leading to its details (#/supervision/{orderId}).
#pragma once

#include "list_page.h"

namespace koo::ui {

using SupervisionListState = ListState<SupervisedOrderQuery, SupervisedOrderSummary>;
const ListSpec<SupervisedOrderQuery, SupervisedOrderSummary>& supervisionList();

}  // namespace koo::ui
