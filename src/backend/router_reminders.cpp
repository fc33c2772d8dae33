// Handlers of expiry reminders: the buyer's reminders as of the backend's now (core's thresholds),
// and dismissing one app's reminder until its next threshold, kept with the app record.
#include "core/expiry_reminders.h"
#include "router_internal.h"

namespace koo::backend::detail {

namespace {

ItemList<ExpiryReminder> remindersOf(Store& store, const std::string& buyerId, Timestamp now) {
  ItemList<ExpiryReminder> list;
  for (const auto& record : store.appsOf(buyerId))
    if (auto reminder = visibleReminder(record.app, record.reminderDismissal, now)) list.items.push_back(*reminder);
  sortReminders(list.items);
  return list;
}

}  // namespace

Outcome Handlers::listExpiryReminders(Call& call) {
  return Reply{200, toJsonValue(remindersOf(store_, call.buyerId(), call.now)), {}};
}

// Dismissing the stage the app is at now (or one before it: a page drawn before a threshold
// passed) hides it until the next stage; a stage the app has not reached is refused.
Outcome Handlers::dismissExpiryReminder(Call& call) {
  auto body = decodeBody<ReminderDismissBody>(call);
  if (!body.ok()) return body.error();
  auto record = store_.findApp(call.buyerId(), call.param);
  if (!record) return notFound("No purchased app with instanceId " + call.param);
  const auto reminder = expiryReminderFor(record->app, call.now);
  if (!reminder || static_cast<int>(body.value().stage) > static_cast<int>(reminder->stage))
    return conflict(call.param + ": no expiry reminder at stage " + std::string(toString(body.value().stage)));
  record->reminderDismissal = ReminderDismissal{body.value().stage, reminder->expiryTime};
  Reply reply{200, {}, {}};
  reply.change.putApps.push_back(*record);
  // The answer is the list as it is once the change is applied.
  auto list = remindersOf(store_, call.buyerId(), call.now);
  std::erase_if(list.items, [&](const ExpiryReminder& r) {
    return r.instanceId == call.param && dismissalHides(record->reminderDismissal, r);
  });
  reply.body = toJsonValue(list);
  return reply;
}

}  // namespace koo::backend::detail
