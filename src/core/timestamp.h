// Points in time as whole UTC seconds, with ISO-8601 text conversion and calendar arithmetic.
// Every rule that depends on time takes `now` as a Timestamp argument; nothing reads a clock.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace koo {

using Timestamp = std::chrono::sys_seconds;

// Seconds since 1970-01-01T00:00:00Z.
inline Timestamp timestampFromEpochSeconds(std::int64_t seconds) {
  return Timestamp{std::chrono::seconds{seconds}};
}
inline std::int64_t epochSeconds(Timestamp t) { return t.time_since_epoch().count(); }

struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

// a / b rounded toward negative infinity (instants before 1970 fall in the right day or slot).
std::int64_t floorDiv(std::int64_t a, std::int64_t b);
CivilTime toCivil(Timestamp t);
// Fields must be in range (month 1-12, day valid for the month, ...); nullopt otherwise.
std::optional<Timestamp> fromCivil(const CivilTime& civil);

// "2024-03-01T08:00:00Z": always UTC, no fraction.
std::string formatIsoUtc(Timestamp t);
// Accepts "YYYY-MM-DDTHH:MM:SS" with an optional fraction (dropped) and a zone of "Z" or
// "+hh:mm"/"-hh:mm" (converted to UTC). Anything else is nullopt.
std::optional<Timestamp> parseIsoUtc(std::string_view text);

Timestamp addDays(Timestamp t, std::int64_t days);
// Calendar months; the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29).
Timestamp addMonths(Timestamp t, int months);

constexpr std::int64_t kSecondsPerHour = 3600;
constexpr std::int64_t kSecondsPerDay = 86400;

}  // namespace koo
