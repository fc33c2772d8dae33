// Offsets of a time zone by instant (time_zone.h): fixed, a transition table, or a cached lookup.
#include "time_zone.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <utility>

namespace koo {

struct TimeZone::Rules {
  int initialOffsetMinutes = 0;
  std::vector<Transition> transitions;  // sorted by `from`
  OffsetLookup lookup;
  // The lookup's answers by quarter hour since the epoch (mutable: a cache behind a const zone).
  mutable std::mutex cacheMutex;
  mutable std::unordered_map<std::int64_t, int> cache;
};

namespace {
constexpr std::int64_t kLookupSlotSeconds = 15 * 60;
}  // namespace

TimeZone::TimeZone() : TimeZone(std::make_shared<Rules>()) {}
TimeZone::TimeZone(std::shared_ptr<const Rules> rules) : rules_(std::move(rules)) {}

TimeZone TimeZone::fixed(int offsetMinutes) { return withTransitions(offsetMinutes, {}); }

TimeZone TimeZone::withTransitions(int initialOffsetMinutes, std::vector<Transition> transitions) {
  auto rules = std::make_shared<Rules>();
  rules->initialOffsetMinutes = initialOffsetMinutes;
  std::sort(transitions.begin(), transitions.end(),
            [](const Transition& a, const Transition& b) { return a.from < b.from; });
  rules->transitions = std::move(transitions);
  return TimeZone(std::move(rules));
}

TimeZone TimeZone::fromLookup(OffsetLookup lookup) {
  auto rules = std::make_shared<Rules>();
  rules->lookup = std::move(lookup);
  return TimeZone(std::move(rules));
}

int TimeZone::offsetMinutesAt(Timestamp t) const {
  const Rules& rules = *rules_;
  if (rules.lookup) {
    const std::int64_t slot = floorDiv(epochSeconds(t), kLookupSlotSeconds);
    std::lock_guard lock(rules.cacheMutex);
    auto [it, added] = rules.cache.try_emplace(slot, 0);
    if (added) it->second = rules.lookup(timestampFromEpochSeconds(slot * kLookupSlotSeconds));
    return it->second;
  }
  // The last transition at or before t.
  auto after = std::upper_bound(rules.transitions.begin(), rules.transitions.end(), t,
                                [](Timestamp at, const Transition& transition) { return at < transition.from; });
  return after == rules.transitions.begin() ? rules.initialOffsetMinutes : std::prev(after)->offsetMinutes;
}

std::string formatUtcOffset(int offsetMinutes) {
  const int magnitude = std::abs(offsetMinutes);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "GMT%c%02d:%02d", offsetMinutes < 0 ? '-' : '+', magnitude / 60,
                magnitude % 60);
  return buffer;
}

namespace {
TimeZone& displayZoneSlot() {
  static TimeZone zone;
  return zone;
}
}  // namespace

const TimeZone& displayTimeZone() { return displayZoneSlot(); }
void setDisplayTimeZone(TimeZone zone) { displayZoneSlot() = std::move(zone); }

}  // namespace koo
