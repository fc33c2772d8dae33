// The live region's sentences: said by pages and toasts, or read from how the frame changed.
#include "announcer.h"

#include "core/i18n.h"

namespace koo::ui {
namespace {
// A "loaded" sentence never replaces something said this recently (an action's outcome comes
// with the reload that shows it: the outcome is what the buyer must hear).
constexpr double kKeepSaidMs = 3000;
// The live region's node id: fixed, so the mirror keeps one element and readers hear changes.
constexpr std::uint32_t kLiveRegionId = 0x4C495645u;  // "LIVE"
}  // namespace

void Announcer::say(std::string text, double nowMs) {
  message_ = std::move(text);
  ++said_;
  saidAtMs_ = nowMs;
}

void Announcer::observe(const SemanticsTree& tree, std::string_view viewTitle, double nowMs) {
  bool busy = false;
  std::unordered_set<std::uint32_t> alerts;
  const SemanticNode* newAlert = nullptr;
  for (const auto& node : tree.nodes()) {
    if (node.role == Role::Status && (node.state & kBusy)) busy = true;
    if (node.role != Role::Alert) continue;
    alerts.insert(node.id);
    if (!newAlert && !alerts_.count(node.id)) newAlert = &node;
  }
  if (newAlert)
    say(newAlert->name, nowMs);
  else if (busy_ && !busy && nowMs - saidAtMs_ > kKeepSaidMs)
    say(tr("announce.loaded", {{"view", std::string(viewTitle)}}), nowMs);
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
