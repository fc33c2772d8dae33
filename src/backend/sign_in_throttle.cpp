// SignInThrottle: failure counts per key, the doubling wait, and the sweep that forgets them.
#include "sign_in_throttle.h"

#include <algorithm>

namespace koo::backend {

namespace {

std::string userKey(const std::string& user) { return "user:" + user; }
std::string addressKey(const std::string& address) { return "address:" + address; }

}  // namespace

std::chrono::seconds SignInThrottle::waitAfter(const Failures& failures, const ThrottlePolicy& policy) {
  if (failures.count < policy.freeFailures) return std::chrono::seconds(0);
  const int doublings = std::min(failures.count - policy.freeFailures, 20);
  using Rep = std::chrono::seconds::rep;
  return std::min(policy.firstWait * (Rep{1} << doublings), policy.longestWait);
}

std::optional<std::chrono::seconds> SignInThrottle::remaining(const std::string& key,
                                                              const ThrottlePolicy& policy,
                                                              Timestamp now) const {
  const auto it = failures_.find(key);
  if (it == failures_.end()) return std::nullopt;
  const Timestamp allowedAt = it->second.last + waitAfter(it->second, policy);
  if (allowedAt <= now) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::seconds>(allowedAt - now);
}

std::optional<std::chrono::seconds> SignInThrottle::waitBeforeAttempt(const std::string& user,
                                                                      const std::string& address,
                                                                      Timestamp now) {
  std::lock_guard lock(mutex_);
  auto wait = remaining(userKey(user), perUser_, now);
  if (!address.empty()) {
    auto byAddress = remaining(addressKey(address), perAddress_, now);
    if (byAddress && (!wait || *byAddress > *wait)) wait = byAddress;
  }
  return wait;
}

void SignInThrottle::record(const std::string& key, const ThrottlePolicy& policy, Timestamp now) {
  auto it = failures_.find(key);
  if (it == failures_.end()) {
    if (failures_.size() >= kMaxTracked) failures_.erase(failures_.begin());
    it = failures_.emplace(key, Failures{}).first;
  }
  if (now - it->second.last >= policy.forgetAfter) it->second.count = 0;  // not swept yet
  it->second.count += 1;
  it->second.last = now;
}

void SignInThrottle::failed(const std::string& user, const std::string& address, Timestamp now) {
  std::lock_guard lock(mutex_);
  forgetQuietOnes(now);
  record(userKey(user), perUser_, now);
  if (!address.empty()) record(addressKey(address), perAddress_, now);
}

void SignInThrottle::succeeded(const std::string& user) {
  std::lock_guard lock(mutex_);
  failures_.erase(userKey(user));
}

// At most once a minute: a full pass costs little then, whatever the rate of failures.
void SignInThrottle::forgetQuietOnes(Timestamp now) {
  if (lastSweep_ && *lastSweep_ <= now && now - *lastSweep_ < std::chrono::minutes(1)) return;
  lastSweep_ = now;
  for (auto it = failures_.begin(); it != failures_.end();) {
    const bool byAddress = it->first.rfind("address:", 0) == 0;
    const auto forgetAfter = byAddress ? perAddress_.forgetAfter : perUser_.forgetAfter;
    it = now - it->second.last >= forgetAfter ? failures_.erase(it) : std::next(it);
  }
}

}  // namespace koo::backend
