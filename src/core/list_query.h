// The list queries of the three paged lists (Purchased Apps, Service Supervision, My Orders):
// paging, search text, filters and sort, to and from URL query parameters.
#pragma once

#include <optional>
#include <string>

#include "domain.h"
#include "result.h"
#include "url_codec.h"

namespace koo {

// q searches product name or order ID.
struct PurchasedAppQuery {
  int page = 1;
  int pageSize = limits::kDefaultPageSize;
  std::string q;
  std::optional<ResourceStatus> status;
  std::optional<BillingMode> billingMode;
  PurchasedAppSortField sort = PurchasedAppSortField::PurchaseTime;
  SortOrder order = SortOrder::Desc;
};

// q searches product name or order ID.
struct SupervisedOrderQuery {
  int page = 1;
  int pageSize = limits::kDefaultPageSize;
  std::string q;
  std::optional<FlowStage> stage;
  SupervisedOrderSortField sort = SupervisedOrderSortField::CreatedTime;
  SortOrder order = SortOrder::Desc;
};

// q searches the order ID.
struct OrderQuery {
  int page = 1;
  int pageSize = limits::kDefaultPageSize;
  std::string q;
  std::optional<OrderStatus> status;
  std::optional<OrderType> type;
  OrderSortField sort = OrderSortField::CreatedTime;
  SortOrder order = SortOrder::Desc;
};

// Parameter names: page, pageSize, q, status, billingMode, stage, type, sort, order. Empty q and
// unset filters are left out; paging and sort are always written.
QueryParams toQueryParams(const PurchasedAppQuery& query);
QueryParams toQueryParams(const SupervisedOrderQuery& query);
QueryParams toQueryParams(const OrderQuery& query);

// Missing parameters take the defaults above; an empty value counts as missing. Unknown
// parameters are ignored. Errors have paths like "query.status".
Result<PurchasedAppQuery> parsePurchasedAppQuery(const QueryParams& params);
Result<SupervisedOrderQuery> parseSupervisedOrderQuery(const QueryParams& params);
Result<OrderQuery> parseOrderQuery(const QueryParams& params);

}  // namespace koo
