// In-memory search, filter, sort and paging of the three lists.
#include "list_select.h"

#include <algorithm>

#include "text.h"

namespace koo {
namespace {

template <class T>
int compareValues(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

// Missing times sort after every real time ("never expires" is the latest).
int compareOptionalTimes(const std::optional<Timestamp>& a, const std::optional<Timestamp>& b) {
  if (a && b) return compareValues(*a, *b);
  return compareValues(!a, !b);
}

// Sorts by `primary` in the query's order, then by `id` ascending; then cuts out the page.
template <class Row, class Primary, class Id>
Page<Row> sortAndPage(std::vector<Row> rows, SortOrder order, int page, int pageSize, Primary primary, Id id) {
  std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    int result = primary(a, b);
    if (order == SortOrder::Desc) result = -result;
    if (result != 0) return result < 0;
    return id(a) < id(b);
  });
  Page<Row> result;
  result.total = static_cast<std::int64_t>(rows.size());
  result.page = page;
  result.pageSize = pageSize;
  const size_t first = static_cast<size_t>(page - 1) * static_cast<size_t>(pageSize);
  for (size_t i = first; i < rows.size() && i < first + static_cast<size_t>(pageSize); ++i)
    result.items.push_back(std::move(rows[i]));
  return result;
}

template <class Row, class Keep>
std::vector<Row> keepIf(std::vector<Row> rows, Keep keep) {
  rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Row& row) { return !keep(row); }), rows.end());
  return rows;
}

}  // namespace

Page<PurchasedApp> selectPurchasedApps(std::vector<PurchasedApp> rows, const PurchasedAppQuery& query) {
  rows = keepIf(std::move(rows), [&](const PurchasedApp& app) {
    return (containsIgnoringCase(app.productName, query.q) || containsIgnoringCase(app.orderId, query.q)) &&
           (!query.status || app.status == *query.status) &&
           (!query.billingMode || app.billingMode == *query.billingMode);
  });
  auto primary = [&](const PurchasedApp& a, const PurchasedApp& b) {
    switch (query.sort) {
      case PurchasedAppSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
      case PurchasedAppSortField::PurchaseTime: return compareValues(a.purchaseTime, b.purchaseTime);
      case PurchasedAppSortField::ExpiryTime: return compareOptionalTimes(a.expiryTime, b.expiryTime);
      case PurchasedAppSortField::Status: return compareValues(a.status, b.status);
    }
    return 0;
  };
  return sortAndPage(std::move(rows), query.order, query.page, query.pageSize, primary,
                     [](const PurchasedApp& app) { return app.instanceId; });
}

Page<SupervisedOrderSummary> selectSupervisedOrders(std::vector<SupervisedOrderSummary> rows,
                                                    const SupervisedOrderQuery& query) {
  rows = keepIf(std::move(rows), [&](const SupervisedOrderSummary& row) {
    return (containsIgnoringCase(row.productName, query.q) || containsIgnoringCase(row.orderId, query.q)) &&
           (!query.stage || row.stage == *query.stage);
  });
  auto primary = [&](const SupervisedOrderSummary& a, const SupervisedOrderSummary& b) {
    switch (query.sort) {
      case SupervisedOrderSortField::CreatedTime: return compareValues(a.createdTime, b.createdTime);
      case SupervisedOrderSortField::StageEnteredTime: return compareValues(a.stageEnteredTime, b.stageEnteredTime);
      case SupervisedOrderSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
    }
    return 0;
  };
  return sortAndPage(std::move(rows), query.order, query.page, query.pageSize, primary,
                     [](const SupervisedOrderSummary& row) { return row.orderId; });
}

Page<Order> selectOrders(std::vector<Order> rows, const OrderQuery& query) {
  rows = keepIf(std::move(rows), [&](const Order& order) {
    return containsIgnoringCase(order.orderId, query.q) && (!query.status || order.status == *query.status) &&
           (!query.type || order.type == *query.type);
  });
  auto primary = [&](const Order& a, const Order& b) {
    switch (query.sort) {
      case OrderSortField::CreatedTime: return compareValues(a.createdTime, b.createdTime);
      case OrderSortField::Amount: return compareValues(a.amount.minorUnits, b.amount.minorUnits);
      case OrderSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
    }
    return 0;
  };
  return sortAndPage(std::move(rows), query.order, query.page, query.pageSize, primary,
                     [](const Order& order) { return order.orderId; });
}

}  // namespace koo
