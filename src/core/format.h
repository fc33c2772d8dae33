// Text for people: dates, durations, money, billing periods and the labels of the domain's
// enums (from the text catalogues), shared by the ui and by the reasons the service-flow rules give.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain.h"
#include "time_zone.h"

namespace koo {

// "2024-03-01" and "2024-03-01 16:05 GMT+08:00" in `zone` (by default the console's display
// zone). Dates (list columns) carry no offset; a date and time always says its offset.
std::string formatDate(Timestamp t, const TimeZone& zone = displayTimeZone());
std::string formatDateTime(Timestamp t, const TimeZone& zone = displayTimeZone());

// A rounded-up, human span: "2 days", "1 day", "5 hours", "3 minutes", "1 minute" (>= 1 minute).
std::string formatDuration(std::int64_t seconds);

// "¥1,234.50" (CNY), "$12.00" (USD), otherwise "EUR 1,234.50"; negatives as "-¥3.00".
std::string formatMoney(const Money& money);

// "1 year", "3 months", "7 days".
std::string billingPeriodText(const BillingPeriod& period);
// The Purchased Apps "Period" column: the period, or "-" when the mode has none.
std::string periodText(const std::optional<BillingPeriod>& period);

// Labels as the console shows them in the current locale ("In use", "Pending payment", ...).
std::string_view labelOf(ResourceStatus value);
std::string_view labelOf(BillingMode value);
std::string_view labelOf(OrderStatus value);
std::string_view labelOf(OrderType value);
std::string_view labelOf(FlowStage value);
std::string_view labelOf(BuyerAction value);
std::string_view labelOf(FlowEventKind value);
std::string_view labelOf(ExpiryWindow value);
std::string_view labelOf(AutoRenewState value);

}  // namespace koo
