// The list queries of the three paged lists (Purchased Apps, Service Supervision, My Orders):
// paging, search text, filters and sort, to and from URL query parameters.
#pragma once

#include <optional>
#include <string>

#include "domain.h"
#include "result.h"
#include "unsubscription.h"
#include "url_codec.h"

namespace koo {

// What every list query has: paging, the search text and the sort.
template <class SortField, SortField kDefaultSort>
struct ListQuery {
  int page = 1;
  int pageSize = limits::kDefaultPageSize;
  std::string q;
  SortField sort = kDefaultSort;
  SortOrder order = SortOrder::Desc;
};

// q searches product name or order ID.
struct PurchasedAppQuery : ListQuery<PurchasedAppSortField, PurchasedAppSortField::PurchaseTime> {
  std::optional<ResourceStatus> status;
  std::optional<BillingMode> billingMode;
};

// q searches product name or order ID.
struct SupervisedOrderQuery : ListQuery<SupervisedOrderSortField, SupervisedOrderSortField::CreatedTime> {
  std::optional<FlowStage> stage;
};

// q searches the order ID.
struct OrderQuery : ListQuery<OrderSortField, OrderSortField::CreatedTime> {
  std::optional<OrderStatus> status;
  std::optional<OrderType> type;
};

// Renewals: q searches product name, instance ID or order ID; sorted soonest expiry first.
struct RenewalQuery : ListQuery<RenewalSortField, RenewalSortField::ExpiryTime> {
  RenewalQuery() { order = SortOrder::Asc; }
  std::optional<ExpiryWindow> expires;
  std::optional<AutoRenewState> autoRenew;
};

// My Unsubscriptions: q searches request ID, order ID, instance ID or product name.
struct UnsubscriptionQuery : ListQuery<UnsubscriptionSortField, UnsubscriptionSortField::CreatedTime> {
  std::optional<UnsubscriptionStatus> status;
};

// Invoices: q searches the invoice number or the order ID; newest issued first.
struct InvoiceQuery : ListQuery<InvoiceSortField, InvoiceSortField::IssuedTime> {
  std::optional<InvoiceStatus> status;
};

// Parameter names: page, pageSize, q, status, billingMode, stage, type, sort, order. Empty q and
// unset filters are left out; paging and sort are always written.
QueryParams toQueryParams(const PurchasedAppQuery& query);
QueryParams toQueryParams(const SupervisedOrderQuery& query);
QueryParams toQueryParams(const OrderQuery& query);
QueryParams toQueryParams(const RenewalQuery& query);  // plus expires, autoRenew
QueryParams toQueryParams(const UnsubscriptionQuery& query);  // plus status
QueryParams toQueryParams(const InvoiceQuery& query);  // plus status

// Missing parameters take the defaults above; an empty value counts as missing. Unknown
// parameters are ignored. Errors have paths like "query.status".
Result<PurchasedAppQuery> parsePurchasedAppQuery(const QueryParams& params);
Result<SupervisedOrderQuery> parseSupervisedOrderQuery(const QueryParams& params);
Result<OrderQuery> parseOrderQuery(const QueryParams& params);
Result<RenewalQuery> parseRenewalQuery(const QueryParams& params);
Result<UnsubscriptionQuery> parseUnsubscriptionQuery(const QueryParams& params);
Result<InvoiceQuery> parseInvoiceQuery(const QueryParams& params);

}  // namespace koo
