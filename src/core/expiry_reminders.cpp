// Expiry reminders: the thresholds, dismissals until the next threshold, order and counts.
#include "expiry_reminders.h"

#include <algorithm>
#include <tuple>

#include "renewal.h"

namespace koo {
namespace {

using namespace reminder_rules;

// Days ahead, as the Renewals filters count them: expiry after now and at most `days` ahead.
bool expiresWithin(Timestamp expiry, Timestamp now, std::int64_t days) {
  return expiry > now && expiry <= addDays(now, days);
}

int urgency(ReminderStage stage) { return static_cast<int>(stage); }  // declared least urgent first

}  // namespace

std::optional<ExpiryReminder> expiryReminderFor(const PurchasedApp& stored, Timestamp now) {
  if (!stored.expiryTime) return std::nullopt;
  const Timestamp expiry = *stored.expiryTime;
  ExpiryReminder reminder{stored.instanceId, stored.productName, ReminderStage::Within30Days, expiry, std::nullopt,
                          stored.isTrial, false};
  if (stored.isTrial) {
    // Choice: a trial is days or weeks long, so "within 30 days" would be true from its start;
    // it reminds only in its last 7 days, and says it ends (it is bought, not renewed).
    if (!expiresWithin(expiry, now, kUrgentDays)) return std::nullopt;
    reminder.stage = ReminderStage::Within7Days;
    return reminder;
  }
  if (!isRenewalKind(stored)) return std::nullopt;
  const PurchasedApp app = withStatusAt(stored, now);
  const Lifecycle life = lifecycleAt(app.expiryTime, false, now);
  if (life.released) return std::nullopt;
  if (now >= expiry) {
    // Past expiry time decides, not a freeze of the seller's from before it.
    reminder.stage = life.status == ResourceStatus::Frozen ? ReminderStage::Frozen : ReminderStage::Expired;
    reminder.until = reminder.stage == ReminderStage::Frozen ? life.retentionEnds : life.graceEnds;
    return reminder;
  }
  if (app.status != ResourceStatus::InUse) return std::nullopt;  // frozen by the rules: not an expiry
  if (expiresWithin(expiry, now, kUrgentDays)) reminder.stage = ReminderStage::Within7Days;
  else if (expiresWithin(expiry, now, kSoonDays)) reminder.stage = ReminderStage::Within30Days;
  else return std::nullopt;
  reminder.autoRenew = app.autoRenewPeriod.has_value() && app.renewalOffer.has_value();
  return reminder;
}

bool dismissalHides(const std::optional<ReminderDismissal>& dismissal, const ExpiryReminder& reminder) {
  return dismissal && dismissal->expiryTime == reminder.expiryTime &&
         urgency(reminder.stage) <= urgency(dismissal->stage);
}

std::optional<ExpiryReminder> visibleReminder(const PurchasedApp& app, const std::optional<ReminderDismissal>& dismissal,
                                              Timestamp now) {
  auto reminder = expiryReminderFor(app, now);
  if (!reminder || dismissalHides(dismissal, *reminder)) return std::nullopt;
  return reminder;
}

void sortReminders(std::vector<ExpiryReminder>& reminders) {
  std::stable_sort(reminders.begin(), reminders.end(), [](const ExpiryReminder& a, const ExpiryReminder& b) {
    return std::make_tuple(-urgency(a.stage), a.expiryTime, a.instanceId) <
           std::make_tuple(-urgency(b.stage), b.expiryTime, b.instanceId);
  });
}

ReminderCounts countReminders(const std::vector<ExpiryReminder>& reminders) {
  ReminderCounts counts;
  for (const auto& reminder : reminders) {
    if (reminder.trial) {
      ++counts.trialsEnding;
      continue;
    }
    if (reminder.autoRenew) {
      ++counts.renewing;
      continue;
    }
    switch (reminder.stage) {
      case ReminderStage::Within30Days: ++counts.within30Days; break;
      case ReminderStage::Within7Days: ++counts.within7Days; break;
      case ReminderStage::Expired: ++counts.expired; break;
      case ReminderStage::Frozen: ++counts.frozen; break;
    }
  }
  return counts;
}

ExpiryWindow renewalsFilterOf(ReminderStage stage) {
  switch (stage) {
    case ReminderStage::Within30Days: return ExpiryWindow::Within30Days;
    case ReminderStage::Within7Days: return ExpiryWindow::Within7Days;
    case ReminderStage::Expired: return ExpiryWindow::Expired;
    case ReminderStage::Frozen: return ExpiryWindow::Frozen;
  }
  return ExpiryWindow::Within30Days;
}

}  // namespace koo
