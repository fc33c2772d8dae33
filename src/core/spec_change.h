// Changing specifications and trial -> commercial (DOMAIN-LIFECYCLE §7, §10): the product's
// catalogue, who may change to what, the pro-rated fee by the documented formulas, and the app
// once a change or a conversion is paid. The backend decides with them, the console explains.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain.h"
#include "result.h"

namespace koo {

namespace spec_rules {
constexpr std::int64_t kDowngradeWindowDays = 30;  // downgrade/scale-in only this close to expiry (DOC)
constexpr std::int64_t kMaxUsers = 100000;
}  // namespace spec_rules

// A per-user SKU's price tier: up to `upToUsers` users (0: no upper bound), per user.
struct UserTier {
  std::int64_t upToUsers = 0;
  Money yearlyUnitPrice;
  Money monthlyUnitPrice;
  bool operator==(const UserTier&) const = default;
};

// One yearly/monthly SKU of a product. `level` orders the specifications (higher is an
// upgrade); a per-user SKU prices by `userTiers`, a flat one by its yearly/monthly price.
struct CatalogueSku {
  std::string specification;
  int level = 0;
  Money yearlyPrice;
  Money monthlyPrice;
  std::vector<UserTier> userTiers;  // ascending upToUsers; empty: not per-user
  bool onSale = true;               // false: removed from the catalogue
  bool operator==(const CatalogueSku&) const = default;
};

// What the marketplace sells of a product (store-side, seeded by the demo data).
struct ProductCatalogue {
  bool changeSupported = false;   // the seller supports changing specifications
  bool trialConvertible = false;  // a trial may be bought as a commercial SKU
  UserPricingModel userPricing = UserPricingModel::Linear;
  std::vector<CatalogueSku> skus;
  bool operator==(const ProductCatalogue&) const = default;
};

struct ChangeRefusal {
  ChangeRefusalCode code = ChangeRefusalCode::NotSupported;
  std::string message;  // in the console's language
  bool operator==(const ChangeRefusal&) const = default;
};

// The fee of an immediate change and its parts: the new and the original price for the
// app's period, the remaining days of that period and its length, and the discount.
struct ChangeQuote {
  ChangeKind kind = ChangeKind::Upgrade;
  Money fee;
  Money newPrice;
  Money originalPrice;
  std::int64_t remainingDays = 0;
  std::int64_t daysInPeriod = 0;
  int discountPercent = 0;
  bool operator==(const ChangeQuote&) const = default;
};

// One change the product offers the app: an immediate one (with its quote) or one at renewal
// (with the target's price per period unit); refusal says why it is not possible now.
struct ChangeOption {
  ChangeKind kind = ChangeKind::Upgrade;
  SpecTarget target;
  bool atRenewal = false;
  std::optional<std::int64_t> maxUsers;  // scale-out: the most users the SKU sells
  std::optional<ChangeQuote> quote;
  std::optional<Money> renewalUnitPrice;
  std::optional<ChangeRefusal> refusal;
  bool operator==(const ChangeOption&) const = default;
};

// A commercial SKU a trial can be bought as, with its yearly and monthly price.
struct PurchaseOption {
  std::string specification;
  Money yearlyPrice;
  Money monthlyPrice;
  bool operator==(const PurchaseOption&) const = default;
};

// The answer of GET /purchased-apps/{instanceId}/change-options.
struct ChangeOptions {
  std::string instanceId;
  Timestamp asOf;
  std::optional<ChangeRefusal> refusal;          // no change at all, and why
  std::vector<ChangeOption> options;
  std::optional<ChangeRefusal> purchaseRefusal;  // trial not convertible, and why
  std::vector<PurchaseOption> purchaseOptions;
  bool operator==(const ChangeOptions&) const = default;
};

// POST /purchased-apps/{instanceId}/change-orders: immediate, or at renewal with its period.
struct ChangeOrderBody {
  SpecTarget target;
  std::optional<BillingPeriod> renewalPeriod;
  bool operator==(const ChangeOrderBody&) const = default;
};
// POST /purchased-apps/{instanceId}/conversion-orders: buy a trial as this SKU and period.
struct ConversionOrderBody {
  std::string specification;
  BillingPeriod period;
  bool operator==(const ConversionOrderBody&) const = default;
};

// --- The documented formulas, on exact fractions, rounded half-up once at the end. ---
// Upgrade: new × remaining/days × discount − original × remaining/days × discount.
Money upgradeFee(const Money& newPeriodPrice, const Money& originalPeriodPrice, std::int64_t remainingDays,
                 std::int64_t daysInPeriod, int discountPercent);
// Scale-out, linear or tiered: unit price of the new total's tier × total users × remaining
// period × discount − original price × remaining period × discount.
Money linearScaleOutFee(const Money& newTierUnitPrice, std::int64_t totalUsers, const Money& originalPeriodPrice,
                        std::int64_t remainingDays, std::int64_t daysInPeriod, int discountPercent);
// Scale-out, volume: unit price of the new total's tier × added users × remaining days × discount.
Money volumeScaleOutFee(const Money& newTierUnitPrice, std::int64_t addedUsers, std::int64_t remainingDays,
                        std::int64_t daysInPeriod, int discountPercent);

// Whole days left before expiry (a started day counts); 0 once expired.
std::int64_t remainingDaysOf(Timestamp expiry, Timestamp now);
// Days of the current period: from expiry minus the period to expiry, on the marketplace calendar.
std::int64_t daysInPeriodOf(Timestamp expiry, const BillingPeriod& period);

// The SKU the app has, or the named one; nullptr when the catalogue has none.
const CatalogueSku* findSku(const ProductCatalogue& catalogue, const std::string& specification);
// A SKU's price for `period` (and `users` for a per-user SKU), before discount.
Money skuPeriodPrice(const CatalogueSku& sku, const BillingPeriod& period, std::int64_t users);

// Why no change is possible for the app at all, or nullopt. `purchaseStatus` is the status of
// the order that bought it; `catalogue` is null when the marketplace has none for the product.
std::optional<ChangeRefusal> changeRefusal(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                           OrderStatus purchaseStatus, Timestamp now);
// The kind of change `target` is, or why it is not a change the product offers.
Expected<ChangeKind, ChangeRefusal> changeKindOf(const PurchasedApp& app, const ProductCatalogue& catalogue,
                                                 const SpecTarget& target);
// The fee of an immediate change (upgrade or scale-out), or why not now.
Expected<ChangeQuote, ChangeRefusal> changeQuote(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                                 OrderStatus purchaseStatus, const SpecTarget& target, Timestamp now);
// The price of renewing for `period` into `target` (any kind; downgrade and scale-in only
// within 30 days of expiry), or why not.
Expected<Money, ChangeRefusal> renewalChangePrice(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                                  OrderStatus purchaseStatus, const SpecTarget& target,
                                                  const BillingPeriod& period, Timestamp now);
// Everything the product offers the app now; `scaleOutUsers` quotes that user count.
ChangeOptions changeOptionsFor(const PurchasedApp& app, const ProductCatalogue* catalogue, OrderStatus purchaseStatus,
                               Timestamp now, std::optional<std::int64_t> scaleOutUsers = std::nullopt);

// The app once a change is paid: its specification and users at once, the expiry unchanged.
PurchasedApp withSpecChanged(PurchasedApp app, const SpecTarget& target);
// The app with a change paid at renewal applied once its period started.
PurchasedApp withScheduledChangeAt(PurchasedApp app, Timestamp now);

// Trial -> commercial: why the trial can't be bought now, its price, and the app once paid
// (same instance, commercial from `paidAt` for the period; unused trial days forfeited).
std::optional<ChangeRefusal> conversionRefusal(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                               Timestamp now);
Expected<Money, ChangeRefusal> conversionPrice(const PurchasedApp& app, const ProductCatalogue* catalogue,
                                               const ConversionOrderBody& body, Timestamp now);
PurchasedApp convertedTrial(PurchasedApp app, const ProductCatalogue& catalogue, const std::string& specification,
                            const BillingPeriod& period, Timestamp paidAt);

}  // namespace koo
