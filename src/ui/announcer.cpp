// The live region's sentences: said by pages and toasts, or read from how the frame changed.
#include "announcer.h"

#include "core/i18n.h"

namespace koo::ui {
namespace {
// A sentence said this shortly before a load began is about that load (an action's outcome).
constexpr double kOutcomeGraceMs = 1000;
// The live region's node id: fixed, so the mirror keeps one element and readers hear changes.
constexpr std::uint32_t kLiveRegionId = 0x4C495645u;  // "LIVE"
}  // namespace

void Announcer::say(std::string text, double nowMs) {
  message_ = std::move(text);
  ++said_;
  saidAtMs_ = nowMs;
}

void Announcer::sayAfter(std::string text, std::string_view joinKey, double nowMs) {
  if (saidAtMs_ == nowMs && !message_.empty()) text = tr(joinKey, {{"before", message_}, {"reminders", text}});
  say(std::move(text), nowMs);
}

void Announcer::observe(const SemanticsTree& tree, std::string_view route, std::string_view viewTitle,
                        double nowMs) {
  bool busy = false;
  std::unordered_set<std::uint32_t> alerts;
  const SemanticNode* newAlert = nullptr;
  for (const auto& node : tree.nodes()) {
    if (node.role == Role::Status && (node.state & kBusy)) busy = true;
    if (node.role != Role::Alert) continue;
    alerts.insert(node.id);
    if (!newAlert && !alerts_.count(node.id)) newAlert = &node;
  }
  const bool wasFresh = fresh_;
  fresh_ = route != route_;
  if (fresh_ || (busy && !busy_)) {
    route_ = std::string(route);
    pending_ = true;
    pendingSinceMs_ = nowMs;
  }
  if (newAlert) {
    say(newAlert->name, nowMs);
    pending_ = false;
  } else if (pending_ && !busy && !fresh_ && !wasFresh) {
    // Done loading; unless something was said just before or while it ran (an action's outcome
    // comes with the reload that shows it: the outcome is what the buyer must hear).
    pending_ = false;
    if (saidAtMs_ < pendingSinceMs_ - kOutcomeGraceMs) say(tr("announce.loaded", {{"view", std::string(viewTitle)}}), nowMs);
  }
  busy_ = busy;
  alerts_ = std::move(alerts);
}

void Announcer::record(SemanticsTree& tree) const {
  // A sentence said again must still change the region's text, or it is not read again: every
  // other one ends in an invisible zero-width space.
  std::string text = message_;
  if (said_ % 2 == 0 && !text.empty()) text += "\xE2\x80\x8B";
  tree.add(SemanticNode{kLiveRegionId, Role::Status, std::move(text), {}, kLive, 0, Rect{0, 0, 1, 1}});
}

}  // namespace koo::ui
