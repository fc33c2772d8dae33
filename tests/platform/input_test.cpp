// KeyboardEvent.code values map to the ImGui keys the console relies on.
#include "input.h"

#include <gtest/gtest.h>

using koo::platform::key_from_code;

TEST(KeyMapping, EditingAndNavigationKeys) {
  EXPECT_EQ(key_from_code("Backspace"), ImGuiKey_Backspace);
  EXPECT_EQ(key_from_code("Tab"), ImGuiKey_Tab);
  EXPECT_EQ(key_from_code("Enter"), ImGuiKey_Enter);
  EXPECT_EQ(key_from_code("ArrowLeft"), ImGuiKey_LeftArrow);
  EXPECT_EQ(key_from_code("Escape"), ImGuiKey_Escape);
  EXPECT_EQ(key_from_code("ControlLeft"), ImGuiKey_LeftCtrl);
}

TEST(KeyMapping, LettersAndDigitsForShortcuts) {
  EXPECT_EQ(key_from_code("KeyA"), ImGuiKey_A);
  EXPECT_EQ(key_from_code("KeyV"), ImGuiKey_V);
  EXPECT_EQ(key_from_code("KeyZ"), ImGuiKey_Z);
  EXPECT_EQ(key_from_code("Digit0"), ImGuiKey_0);
  EXPECT_EQ(key_from_code("Digit9"), ImGuiKey_9);
}

TEST(KeyMapping, UnknownCodesAreIgnored) {
  EXPECT_EQ(key_from_code(""), ImGuiKey_None);
  EXPECT_EQ(key_from_code("Keya"), ImGuiKey_None);
  EXPECT_EQ(key_from_code("F13"), ImGuiKey_None);
  EXPECT_EQ(key_from_code("KeyAB"), ImGuiKey_None);
}
