// Handlers of Purchased Apps (list, Resource Details, password reveal) and of the Billing
// Center's orders. Lists are filtered, sorted and paged by core's list_select.
#include "core/list_select.h"
#include "router_internal.h"

namespace koo::backend::detail {

ApplicationInfo applicationInfoForAnswer(ApplicationInfo info, const std::string& password) {
  // URLs go out as the seller sent them: the console opens only http(s) ones and shows any
  // other scheme as text with a warning, so the buyer learns the seller's data is off.
  info.hasPassword = !password.empty();
  return info;
}

Outcome Handlers::listApps(Call& call) {
  auto query = parsePurchasedAppQuery(call.request.query);
  if (!query.ok()) return fromDecodeError(query.error());
  auto rows = appsForAnswer(store_.appsOf(call.buyerId()), store_.ordersOf(call.buyerId()), call.now);
  return Reply{200, toJsonValue(selectPurchasedApps(std::move(rows), query.value())), {}};
}

Outcome Handlers::appDetails(Call& call) {
  auto record = store_.findApp(call.buyerId(), call.param);
  if (!record) return notFound("No purchased app with instanceId " + call.param);
  ResourceDetails details;
  details.basicInfo = appForAnswer(*record, store_.ordersOf(call.buyerId()), call.now);
  details.applicationInfo = applicationInfoForAnswer(record->applicationInfo, record->password);
  details.seller = record->seller;
  return Reply{200, toJsonValue(details), {}};
}

Outcome Handlers::revealPassword(Call& call) {
  if (auto bad = checkEmptyBody(call)) return *bad;
  auto record = store_.findApp(call.buyerId(), call.param);
  if (!record) return notFound("No purchased app with instanceId " + call.param);
  if (record->password.empty())
    return conflict("The seller provided no initial password for this instance");
  // The reveal is evidence: who saw which instance's password, when, in which request. The
  // password itself is in the answer only, never in the log.
  Reply reply{200, toJsonValue(PasswordReveal{record->password, call.now}), {}};
  reply.holdsSecret = true;  // a repeat reads the password again, and is audited again
  reply.change.addAudit =
      AuditEntry{0, call.now, call.buyerId(), "PASSWORD_REVEAL", call.param, call.requestId};
  return reply;
}

Outcome Handlers::listOrders(Call& call) {
  auto query = parseOrderQuery(call.request.query);
  if (!query.ok()) return fromDecodeError(query.error());
  std::vector<Order> rows;
  for (const auto& record : store_.ordersOf(call.buyerId())) rows.push_back(orderForAnswer(record, call.now));
  return Reply{200, toJsonValue(selectOrders(std::move(rows), query.value())), {}};
}

Outcome Handlers::orderDetails(Call& call) {
  auto record = store_.findOrder(call.buyerId(), call.param);
  if (!record) return notFound("No order " + call.param);
  Order order = orderForAnswer(*record, call.now);
  // The instance's validity, once it exists (its order details show it).
  if (order.instanceId)
    if (auto app = store_.findApp(call.buyerId(), *order.instanceId)) {
      order.validFrom = app->app.effectiveTime;
      order.validTo = app->app.expiryTime;
    }
  return Reply{200, toJsonValue(order), {}};
}

}  // namespace koo::backend::detail
