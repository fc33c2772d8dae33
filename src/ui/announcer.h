// The console's polite live region: one sentence, in the buyer's language, saying what just
// happened (a view loaded, an error, an action done, the password shown or hidden, a copy), so a
// screen reader announces what a sighted buyer sees change on the canvas.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "semantics.h"

namespace koo::ui {

class Announcer {
 public:
  // What happened, said at once (a toast's text, "Password shown").
  void say(std::string text, double nowMs);
  // Reads the frame just drawn: the first frame with nothing loading after `route` changed or a
  // load began means `viewTitle` finished loading; an alert that was not there last frame (a load
  // or action error, a field's problem) is read out.
  void observe(const SemanticsTree& tree, std::string_view route, std::string_view viewTitle, double nowMs);
  // Adds the live region's node (top level, after everything else), holding the last sentence.
  void record(SemanticsTree& tree) const;
  const std::string& current() const { return message_; }
  // Nothing is loading and the last load's sentence was said: a sentence now follows it.
  bool settled() const { return !pending_ && !busy_ && !fresh_; }
  // Says `text` after what was said: joined to it by `joinKey` ("{before}. {after}") when that
  // was said this frame (the live region shows one text a frame, and neither may be lost).
  void sayAfter(std::string text, std::string_view joinKey, double nowMs);

 private:
  std::string message_;
  std::uint32_t said_ = 0;    // how many sentences were said: repeating one still changes the node
  double saidAtMs_ = -1e9;
  bool busy_ = false;         // last frame had a loading status
  std::string route_;         // the route of the last frame
  bool pending_ = false;      // a route or load whose end is still to be said
  bool fresh_ = false;        // the route changed this frame: its load starts after the frame
  double pendingSinceMs_ = 0;
  std::unordered_set<std::uint32_t> alerts_;  // ids of last frame's alerts
};

}  // namespace koo::ui
