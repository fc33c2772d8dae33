// Frames on demand: how many frames events owe, one animation frame requested at a time, frames
// counted from the one that consumed input, nothing after stop.
#include "frame_schedule.h"

#include <gtest/gtest.h>

#include <functional>
#include <utility>
#include <vector>

using koo::platform::FrameHooks;
using koo::platform::FrameSchedule;

namespace {

// A browser stand-in: animation frames wait in `pending` until run() fires them.
struct FakeBrowser {
  std::vector<long> pending;
  std::vector<long> cancelled;
  long nextHandle = 1;
  int inputEvents = 0;  // events Dear ImGui holds; each drawn frame consumes one
  int drawn = 0;
  std::function<void()> duringDraw;

  FrameHooks hooks() {
    return FrameHooks{
        .requestAnimationFrame = [this] { pending.push_back(nextHandle); return nextHandle++; },
        .cancelAnimationFrame = [this](long handle) { cancelled.push_back(handle); },
        .inputQueued = [this] { return inputEvents > 0; },
        .draw = [this] {
          ++drawn;
          if (inputEvents > 0) --inputEvents;
          if (duringDraw) duringDraw();
        }};
  }
  // Fires the animation frames pending now (as one browser frame would); returns how many.
  int fire(FrameSchedule& schedule) {
    auto now = std::move(pending);
    pending.clear();
    for (std::size_t i = 0; i < now.size(); ++i) schedule.animationFrame();
    return static_cast<int>(now.size());
  }
  // Fires frames until none is requested; returns how many were drawn.
  int settle(FrameSchedule& schedule) {
    const int before = drawn;
    for (int guard = 0; guard < 100 && !pending.empty(); ++guard) fire(schedule);
    return drawn - before;
  }
};

struct Scheduled {
  FakeBrowser browser;
  FrameSchedule schedule{browser.hooks()};
};

}  // namespace

TEST(FrameSchedule, AnIdleConsoleDrawsNothing) {
  Scheduled s;
  EXPECT_TRUE(s.browser.pending.empty());
  EXPECT_EQ(s.browser.settle(s.schedule), 0);
}

TEST(FrameSchedule, AnEventDrawsTheFramesItOwesOneRequestAtATime) {
  Scheduled s;
  s.schedule.request(3);
  s.schedule.request(2);  // fewer than owed: changes nothing
  EXPECT_EQ(s.browser.pending.size(), 1u);
  EXPECT_EQ(s.browser.settle(s.schedule), 3);
  EXPECT_FALSE(s.schedule.framePending());
}

TEST(FrameSchedule, TheFrameThatConsumesInputIsFollowedByTwoMore) {
  Scheduled s;
  s.browser.inputEvents = 1;
  s.schedule.request(1);  // owed frames run out on the very frame that consumes the input
  EXPECT_EQ(s.browser.settle(s.schedule), 1 + FrameSchedule::kFramesAfterInput);
}

TEST(FrameSchedule, FramesGoOnWhileInputIsQueued) {
  Scheduled s;
  s.browser.inputEvents = 5;  // Dear ImGui trickles it, one event per frame here
  s.schedule.request(1);
  // Five frames consume the input; the last consuming one owes two more.
  EXPECT_EQ(s.browser.settle(s.schedule), 5 + FrameSchedule::kFramesAfterInput);
}

TEST(FrameSchedule, ARequestDuringTheDrawCountsThatFrame) {
  Scheduled s;
  int requestsLeft = 1;
  s.browser.duringDraw = [&] {
    if (requestsLeft-- > 0) s.schedule.request(2);  // new glyphs: the next frame rebuilds the atlas
  };
  s.schedule.request(1);
  EXPECT_EQ(s.browser.settle(s.schedule), 2);
}

TEST(FrameSchedule, StopWithdrawsThePendingFrameAndRefusesNewOnes) {
  Scheduled s;
  s.schedule.request(2);
  ASSERT_EQ(s.browser.pending.size(), 1u);
  const long handle = s.browser.pending.front();
  s.schedule.stop();
  EXPECT_EQ(s.browser.cancelled, std::vector<long>{handle});
  s.schedule.request(5);  // a late timer or network answer of a removed widget
  s.schedule.animationFrame();  // a frame the browser fired anyway
  EXPECT_EQ(s.browser.drawn, 0);
  EXPECT_EQ(s.browser.pending.size(), 1u);  // only the withdrawn one
}
