// Applies a list query to rows held in memory: search, filters, sort (ties broken by ID so
// pages are stable) and the requested page. Used by the in-memory backend and by tests.
#pragma once

#include <vector>

#include "domain.h"
#include "list_query.h"
#include "text.h"

namespace koo {

Page<PurchasedApp> selectPurchasedApps(std::vector<PurchasedApp> rows, const PurchasedAppQuery& query);
Page<SupervisedOrderSummary> selectSupervisedOrders(std::vector<SupervisedOrderSummary> rows,
                                                    const SupervisedOrderQuery& query);
Page<Order> selectOrders(std::vector<Order> rows, const OrderQuery& query);
// Renewals: the rows are the buyer's renewable apps with their status as of `now`.
Page<PurchasedApp> selectRenewals(std::vector<PurchasedApp> rows, const RenewalQuery& query, Timestamp now);
Page<UnsubscriptionRequest> selectUnsubscriptions(std::vector<UnsubscriptionRequest> rows,
                                                  const UnsubscriptionQuery& query);
// Invoices: q matches the invoice number or the order ID.
Page<Invoice> selectInvoices(std::vector<Invoice> rows, const InvoiceQuery& query);

}  // namespace koo
