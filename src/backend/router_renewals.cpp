// Handlers of Renewals: the list, renewal orders (one or a combined purchase) and auto-renew,
// all decided by core's renewal rules; and the app a paid renewal order leaves behind.
#include "core/list_select.h"
#include "core/renewal.h"
#include "core/spec_change.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

// The unpaid order of each instance, if any (renewing waits until it is paid or cancelled).
std::map<std::string, std::string> pendingOrdersByInstance(const std::vector<OrderRecord>& orders) {
  std::map<std::string, std::string> pending;
  for (const auto& record : orders)
    if (record.order.status == OrderStatus::PendingPayment && record.order.instanceId)
      pending.emplace(*record.order.instanceId, record.order.orderId);
  return pending;
}

PurchasedApp answerOf(const AppRecord& record, const std::map<std::string, std::string>& pending, Timestamp now) {
  // A change paid with a renewal applies once the renewed period started (core/spec_change.h).
  PurchasedApp app = withStatusAt(withScheduledChangeAt(record.app, now), now);
  app.pendingOrderId.reset();
  if (auto it = pending.find(app.instanceId); it != pending.end()) app.pendingOrderId = it->second;
  return app;
}

ApiError refusalError(const RenewalRefusal& refusal, const std::string& path, const std::string& instanceId) {
  if (refusal.code == RenewalRefusalCode::BadPeriod)
    return {ErrorCode::Validation, path + ": " + instanceId + ": " + refusal.message};
  return conflict(instanceId + ": " + refusal.message);
}

}  // namespace

std::string newNumber(IdSource& ids, const char* prefix, const std::function<bool(const std::string&)>& taken) {
  for (;;) {
    const std::string random = ids.token();
    std::string number = prefix;
    for (std::size_t i = random.size() - 12; i < random.size(); ++i)
      number += static_cast<char>('0' + static_cast<unsigned char>(random[i]) % 10);
    if (!taken(number)) return number;
  }
}

std::string newOrderNumber(IdSource& ids, Store& store, const std::string& buyerId, const char* prefix) {
  return newNumber(ids, prefix, [&](const std::string& number) { return store.findOrder(buyerId, number).has_value(); });
}

PurchasedApp appForAnswer(const AppRecord& record, const std::vector<OrderRecord>& orders, Timestamp now) {
  return answerOf(record, pendingOrdersByInstance(orders), now);
}

std::vector<PurchasedApp> appsForAnswer(const std::vector<AppRecord>& records, const std::vector<OrderRecord>& orders,
                                        Timestamp now) {
  const auto pending = pendingOrdersByInstance(orders);
  std::vector<PurchasedApp> apps;
  for (const auto& record : records) apps.push_back(answerOf(record, pending, now));
  return apps;
}

std::optional<AppRecord> appRenewedBy(const OrderRecord& paid, Store& store, Timestamp now) {
  const Order& order = paid.order;
  if (order.type != OrderType::Renewal || !order.instanceId || !order.period) return std::nullopt;
  auto record = store.findApp(paid.buyerId, *order.instanceId);
  if (!record) return std::nullopt;
  // The order being paid is no longer pending; anything else about the app still counts.
  const PurchasedApp before = withScheduledChangeAt(record->app, now);
  auto renewed = applyRenewal(withStatusAt(before, now), *order.period, now);
  if (!renewed.ok()) return std::nullopt;
  record->app = renewed.value();
  // A renewal carrying a change (a downgrade) applies it from the renewed period's start.
  if (order.specChange) record->app.scheduledChange = ScheduledSpecChange{*order.specChange, *before.expiryTime};
  record->app.pendingOrderId.reset();
  return record;
}

Outcome Handlers::listRenewals(Call& call) {
  auto query = parseRenewalQuery(call.request.query);
  if (!query.ok()) return fromDecodeError(query.error());
  std::vector<PurchasedApp> rows;
  for (auto& app : appsForAnswer(store_.appsOf(call.buyerId()), store_.ordersOf(call.buyerId()), call.now))
    if (isRenewalKind(app) && !lifecycleAt(app.expiryTime, false, call.now).released) rows.push_back(std::move(app));
  return Reply{200, toJsonValue(selectRenewals(std::move(rows), query.value(), call.now)), {}};
}

Outcome Handlers::createRenewalOrders(Call& call) {
  auto body = decodeBody<RenewalOrderBody>(call);
  if (!body.ok()) return body.error();
  const auto orders = store_.ordersOf(call.buyerId());
  const auto& items = body.value().items;
  RenewalPurchase purchase;
  if (items.size() > 1) purchase.combinedOrderId = newOrderNumber(ids_, store_, call.buyerId(), "CB");
  Reply reply{201, {}, {}};
  for (std::size_t i = 0; i < items.size(); ++i) {
    const RenewalItem& item = items[i];
    auto record = store_.findApp(call.buyerId(), item.instanceId);
    if (!record) return notFound("No purchased app with instanceId " + item.instanceId);
    const PurchasedApp app = appForAnswer(*record, orders, call.now);
    const std::string path = "$.items[" + std::to_string(i) + "].period";
    if (auto refused = renewalRefusal(app, call.now)) return refusalError(*refused, path, item.instanceId);
    auto price = renewalPrice(app, item.period);
    if (!price.ok()) return refusalError(price.error(), path, item.instanceId);
    Order order;
    order.orderId = newOrderNumber(ids_, store_, call.buyerId(), "CS");
    order.type = OrderType::Renewal;
    order.status = OrderStatus::PendingPayment;
    order.productId = app.productId;
    order.productName = app.productName;
    order.specification = app.specification;
    order.billingMode = app.billingMode;
    order.period = item.period;
    order.amount = price.value();
    order.createdTime = call.now;
    order.involvesSupervision = app.involvesSupervision;
    order.instanceId = app.instanceId;
    order.combinedOrderId = purchase.combinedOrderId;
    purchase.orders.push_back(order);
    reply.change.putOrders.push_back(OrderRecord{call.buyerId(), std::move(order)});
  }
  reply.body = toJsonValue(purchase);
  return reply;
}

Outcome Handlers::setAutoRenew(Call& call) {
  auto body = decodeBody<AutoRenewBody>(call);
  if (!body.ok()) return body.error();
  auto record = store_.findApp(call.buyerId(), call.param);
  if (!record) return notFound("No purchased app with instanceId " + call.param);
  const auto orders = store_.ordersOf(call.buyerId());
  const std::optional<BillingPeriod> period =
      body.value().enabled ? body.value().period : std::optional<BillingPeriod>();
  auto changed = applyAutoRenew(appForAnswer(*record, orders, call.now), period, call.now);
  if (!changed.ok()) return refusalError(changed.error(), "$.period", call.param);
  record->app.autoRenewPeriod = period;  // only this changes in what is kept
  Reply reply{200, toJsonValue(appForAnswer(*record, orders, call.now)), {}};
  reply.change.putApps.push_back(std::move(*record));
  return reply;
}

}  // namespace koo::backend::detail
