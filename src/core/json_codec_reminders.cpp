// Field lists of expiry reminders: the reminder, the dismiss body and the dismissal the backend keeps.
#include "expiry_reminders.h"

namespace koo {
namespace {

template <class V, MaybeConst<ExpiryReminder> T>
void fields(V& v, T& x) {
  v.text("instanceId", x.instanceId, text_rules::kId);
  v.text("productName", x.productName, text_rules::kName);
  v.field("stage", x.stage);
  v.field("expiryTime", x.expiryTime);
  v.field("until", x.until);
  v.field("trial", x.trial);
  v.field("autoRenew", x.autoRenew);
}

template <class V, MaybeConst<ReminderDismissBody> T>
void fields(V& v, T& x) {
  v.field("stage", x.stage);
}

template <class V, MaybeConst<ReminderDismissal> T>
void fields(V& v, T& x) {
  v.field("stage", x.stage);
  v.field("expiryTime", x.expiryTime);
}

}  // namespace

KOO_CODEC_FROM_FIELDS(ExpiryReminder)
KOO_CODEC_FROM_FIELDS(ReminderDismissBody)
KOO_CODEC_FROM_FIELDS(ReminderDismissal)

}  // namespace koo
