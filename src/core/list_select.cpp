// In-memory search, filter, sort and paging of the three lists.
#include "list_select.h"

#include <algorithm>

#include "renewal.h"
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

template <class E>
bool passes(const std::optional<E>& filter, E value) {
  return !filter || value == *filter;
}

// Keeps the rows `matches` accepts, sorts them by `primary` in the query's order (ties by the
// row's `id`, ascending, so pages are stable) and cuts out the query's page.
template <class Row, class Query, class Matches, class Primary>
Page<Row> selectPage(std::vector<Row> rows, const Query& query, Matches matches, Primary primary,
                     std::string Row::*id) {
  rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Row& row) { return !matches(row); }),
             rows.end());
  std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    int result = primary(a, b);
    if (query.order == SortOrder::Desc) result = -result;
    if (result != 0) return result < 0;
    return a.*id < b.*id;
  });
  Page<Row> result;
  result.total = static_cast<std::int64_t>(rows.size());
  result.page = query.page;
  result.pageSize = query.pageSize;
  const size_t first = static_cast<size_t>(query.page - 1) * static_cast<size_t>(query.pageSize);
  for (size_t i = first; i < rows.size() && i < first + static_cast<size_t>(query.pageSize); ++i)
    result.items.push_back(std::move(rows[i]));
  return result;
}

}  // namespace

Page<PurchasedApp> selectPurchasedApps(std::vector<PurchasedApp> rows, const PurchasedAppQuery& query) {
  auto matches = [&](const PurchasedApp& app) {
    return (containsIgnoringCase(app.productName, query.q) || containsIgnoringCase(app.orderId, query.q)) &&
           passes(query.status, app.status) && passes(query.billingMode, app.billingMode);
  };
  auto primary = [&](const PurchasedApp& a, const PurchasedApp& b) {
    switch (query.sort) {
      case PurchasedAppSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
      case PurchasedAppSortField::PurchaseTime: return compareValues(a.purchaseTime, b.purchaseTime);
      case PurchasedAppSortField::ExpiryTime: return compareOptionalTimes(a.expiryTime, b.expiryTime);
      case PurchasedAppSortField::Status: return compareValues(a.status, b.status);
    }
    return 0;
  };
  return selectPage(std::move(rows), query, matches, primary, &PurchasedApp::instanceId);
}

Page<SupervisedOrderSummary> selectSupervisedOrders(std::vector<SupervisedOrderSummary> rows,
                                                    const SupervisedOrderQuery& query) {
  auto matches = [&](const SupervisedOrderSummary& row) {
    return (containsIgnoringCase(row.productName, query.q) || containsIgnoringCase(row.orderId, query.q)) &&
           passes(query.stage, row.stage);
  };
  auto primary = [&](const SupervisedOrderSummary& a, const SupervisedOrderSummary& b) {
    switch (query.sort) {
      case SupervisedOrderSortField::CreatedTime: return compareValues(a.createdTime, b.createdTime);
      case SupervisedOrderSortField::StageEnteredTime: return compareValues(a.stageEnteredTime, b.stageEnteredTime);
      case SupervisedOrderSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
    }
    return 0;
  };
  return selectPage(std::move(rows), query, matches, primary, &SupervisedOrderSummary::orderId);
}

Page<Order> selectOrders(std::vector<Order> rows, const OrderQuery& query) {
  auto matches = [&](const Order& order) {
    return containsIgnoringCase(order.orderId, query.q) && passes(query.status, order.status) &&
           passes(query.type, order.type);
  };
  auto primary = [&](const Order& a, const Order& b) {
    switch (query.sort) {
      case OrderSortField::CreatedTime: return compareValues(a.createdTime, b.createdTime);
      case OrderSortField::Amount: return compareValues(a.amount.minorUnits, b.amount.minorUnits);
      case OrderSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
    }
    return 0;
  };
  return selectPage(std::move(rows), query, matches, primary, &Order::orderId);
}

Page<PurchasedApp> selectRenewals(std::vector<PurchasedApp> rows, const RenewalQuery& query, Timestamp now) {
  auto matches = [&](const PurchasedApp& app) {
    const bool found = containsIgnoringCase(app.productName, query.q) || containsIgnoringCase(app.instanceId, query.q) ||
                       containsIgnoringCase(app.orderId, query.q);
    const bool autoRenewOn = app.autoRenewPeriod.has_value();
    return found && (!query.expires || inExpiryWindow(app, *query.expires, now)) &&
           passes(query.autoRenew, autoRenewOn ? AutoRenewState::On : AutoRenewState::Off);
  };
  auto primary = [&](const PurchasedApp& a, const PurchasedApp& b) {
    switch (query.sort) {
      case RenewalSortField::ExpiryTime: return compareOptionalTimes(a.expiryTime, b.expiryTime);
      case RenewalSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
    }
    return 0;
  };
  return selectPage(std::move(rows), query, matches, primary, &PurchasedApp::instanceId);
}

Page<UnsubscriptionRequest> selectUnsubscriptions(std::vector<UnsubscriptionRequest> rows,
                                                  const UnsubscriptionQuery& query) {
  auto matches = [&](const UnsubscriptionRequest& row) {
    const bool found = containsIgnoringCase(row.requestId, query.q) || containsIgnoringCase(row.orderId, query.q) ||
                       containsIgnoringCase(row.instanceId.value_or(""), query.q) ||
                       containsIgnoringCase(row.productName, query.q);
    return found && passes(query.status, row.status);
  };
  auto primary = [&](const UnsubscriptionRequest& a, const UnsubscriptionRequest& b) {
    switch (query.sort) {
      case UnsubscriptionSortField::CreatedTime: return compareValues(a.createdTime, b.createdTime);
      case UnsubscriptionSortField::UpdatedTime: return compareValues(a.updatedTime, b.updatedTime);
      case UnsubscriptionSortField::RefundAmount:
        return compareValues(a.refundAmount.minorUnits, b.refundAmount.minorUnits);
      case UnsubscriptionSortField::ProductName: return compareIgnoringAsciiCase(a.productName, b.productName);
    }
    return 0;
  };
  return selectPage(std::move(rows), query, matches, primary, &UnsubscriptionRequest::requestId);
}

Page<Invoice> selectInvoices(std::vector<Invoice> rows, const InvoiceQuery& query) {
  auto matches = [&](const Invoice& invoice) {
    return (containsIgnoringCase(invoice.invoiceId, query.q) || containsIgnoringCase(invoice.orderId, query.q)) &&
           passes(query.status, invoice.status);
  };
  auto primary = [&](const Invoice& a, const Invoice& b) {
    switch (query.sort) {
      case InvoiceSortField::IssuedTime: return compareValues(a.issuedTime, b.issuedTime);
      case InvoiceSortField::Total: return compareValues(a.total.minorUnits, b.total.minorUnits);
    }
    return 0;
  };
  return selectPage(std::move(rows), query, matches, primary, &Invoice::invoiceId);
}

}  // namespace koo
