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
