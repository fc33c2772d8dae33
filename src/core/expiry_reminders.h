// Expiry reminders (issue 14): which of a buyer's apps to remind of at which threshold (30 days,
// 7 days, expired, frozen), and a dismissal that hides an app's reminder until its next one.
// The backend answers with them; the console draws what it is given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain.h"
#include "json_codec.h"

namespace koo {

namespace reminder_rules {
constexpr std::int64_t kSoonDays = 30;    // "expires within 30 days", as the Renewals filter
constexpr std::int64_t kUrgentDays = 7;   // "expires within 7 days" (auto-renew charges then)
}  // namespace reminder_rules

// One app's reminder. EXPIRED and FROZEN carry `until`: usable until (grace ends), released on
// (retention ends). A trial only ever reminds that it ends (30 or 7 days) and is never renewed;
// an app with auto-renew on reminds that it will renew (30 or 7 days) instead of warning.
struct ExpiryReminder {
  std::string instanceId;
  std::string productName;
  ReminderStage stage = ReminderStage::Within30Days;
  Timestamp expiryTime;
  std::optional<Timestamp> until;
  bool trial = false;
  bool autoRenew = false;
  bool operator==(const ExpiryReminder&) const = default;
};

// POST /expiry-reminders/{instanceId}/dismiss: the stage the buyer saw and dismissed.
struct ReminderDismissBody {
  ReminderStage stage = ReminderStage::Within30Days;
  bool operator==(const ReminderDismissBody&) const = default;
};

// What the backend keeps with the app: the stage dismissed, for the expiry it was about (a
// renewal moves the expiry, so an older dismissal no longer hides anything).
struct ReminderDismissal {
  ReminderStage stage = ReminderStage::Within30Days;
  Timestamp expiryTime;
  bool operator==(const ReminderDismissal&) const = default;
};

// The app's reminder at `now` (its status computed as core/renewal.h does), or none: not within
// 30 days of expiry, released, not a yearly/monthly app or trial, a trial already ended.
std::optional<ExpiryReminder> expiryReminderFor(const PurchasedApp& app, Timestamp now);

// Whether a dismissal hides the reminder: the same expiry and a stage no further on.
bool dismissalHides(const std::optional<ReminderDismissal>& dismissal, const ExpiryReminder& reminder);

// The reminder the buyer sees, if any: expiryReminderFor unless dismissed.
std::optional<ExpiryReminder> visibleReminder(const PurchasedApp& app, const std::optional<ReminderDismissal>& dismissal,
                                              Timestamp now);

// Most urgent first (frozen, expired, 7 days, 30 days), then the soonest expiry, then the ID.
void sortReminders(std::vector<ExpiryReminder>& reminders);

// How many reminders of each kind, for the console frame's summary: warnings by stage, then the
// apps that will renew by themselves and the trials ending (each counted once).
struct ReminderCounts {
  int within30Days = 0, within7Days = 0, expired = 0, frozen = 0, renewing = 0, trialsEnding = 0;
  int total() const { return within30Days + within7Days + expired + frozen + renewing + trialsEnding; }
};
ReminderCounts countReminders(const std::vector<ExpiryReminder>& reminders);

// The Renewals filter that shows the apps of a stage (30 days: the apps expiring within 30 days).
ExpiryWindow renewalsFilterOf(ReminderStage stage);

KOO_DECLARE_CODEC(ExpiryReminder)
KOO_DECLARE_CODEC(ReminderDismissBody)
KOO_DECLARE_CODEC(ReminderDismissal)

}  // namespace koo
