// Slows down repeated wrong passwords, per user name and per client address: after a few
// failures each further attempt waits longer (doubling, capped at minutes), a success clears
// the user's count, and a quiet spell forgets everything, so nobody is locked out for good.
// State is in memory only (a restart forgets it), bounded in size; thread-safe.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/timestamp.h"

namespace koo::backend {

struct ThrottlePolicy {
  int freeFailures = 5;                     // failures allowed before any wait
  std::chrono::seconds firstWait{1};        // the wait after freeFailures, doubling after each more
  std::chrono::seconds longestWait{300};
  std::chrono::seconds forgetAfter{900};    // since the last failure
};

class SignInThrottle {
 public:
  SignInThrottle() = default;
  SignInThrottle(ThrottlePolicy perUser, ThrottlePolicy perAddress)
      : perUser_(perUser), perAddress_(perAddress) {}

  // How long `user` from `address` must still wait before the next attempt (nullopt: it may
  // try now). An empty address (in-process calls) is not limited by address.
  std::optional<std::chrono::seconds> waitBeforeAttempt(const std::string& user,
                                                        const std::string& address, Timestamp now);
  void failed(const std::string& user, const std::string& address, Timestamp now);
  void succeeded(const std::string& user);

 private:
  struct Failures {
    int count = 0;
    Timestamp last;
  };
  static std::chrono::seconds waitAfter(const Failures& failures, const ThrottlePolicy& policy);
  std::optional<std::chrono::seconds> remaining(const std::string& key, const ThrottlePolicy& policy,
                                                Timestamp now) const;
  void record(const std::string& key, const ThrottlePolicy& policy, Timestamp now);
  void forgetQuietOnes(Timestamp now);

  static constexpr size_t kMaxTracked = 100000;  // bounds memory whatever callers send
  ThrottlePolicy perUser_;
  ThrottlePolicy perAddress_{20, std::chrono::seconds(1), std::chrono::seconds(300),
                             std::chrono::seconds(900)};
  std::mutex mutex_;
  std::map<std::string, Failures> failures_;  // "user:<name>" and "address:<ip>"
  std::optional<Timestamp> lastSweep_;
};

}  // namespace koo::backend
