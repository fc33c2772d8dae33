// ISO-8601 parsing and formatting, civil conversion and calendar arithmetic.
#include <gtest/gtest.h>

#include "core/timestamp.h"

namespace koo {
namespace {

TEST(Timestamp, FormatsAndParsesUtc) {
  EXPECT_EQ(formatIsoUtc(timestampFromEpochSeconds(0)), "1970-01-01T00:00:00Z");
  EXPECT_EQ(formatIsoUtc(timestampFromEpochSeconds(1736899200)), "2025-01-15T00:00:00Z");
  EXPECT_EQ(formatIsoUtc(timestampFromEpochSeconds(-1)), "1969-12-31T23:59:59Z");
  for (std::int64_t seconds : {0LL, 951782400LL, 1709164800LL, 4102444799LL, -86400LL * 365}) {
    const Timestamp t = timestampFromEpochSeconds(seconds);
    EXPECT_EQ(parseIsoUtc(formatIsoUtc(t)), t) << seconds;
  }
}

TEST(Timestamp, ParsesFractionsAndOffsets) {
  const Timestamp base = *parseIsoUtc("2025-01-15T00:00:00Z");
  EXPECT_EQ(parseIsoUtc("2025-01-15T00:00:00.999Z"), base);
  EXPECT_EQ(parseIsoUtc("2025-01-15t00:00:00z"), base);
  EXPECT_EQ(parseIsoUtc("2025-01-15T08:00:00+08:00"), base);
  EXPECT_EQ(parseIsoUtc("2025-01-14T19:30:00-04:30"), base);
}

TEST(Timestamp, RefusesWhatIsNotAnIsoTime) {
  for (const char* text : {"", "2025-01-15", "2025-01-15T00:00:00", "2025-01-15 00:00:00Z", "2025-1-15T00:00:00Z",
                           "2025-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2025-01-15T24:00:00Z",
                           "2025-01-15T00:60:00Z", "2025-01-15T00:00:60Z", "2025-01-15T00:00:00.Z",
                           "2025-01-15T00:00:00+8:00", "2025-01-15T00:00:00Zjunk", "2025-13-01T00:00:00Z",
                           "abcd-01-15T00:00:00Z", "2025-01-15T00:00:00+24:00"})
    EXPECT_FALSE(parseIsoUtc(text).has_value()) << text;
  EXPECT_TRUE(parseIsoUtc("2024-02-29T00:00:00Z").has_value());
}

TEST(Timestamp, CivilConversion) {
  const CivilTime c = toCivil(*parseIsoUtc("2024-02-29T13:14:15Z"));
  EXPECT_EQ(c.year, 2024);
  EXPECT_EQ(c.month, 2);
  EXPECT_EQ(c.day, 29);
  EXPECT_EQ(c.hour, 13);
  EXPECT_EQ(c.minute, 14);
  EXPECT_EQ(c.second, 15);
  EXPECT_FALSE(fromCivil(CivilTime{2023, 2, 29, 0, 0, 0}).has_value());
  EXPECT_FALSE(fromCivil(CivilTime{2023, 0, 1, 0, 0, 0}).has_value());
}

TEST(Timestamp, CalendarArithmetic) {
  const Timestamp jan31 = *parseIsoUtc("2025-01-31T12:00:00Z");
  EXPECT_EQ(formatIsoUtc(addMonths(jan31, 1)), "2025-02-28T12:00:00Z");
  EXPECT_EQ(formatIsoUtc(addMonths(jan31, 13)), "2026-02-28T12:00:00Z");
  EXPECT_EQ(formatIsoUtc(addMonths(jan31, -2)), "2024-11-30T12:00:00Z");
  EXPECT_EQ(formatIsoUtc(addMonths(jan31, 12)), "2026-01-31T12:00:00Z");
  EXPECT_EQ(formatIsoUtc(addDays(jan31, 29)), "2025-03-01T12:00:00Z");
  EXPECT_EQ(formatIsoUtc(addDays(jan31, -31)), "2024-12-31T12:00:00Z");
}

}  // namespace
}  // namespace koo
