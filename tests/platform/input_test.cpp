// KeyboardEvent.code values map to the ImGui keys the console relies on; ImGui's cursors map to
// CSS cursor keywords by name.
#include "input.h"

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

using koo::platform::cssCursor;
using koo::platform::keyFromCode;

TEST(KeyMapping, CodesGiveTheirKeys) {
  static constexpr std::pair<std::string_view, ImGuiKey> kExpected[] = {
      // Editing and navigation.
      {"Backspace", ImGuiKey_Backspace}, {"Tab", ImGuiKey_Tab}, {"Enter", ImGuiKey_Enter},
      {"ArrowLeft", ImGuiKey_LeftArrow}, {"Escape", ImGuiKey_Escape}, {"ControlLeft", ImGuiKey_LeftCtrl},
      // Letters and digits, for shortcuts.
      {"KeyA", ImGuiKey_A}, {"KeyV", ImGuiKey_V}, {"KeyZ", ImGuiKey_Z}, {"Digit0", ImGuiKey_0}, {"Digit9", ImGuiKey_9},
      // Unknown codes are ignored.
      {"", ImGuiKey_None}, {"Keya", ImGuiKey_None}, {"F13", ImGuiKey_None}, {"KeyAB", ImGuiKey_None},
  };
  for (const auto& [code, key] : kExpected) EXPECT_EQ(keyFromCode(code), key) << "code \"" << code << '"';
}

TEST(CursorNames, EveryImGuiCursorHasItsCssKeyword) {
  static constexpr std::pair<ImGuiMouseCursor, std::string_view> kExpected[] = {
      {ImGuiMouseCursor_None, "none"},           {ImGuiMouseCursor_Arrow, "default"},
      {ImGuiMouseCursor_TextInput, "text"},      {ImGuiMouseCursor_ResizeAll, "move"},
      {ImGuiMouseCursor_ResizeNS, "ns-resize"},  {ImGuiMouseCursor_ResizeEW, "ew-resize"},
      {ImGuiMouseCursor_ResizeNESW, "nesw-resize"}, {ImGuiMouseCursor_ResizeNWSE, "nwse-resize"},
      {ImGuiMouseCursor_Hand, "pointer"},        {ImGuiMouseCursor_NotAllowed, "not-allowed"},
  };
  static_assert(std::size(kExpected) == ImGuiMouseCursor_COUNT + 1, "a cursor of Dear ImGui has no test");
  for (const auto& [cursor, name] : kExpected) EXPECT_EQ(cssCursor(cursor), name) << "cursor " << cursor;
  EXPECT_EQ(std::string_view(cssCursor(ImGuiMouseCursor_COUNT)), "default");
}

using koo::platform::TouchScroller;

TEST(TouchScroller, AFingerThatStaysIsATapWhereItBegan) {
  TouchScroller touch;
  touch.press(100, 200, 0);
  EXPECT_EQ(touch.move(104, 203, 30), 0.0f);  // within the slop
  EXPECT_TRUE(touch.release(60, true));
  EXPECT_EQ(touch.tapX(), 100.0f);
  EXPECT_EQ(touch.tapY(), 200.0f);
  EXPECT_FALSE(touch.flinging());
}

TEST(TouchScroller, ADragScrollsWithTheFingerAndIsNoTap) {
  TouchScroller touch;
  touch.press(100, 400, 0);
  EXPECT_EQ(touch.move(100, 380, 16), 20.0f);   // finger up: the content goes up, showing more below
  EXPECT_EQ(touch.move(100, 350, 32), 30.0f);
  EXPECT_EQ(touch.move(100, 360, 48), -10.0f);  // and back down
  EXPECT_FALSE(touch.release(300, true));        // at rest a while before lifting: no flick
  EXPECT_FALSE(touch.flinging());
}

TEST(TouchScroller, AFlickGoesOnAndSlowsDownToAStop) {
  TouchScroller touch;
  touch.press(100, 600, 0);
  for (int i = 1; i <= 5; ++i) touch.move(100, 600 - 30.0f * i, 16.0 * i);  // ~2 px/ms upwards
  EXPECT_FALSE(touch.release(90, true));
  ASSERT_TRUE(touch.flinging());
  float total = 0, previous = 1e9f;
  double ms = 90;
  for (int frame = 0; frame < 600 && touch.flinging(); ++frame) {
    ms += 16;
    const float step = touch.step(ms);
    EXPECT_GT(step, 0.0f);
    EXPECT_LE(step, previous + 0.001f);  // slowing down
    previous = step;
    total += step;
  }
  EXPECT_FALSE(touch.flinging());
  EXPECT_GT(total, 200.0f);
  EXPECT_LT(total, 2000.0f);
  EXPECT_EQ(touch.step(ms + 16), 0.0f);
}

TEST(TouchScroller, NoFlickUnderReducedMotionAndANewTouchStopsOne) {
  TouchScroller touch;
  touch.press(100, 600, 0);
  for (int i = 1; i <= 5; ++i) touch.move(100, 600 - 30.0f * i, 16.0 * i);
  touch.release(90, false);
  EXPECT_FALSE(touch.flinging());

  touch.press(100, 600, 200);
  for (int i = 1; i <= 5; ++i) touch.move(100, 600 - 30.0f * i, 200 + 16.0 * i);
  touch.release(290, true);
  ASSERT_TRUE(touch.flinging());
  touch.press(50, 50, 300);
  EXPECT_FALSE(touch.flinging());
  touch.cancel();
  EXPECT_FALSE(touch.release(320, true));  // a cancelled touch is neither tap nor flick
}
