// The frames-on-demand rules (frame_schedule.h).
#include "frame_schedule.h"

#include <algorithm>

namespace koo::platform {

void FrameSchedule::request(int frames) {
  if (stopped_) return;
  framesOwed_ = std::max(framesOwed_, frames);
  if (framePending_) return;
  framePending_ = true;
  pendingRequest_ = hooks_.requestAnimationFrame();
}

void FrameSchedule::animationFrame() {
  framePending_ = false;
  if (stopped_) return;
  // Input is consumed frames after it arrived (ImGui trickles it, and a busy machine queues it
  // behind slow frames), so the frames that let the console settle count from its consumption:
  // the frame that takes a button's release must be followed by one that shows what it did.
  const bool consumesInput = hooks_.inputQueued();
  hooks_.draw();
  if (framesOwed_ > 0) --framesOwed_;
  if (consumesInput) framesOwed_ = std::max(framesOwed_, kFramesAfterInput);
  // Keep going while ImGui still has queued input (it trickles one event kind per frame).
  if (framesOwed_ > 0 || hooks_.inputQueued()) request(0);
}

void FrameSchedule::stop() {
  if (stopped_) return;
  stopped_ = true;
  if (framePending_) hooks_.cancelAnimationFrame(pendingRequest_);
  framePending_ = false;
}

}  // namespace koo::platform
