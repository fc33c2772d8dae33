// alice's apps that assets/demo/generate-demo-data.mjs puts in each Renewals state, for the
// backend's and the console's renewal tests.
#pragma once

namespace koo::demo_apps {
inline constexpr const char* kWithin30AutoOn = "ins-5a53e90001";  // monthly, auto-renew on
inline constexpr const char* kWithin7 = "ins-5aa2a8000f";
inline constexpr const char* kWithin15 = "ins-5a91c30019";
inline constexpr const char* kInGrace = "ins-5a6bd20002";         // yearly, expired 5 days ago
inline constexpr const char* kInRetention = "ins-5a4a080016";     // frozen, expired 20 days ago
inline constexpr const char* kYearlyAutoOn = "ins-5ad27a0011";
inline constexpr const char* kNotOnSale = "ins-5ac195001b";
inline constexpr const char* kWithUnpaidOrder = "ins-5b2139001f";
inline constexpr const char* kTrial = "ins-5ab38d0005";
inline constexpr const char* kOnDemand = "ins-5a83bb0003";
}  // namespace koo::demo_apps
