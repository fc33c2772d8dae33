// The buyer's time zone as core sees it: a UTC offset for every instant (fixed, from a table of
// transitions, or asked of the platform), and the console-wide zone the formatters show times in.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "timestamp.h"

namespace koo {

class TimeZone {
 public:
  // From `from` on, the zone is `offsetMinutes` east of UTC (until the next transition).
  struct Transition {
    Timestamp from;
    int offsetMinutes = 0;
  };
  // Asks someone else (the browser's tz database) for the offset at an instant.
  using OffsetLookup = std::function<int(Timestamp)>;

  // UTC.
  TimeZone();
  static TimeZone fixed(int offsetMinutes);
  // `initialOffsetMinutes` before the first transition; transitions in any order.
  static TimeZone withTransitions(int initialOffsetMinutes, std::vector<Transition> transitions);
  // Offsets looked up once per quarter hour (every real zone changes offset on a quarter hour)
  // and remembered, so a frame that formats many times asks only for the new ones.
  static TimeZone fromLookup(OffsetLookup lookup);

  int offsetMinutesAt(Timestamp t) const;

 private:
  struct Rules;
  explicit TimeZone(std::shared_ptr<const Rules> rules);
  std::shared_ptr<const Rules> rules_;
};

// "GMT+08:00", "GMT-03:30", "GMT+00:00": the offset as the marketplace writes it.
std::string formatUtcOffset(int offsetMinutes);

// The zone the console shows times in (UTC until the platform sets the buyer's zone at start).
const TimeZone& displayTimeZone();
void setDisplayTimeZone(TimeZone zone);

}  // namespace koo
