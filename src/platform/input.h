// Browser names to and from Dear ImGui's: KeyboardEvent.code in (keys), CSS cursors out; and a
// finger on the console (TouchScroller). Plain ImGui and C++, so all of it is tested natively.
#pragma once

#include <string_view>

#include "imgui.h"

namespace koo::platform {

// ImGuiKey for a KeyboardEvent.code ("KeyA", "Backspace", "ArrowLeft"...), ImGuiKey_None if unmapped.
ImGuiKey keyFromCode(std::string_view code);

// The CSS cursor keyword for Dear ImGui's cursor ("none" for ImGuiMouseCursor_None, "default"
// for any it does not know). Mapped by name, so the order of ImGuiMouseCursor_ does not matter.
const char* cssCursor(ImGuiMouseCursor cursor);

// A finger on the console: a touch that stays put is a tap (a click where it began), one that
// moves scrolls the content with the finger, and a flick goes on scrolling, slowing down, after
// the finger lifts (not under prefers-reduced-motion). Times in milliseconds, distances in CSS
// pixels; a positive scroll shows what is further down.
class TouchScroller {
 public:
  static constexpr float kSlop = 10.0f;            // a finger moving less than this is still a tap
  static constexpr double kDecayMs = 325.0;        // the flick's speed falls by e every this long
  static constexpr double kStopSpeed = 0.02;       // px/ms: the flick has stopped
  static constexpr double kStaleMs = 100.0;        // a finger at rest this long before lifting: no flick

  void press(float x, float y, double ms);
  // The finger moved: how far to scroll now (0 while it is within the slop of a tap).
  float move(float x, float y, double ms);
  // The finger lifted: true when it was a tap (click at tapX, tapY). With `momentum` a flick
  // keeps scrolling through step().
  bool release(double ms, bool momentum);
  // The touch was cancelled (the browser took it): neither tap nor flick.
  void cancel();
  // How far the flick scrolls since the last step (or release); 0 once it stopped.
  float step(double ms);
  bool flinging() const { return flinging_; }
  float tapX() const { return startX_; }
  float tapY() const { return startY_; }

 private:
  bool down_ = false, dragging_ = false, flinging_ = false;
  float startX_ = 0, startY_ = 0, lastY_ = 0;
  double lastMs_ = 0;
  double velocity_ = 0;  // px/ms of scroll, smoothed over the last moves
};

}  // namespace koo::platform
