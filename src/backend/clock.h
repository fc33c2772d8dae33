// The backend's notion of "now": an injectable base clock (the system clock in the server, a
// fixed one in tests) that test mode may pin or move forward through the test endpoint.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

#include "core/timestamp.h"

namespace koo::backend {

using ClockFn = std::function<Timestamp()>;

inline Timestamp systemNow() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

inline ClockFn fixedClock(Timestamp t) {
  return [t] { return t; };
}

// Thread-safe: the native server reads it from many threads while a test request moves it.
class AdjustableClock {
 public:
  explicit AdjustableClock(ClockFn base = systemNow) : base_(std::move(base)) {}

  Timestamp now() const {
    std::lock_guard lock(mutex_);
    if (pinned_) return *pinned_;
    return base_() + offset_;
  }
  // Pins the clock at `t` (it then stands still until moved again).
  void pin(Timestamp t) {
    std::lock_guard lock(mutex_);
    pinned_ = t;
  }
  void advance(std::chrono::seconds by) {
    std::lock_guard lock(mutex_);
    if (pinned_)
      *pinned_ += by;
    else
      offset_ += by;
  }

 private:
  ClockFn base_;
  mutable std::mutex mutex_;
  std::optional<Timestamp> pinned_;
  std::chrono::seconds offset_{0};
};

}  // namespace koo::backend
