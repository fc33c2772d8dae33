// Frames on demand: an idle console draws nothing. Events owe a few frames (Dear ImGui settles
// over some), and the schedule asks the browser for one animation frame at a time while any are
// owed. Plain C++: the browser's requestAnimationFrame comes in as hooks, so the rules are tested
// natively.
#pragma once

#include <functional>
#include <utility>

namespace koo::platform {

struct FrameHooks {
  std::function<long()> requestAnimationFrame;      // asks for one animationFrame() call; a handle
  std::function<void(long)> cancelAnimationFrame;   // withdraws that request
  std::function<bool()> inputQueued;                // Dear ImGui holds input it has not consumed
  std::function<void()> draw;                       // draws one frame
};

class FrameSchedule {
 public:
  explicit FrameSchedule(FrameHooks hooks) : hooks_(std::move(hooks)) {}

  // At least `frames` more frames are owed (0: just make sure one is coming). Ignored once stopped.
  void request(int frames);
  // The browser's animation frame: draws (unless stopped), then asks for the next one while
  // frames are owed or Dear ImGui still holds input.
  void animationFrame();
  // No frame is drawn or asked for again; a pending request is withdrawn.
  void stop();

  int framesOwed() const { return framesOwed_; }
  bool framePending() const { return framePending_; }
  bool stopped() const { return stopped_; }

  // Frames owed after a frame that consumed input: one to show what it did, one to settle.
  static constexpr int kFramesAfterInput = 2;

 private:
  FrameHooks hooks_;
  int framesOwed_ = 0;
  bool framePending_ = false;
  long pendingRequest_ = 0;
  bool stopped_ = false;  // late timers and network answers of a removed widget find it set
};

}  // namespace koo::platform
