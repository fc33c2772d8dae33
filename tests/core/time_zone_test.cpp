// Times in the buyer's zone: offsets by instant (fixed, across a DST change, looked up once per
// quarter hour), the marketplace's "GMT+08:00" text, and the flow's day rules on instants.
#include <gtest/gtest.h>

#include "core/format.h"
#include "core/service_flow.h"
#include "core/time_zone.h"
#include "samples.h"

namespace koo {
namespace {

const TimeZone kShanghai = TimeZone::fixed(8 * 60);

// Europe/Berlin around the spring change of 2026: +01:00 until 01:00 UTC on 29 March, then +02:00
// until 01:00 UTC on 25 October.
TimeZone berlin2026() {
  return TimeZone::withTransitions(60, {{samples::at("2026-10-25T01:00:00Z"), 60},
                                        {samples::at("2026-03-29T01:00:00Z"), 120}});
}

TEST(TimeZone, OffsetsAreWrittenAsTheMarketplaceDoes) {
  EXPECT_EQ(formatUtcOffset(8 * 60), "GMT+08:00");
  EXPECT_EQ(formatUtcOffset(0), "GMT+00:00");
  EXPECT_EQ(formatUtcOffset(-(3 * 60 + 30)), "GMT-03:30");
  EXPECT_EQ(formatUtcOffset(5 * 60 + 45), "GMT+05:45");
}

TEST(TimeZone, AcrossMidnightInGmtPlus8) {
  // 16:30 UTC is already half past midnight of the next day in China.
  const Timestamp t = samples::at("2026-11-24T16:30:00Z");
  EXPECT_EQ(formatDateTime(t, kShanghai), "2026-11-25 00:30 GMT+08:00");
  EXPECT_EQ(formatDate(t, kShanghai), "2026-11-25");
  EXPECT_EQ(formatDateTime(t - std::chrono::seconds{1860}, kShanghai), "2026-11-24 23:59 GMT+08:00");
  EXPECT_EQ(formatDate(t - std::chrono::seconds{1860}, kShanghai), "2026-11-24");
  EXPECT_EQ(formatDateTime(samples::at("2026-11-25T11:00:00Z"), kShanghai), "2026-11-25 19:00 GMT+08:00");
}

TEST(TimeZone, AcrossADaylightSavingChange) {
  const TimeZone zone = berlin2026();
  EXPECT_EQ(formatDateTime(samples::at("2026-03-29T00:59:00Z"), zone), "2026-03-29 01:59 GMT+01:00");
  EXPECT_EQ(formatDateTime(samples::at("2026-03-29T01:00:00Z"), zone), "2026-03-29 03:00 GMT+02:00");
  // In autumn the same wall-clock hour comes twice; the offset tells them apart.
  EXPECT_EQ(formatDateTime(samples::at("2026-10-25T00:30:00Z"), zone), "2026-10-25 02:30 GMT+02:00");
  EXPECT_EQ(formatDateTime(samples::at("2026-10-25T01:30:00Z"), zone), "2026-10-25 02:30 GMT+01:00");
  EXPECT_EQ(zone.offsetMinutesAt(samples::at("2025-12-31T23:00:00Z")), 60);
}

TEST(TimeZone, LookedUpOncePerQuarterHour) {
  std::vector<std::int64_t> asked;
  const TimeZone zone = TimeZone::fromLookup([&asked](Timestamp t) {
    asked.push_back(epochSeconds(t));
    return epochSeconds(t) >= epochSeconds(samples::at("2026-03-29T01:00:00Z")) ? 120 : 60;
  });
  EXPECT_EQ(zone.offsetMinutesAt(samples::at("2026-03-29T00:50:00Z")), 60);
  EXPECT_EQ(zone.offsetMinutesAt(samples::at("2026-03-29T00:59:59Z")), 60);
  EXPECT_EQ(zone.offsetMinutesAt(samples::at("2026-03-29T01:00:00Z")), 120);
  EXPECT_EQ(zone.offsetMinutesAt(samples::at("2026-03-29T01:14:00Z")), 120);
  EXPECT_EQ(asked, (std::vector<std::int64_t>{epochSeconds(samples::at("2026-03-29T00:45:00Z")),
                                               epochSeconds(samples::at("2026-03-29T01:00:00Z"))}));
  // Before 1970 the quarter hours still start on the quarter hour.
  EXPECT_EQ(zone.offsetMinutesAt(timestampFromEpochSeconds(-1)), 60);
  EXPECT_EQ(asked.back(), -900);
}

TEST(TimeZone, TheDisplayZoneIsWhatTheFormattersUseByDefault) {
  const Timestamp t = samples::at("2026-11-24T16:30:00Z");
  EXPECT_EQ(formatDateTime(t), "2026-11-24 16:30 GMT+00:00");  // UTC until the platform says otherwise
  setDisplayTimeZone(kShanghai);
  EXPECT_EQ(formatDateTime(t), "2026-11-25 00:30 GMT+08:00");
  EXPECT_EQ(formatDate(t), "2026-11-25");
  setDisplayTimeZone(TimeZone{});
  EXPECT_EQ(formatDate(t), "2026-11-24");
}

// The flow's rules count seconds from instants; the buyer's local date never matters.
FlowState waitingForSellerSince(Timestamp entered) {
  FlowState state = initialFlowState(entered);
  state.stage = FlowStage::WaitingDelivery;
  return state;
}

TEST(DayBoundaries, AppealAfterExactlyFiveDaysWhateverTheLocalDate) {
  // Entered one second before midnight in China: local dates say "5 days" a day early.
  for (const char* entered : {"2026-11-24T15:59:59Z", "2026-11-24T16:00:00Z", "2026-11-24T16:00:01Z"}) {
    SCOPED_TRACE(entered);
    const Timestamp start = samples::at(entered);
    const FlowState state = waitingForSellerSince(start);
    const Timestamp due = start + std::chrono::seconds{flow_rules::kAppealAfterSellerIdleSeconds};
    EXPECT_FALSE(appealAvailability(state, due - std::chrono::seconds{1}).available);
    EXPECT_FALSE(applyBuyerAction(state, BuyerAction::Appeal, due - std::chrono::seconds{1}).ok());
    EXPECT_TRUE(appealAvailability(state, due).available);
    EXPECT_EQ(appealAvailability(state, start).availableFrom, due);
    EXPECT_TRUE(applyBuyerAction(state, BuyerAction::Appeal, due).ok());
  }
}

TEST(DayBoundaries, OneReminderPer24HoursNotPerLocalDay) {
  // 23:30 in China, then 00:30 the next local day: a new date, but only an hour later.
  const Timestamp lateEvening = samples::at("2026-11-24T15:30:00Z");
  const auto first = applyBuyerAction(waitingForSellerSince(lateEvening - std::chrono::hours{1}),
                                      BuyerAction::Remind, lateEvening);
  ASSERT_TRUE(first.ok());
  const Timestamp nextLocalDay = lateEvening + std::chrono::hours{1};
  ASSERT_NE(formatDate(lateEvening, kShanghai), formatDate(nextLocalDay, kShanghai));
  const auto tooSoon = applyBuyerAction(first->state, BuyerAction::Remind, nextLocalDay);
  ASSERT_FALSE(tooSoon.ok());
  EXPECT_EQ(tooSoon.error().code, RefusalCode::ReminderTooSoon);
  EXPECT_FALSE(applyBuyerAction(first->state, BuyerAction::Remind, lateEvening + std::chrono::seconds{kSecondsPerDay - 1}).ok());
  EXPECT_TRUE(applyBuyerAction(first->state, BuyerAction::Remind, lateEvening + std::chrono::seconds{kSecondsPerDay}).ok());
}

}  // namespace
}  // namespace koo
