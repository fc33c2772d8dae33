// Handlers of changing specifications and trial -> commercial (DOMAIN-LIFECYCLE §7, §10): the
// change options with their fees, CHANGE orders (and renewal orders carrying a downgrade), the
// NEW order that buys a trial, and the app each of them leaves once paid. Rules: core/spec_change.
#include "core/renewal.h"
#include "core/spec_change.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

// What the rules need about an app: its answer (status, unpaid order) and its order's status.
struct AppFacts {
  AppRecord record;
  PurchasedApp app;
  OrderStatus purchaseStatus = OrderStatus::Processing;
  const ProductCatalogue* catalogue() const { return record.catalogue ? &*record.catalogue : nullptr; }
};

std::optional<AppFacts> factsOf(Store& store, const std::string& buyerId, const std::string& instanceId,
                                Timestamp now) {
  auto record = store.findApp(buyerId, instanceId);
  if (!record) return std::nullopt;
  const auto orders = store.ordersOf(buyerId);
  AppFacts facts{*record, appForAnswer(*record, orders, now), OrderStatus::Processing};
  for (const auto& order : orders)
    if (order.order.orderId == record->app.orderId) facts.purchaseStatus = orderForAnswer(order, now).status;
  return facts;
}

// Refusals are conflicts with the app's state; a target or period the product does not offer
// is a validation error of the body at `path`.
ApiError refusalError(const ChangeRefusal& refusal, const std::string& path) {
  switch (refusal.code) {
    case ChangeRefusalCode::UnknownTarget:
    case ChangeRefusalCode::BadUsers:
    case ChangeRefusalCode::BadPeriod: return {ErrorCode::Validation, path + ": " + refusal.message};
    default: return conflict(std::string(toString(refusal.code)) + ": " + refusal.message);
  }
}

Order orderFor(const PurchasedApp& app, OrderType type, Timestamp now) {
  Order order;
  order.type = type;
  order.status = OrderStatus::PendingPayment;
  order.productId = app.productId;
  order.productName = app.productName;
  order.specification = app.specification;
  order.billingMode = BillingMode::Period;
  order.period = app.period;
  order.createdTime = now;
  order.involvesSupervision = app.involvesSupervision;
  order.instanceId = app.instanceId;
  return order;
}

}  // namespace

std::optional<AppRecord> appChangedBy(const OrderRecord& paid, Store& store, Timestamp now) {
  const Order& order = paid.order;
  const std::string instanceId = order.trialInstanceId.value_or(order.instanceId.value_or(""));
  auto record = store.findApp(paid.buyerId, instanceId);
  if (!record) return std::nullopt;
  if (order.type == OrderType::Change && order.specChange) {
    record->app = withSpecChanged(withScheduledChangeAt(record->app, now), *order.specChange);
    return record;
  }
  if (order.type == OrderType::New && order.trialInstanceId && order.period && record->catalogue &&
      record->app.isTrial) {
    record->app = convertedTrial(record->app, *record->catalogue, order.specification, *order.period, now);
    record->app.orderId = order.orderId;  // the commercial purchase is the app's order now
    return record;
  }
  return std::nullopt;
}

Outcome Handlers::changeOptions(Call& call) {
  std::optional<std::int64_t> users;
  for (const auto& [name, value] : call.request.query) {
    if (name != "users") return ApiError{ErrorCode::Validation, "query." + name + ": unknown parameter"};
    const bool digits = !value.empty() && value.size() <= 6 && value.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(value) < 1 || std::stoll(value) > spec_rules::kMaxUsers)
      return ApiError{ErrorCode::Validation, "query.users: a whole number from 1 to 100000"};
    users = std::stoll(value);
  }
  auto facts = factsOf(store_, call.buyerId(), call.param, call.now);
  if (!facts) return notFound("No purchased app with instanceId " + call.param);
  return Reply{200,
               toJsonValue(changeOptionsFor(facts->app, facts->catalogue(), facts->purchaseStatus, call.now, users)),
               {}};
}

Outcome Handlers::createChangeOrder(Call& call) {
  auto body = decodeBody<ChangeOrderBody>(call);
  if (!body.ok()) return body.error();
  auto facts = factsOf(store_, call.buyerId(), call.param, call.now);
  if (!facts) return notFound("No purchased app with instanceId " + call.param);
  const ChangeOrderBody& wanted = body.value();
  Order order;
  if (wanted.renewalPeriod) {
    // A change at renewal (any kind, downgrade and scale-in only so): a RENEWAL order into
    // the target, which applies from the renewed period once paid.
    auto price = renewalChangePrice(facts->app, facts->catalogue(), facts->purchaseStatus, wanted.target,
                                    *wanted.renewalPeriod, call.now);
    if (!price.ok()) return refusalError(price.error(), "$.renewalPeriod");
    if (auto refused = renewalRefusal(facts->app, call.now)) return conflict(refused->message);
    order = orderFor(facts->app, OrderType::Renewal, call.now);
    order.period = wanted.renewalPeriod;
    order.amount = price.value();
  } else {
    auto quote = changeQuote(facts->app, facts->catalogue(), facts->purchaseStatus, wanted.target, call.now);
    if (!quote.ok()) return refusalError(quote.error(), "$.target");
    order = orderFor(facts->app, OrderType::Change, call.now);
    order.amount = quote.value().fee;
    order.listPrice = quote.value().fee;
  }
  order.orderId = newOrderNumber(ids_, store_, call.buyerId(), "CS");
  order.specChange = wanted.target;
  if (wanted.target.users) order.quantity = wanted.target.users;
  Reply reply{201, toJsonValue(orderForAnswer(OrderRecord{call.buyerId(), order, facts->record.seller, {}}, call.now)),
              {}};
  reply.change.putOrders.push_back(OrderRecord{call.buyerId(), std::move(order), facts->record.seller, {}});
  return reply;
}

Outcome Handlers::createConversionOrder(Call& call) {
  auto body = decodeBody<ConversionOrderBody>(call);
  if (!body.ok()) return body.error();
  auto facts = factsOf(store_, call.buyerId(), call.param, call.now);
  if (!facts) return notFound("No purchased app with instanceId " + call.param);
  auto price = conversionPrice(facts->app, facts->catalogue(), body.value(), call.now);
  if (!price.ok()) return refusalError(price.error(), "$.period");
  Order order = orderFor(facts->app, OrderType::New, call.now);
  order.orderId = newOrderNumber(ids_, store_, call.buyerId(), "CS");
  order.specification = body.value().specification;
  order.period = body.value().period;
  order.amount = price.value();
  order.listPrice = price.value();
  order.trialInstanceId = facts->app.instanceId;
  order.involvesSupervision = false;  // the instance exists: nothing to provision or supervise
  Reply reply{201, toJsonValue(orderForAnswer(OrderRecord{call.buyerId(), order, facts->record.seller, {}}, call.now)),
              {}};
  reply.change.putOrders.push_back(OrderRecord{call.buyerId(), std::move(order), facts->record.seller, {}});
  return reply;
}

}  // namespace koo::backend::detail
