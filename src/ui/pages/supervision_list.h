// Service Supervision: the buyer's supervised orders, searchable, filterable by stage, sortable
// and paged through the backend, each row leading to its details (#/supervision/{orderId}).
#pragma once

#include "list_page.h"

namespace koo::ui {

using SupervisionListState = ListState<SupervisedOrderQuery, SupervisedOrderSummary>;
extern const ListSpec<SupervisedOrderQuery, SupervisedOrderSummary> kSupervisionList;

}  // namespace koo::ui
