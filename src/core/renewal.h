// The rules of renewing yearly/monthly apps (DOMAIN-LIFECYCLE §0, §4, §5, §8): an instance's
// lifecycle after expiry, who may renew, for which periods at which price, the new expiry, and
// auto-renewal. The backend decides with them and the console explains with them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain.h"
#include "result.h"

namespace koo {

namespace renewal_rules {
constexpr std::int64_t kGraceDays = 15;      // Expired: still usable (DOC)
constexpr std::int64_t kRetentionDays = 15;  // Frozen: unusable, data kept (DOC)
constexpr int kMaxMonths = 9;                // monthly SKUs renew for 1-9 months (CHOICE)
constexpr int kMaxYears = 3;                 // yearly SKUs for 1-3 years (CHOICE)
constexpr size_t kMaxItems = 30;             // one combined purchase, as Combine Payment (DOC)
constexpr int kAutoRenewDaysBefore = 7;      // auto-renewal charges 7 days before expiry (DOC)
constexpr int kAutoRenewHourLocal = 3;       // at 03:00 GMT+08:00 (DOC)
constexpr int kMarketplaceOffsetMinutes = 8 * 60;  // the marketplace's jobs and calendar: GMT+08:00
}  // namespace renewal_rules

// Where an instance is in its life: in use until expiry T, Expired (grace) until T+15 d, Frozen
// (retention) until T+30 d, then released (deleted, no longer renewable).
struct Lifecycle {
  ResourceStatus status = ResourceStatus::InUse;
  std::optional<Timestamp> graceEnds;      // T + 15 d: frozen from then
  std::optional<Timestamp> retentionEnds;  // T + 30 d: released from then
  bool released = false;
};
// `frozen`: frozen for another reason than time (the seller's rules), as the store keeps it.
Lifecycle lifecycleAt(const std::optional<Timestamp>& expiryTime, bool frozen, Timestamp now);
// The app with its status as of `now`: yearly/monthly apps follow lifecycleAt; others (trials,
// packages) are expired from their expiry on, frozen only when stored so.
PurchasedApp withStatusAt(PurchasedApp app, Timestamp now);

// Yearly/monthly, not a trial, with an expiry: the apps Renewals lists.
bool isRenewalKind(const PurchasedApp& app);

enum class RenewalRefusalCode {
  NotRenewable,    // pay-per-use, one-time, package or trial (DOC / CHOICE)
  Released,        // deleted after its retention period (DOC)
  NotOnSale,       // its SKU is no longer available (DOC)
  PendingOrder,    // an order of the instance awaits payment (DOC)
  BadPeriod,       // a period the SKU does not offer
  Expired,         // auto-renewal can't be turned on once expired (DOC)
};
struct RenewalRefusal {
  RenewalRefusalCode code = RenewalRefusalCode::NotRenewable;
  std::string message;  // in the console's language
};

// Why the app can't be renewed now, or nullopt. The PendingOrder refusal names that order.
std::optional<RenewalRefusal> renewalRefusal(const PurchasedApp& app, Timestamp now);

// The periods the app can be renewed for: 1-9 months or 1-3 years, in its SKU's unit.
std::vector<BillingPeriod> renewalPeriodOptions(const PurchasedApp& app);
// The last purchased period, when it is one of the options; else the first option.
std::optional<BillingPeriod> defaultRenewalPeriod(const PurchasedApp& app);

// Price of `period`: unit price × units × (100 − discount) %, rounded half-up to the minor unit
// on the final amount (CHOICE). Refused when the SKU is not on sale or the period not offered.
Expected<Money, RenewalRefusal> renewalPrice(const PurchasedApp& app, const BillingPeriod& period);
// The sum of several prices in one currency (a combined purchase).
Money totalOf(const std::vector<Money>& amounts);

// Adds the period on the marketplace's calendar (GMT+08:00): months and years keep the day of
// the month (clamped), and the last day of a month stays the last day (30 Apr + 1 month = 31 May).
Timestamp addRenewalPeriod(Timestamp expiry, const BillingPeriod& period);

// The app once a renewal for `period` is paid: the new expiry counts from the original expiry,
// also in grace or retention (the time spent there is lost, DOC), the period becomes the last
// purchased one and the status follows the new expiry. Refused as renewalRefusal says, except
// that the paid order itself is no longer pending.
Expected<PurchasedApp, RenewalRefusal> applyRenewal(PurchasedApp app, const BillingPeriod& period, Timestamp now);

// Turning auto-renewal on with `period`, or off (nullopt). Refused for apps that can't be
// renewed, once expired (DOC), or with a period the SKU does not offer.
Expected<PurchasedApp, RenewalRefusal> applyAutoRenew(PurchasedApp app, const std::optional<BillingPeriod>& period,
                                                      Timestamp now);

// When auto-renewal will charge and how much: 03:00 GMT+08:00 seven days before expiry; once
// that passed, the next 03:00 run (daily retries); charged at once when expiry comes first.
struct AutoRenewal {
  Timestamp chargeTime;
  Money amount;
  BillingPeriod period;
};
std::optional<AutoRenewal> nextAutoRenewal(const PurchasedApp& app, Timestamp now);

// Whether the app is in the list's expiry window at `now`.
bool inExpiryWindow(const PurchasedApp& app, ExpiryWindow window, Timestamp now);

}  // namespace koo
