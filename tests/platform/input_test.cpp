// KeyboardEvent.code values map to the ImGui keys the console relies on.
#include "input.h"

#include <gtest/gtest.h>

using koo::platform::keyFromCode;

TEST(KeyMapping, EditingAndNavigationKeys) {
  EXPECT_EQ(keyFromCode("Backspace"), ImGuiKey_Backspace);
  EXPECT_EQ(keyFromCode("Tab"), ImGuiKey_Tab);
  EXPECT_EQ(keyFromCode("Enter"), ImGuiKey_Enter);
  EXPECT_EQ(keyFromCode("ArrowLeft"), ImGuiKey_LeftArrow);
  EXPECT_EQ(keyFromCode("Escape"), ImGuiKey_Escape);
  EXPECT_EQ(keyFromCode("ControlLeft"), ImGuiKey_LeftCtrl);
}

TEST(KeyMapping, LettersAndDigitsForShortcuts) {
  EXPECT_EQ(keyFromCode("KeyA"), ImGuiKey_A);
  EXPECT_EQ(keyFromCode("KeyV"), ImGuiKey_V);
  EXPECT_EQ(keyFromCode("KeyZ"), ImGuiKey_Z);
  EXPECT_EQ(keyFromCode("Digit0"), ImGuiKey_0);
  EXPECT_EQ(keyFromCode("Digit9"), ImGuiKey_9);
}

TEST(KeyMapping, UnknownCodesAreIgnored) {
  EXPECT_EQ(keyFromCode(""), ImGuiKey_None);
  EXPECT_EQ(keyFromCode("Keya"), ImGuiKey_None);
  EXPECT_EQ(keyFromCode("F13"), ImGuiKey_None);
  EXPECT_EQ(keyFromCode("KeyAB"), ImGuiKey_None);
}
