// WCAG relative luminance and contrast ratios against values the WCAG definition gives.
#include "core/contrast.h"

#include <gtest/gtest.h>

using namespace koo;

TEST(Contrast, BlackOnWhiteIs21AndEqualColoursAre1) {
  EXPECT_NEAR(contrastRatio({0, 0, 0}, {1, 1, 1}), 21.0, 1e-9);
  EXPECT_NEAR(contrastRatio({1, 1, 1}, {0, 0, 0}), 21.0, 1e-9);
  EXPECT_NEAR(contrastRatio({0.3f, 0.5f, 0.7f}, {0.3f, 0.5f, 0.7f}), 1.0, 1e-9);
}

TEST(Contrast, KnownPairs) {
  // #767676 on white is the lightest gray passing 4.5:1 (4.54), #777777 fails (4.48).
  EXPECT_NEAR(contrastRatio({0x76 / 255.0f, 0x76 / 255.0f, 0x76 / 255.0f}, {1, 1, 1}), 4.54, 0.01);
  EXPECT_LT(contrastRatio({0x77 / 255.0f, 0x77 / 255.0f, 0x77 / 255.0f}, {1, 1, 1}), kTextContrast);
  EXPECT_NEAR(relativeLuminance({1, 0, 0}), 0.2126, 1e-6);
}

TEST(Contrast, TranslucentForegroundIsLaidOverTheBackground) {
  const Rgba halfBlack{0, 0, 0, 0.5f};
  const Rgba laid = composite(halfBlack, {1, 1, 1});
  EXPECT_NEAR(laid.r, 0.5f, 1e-6);
  EXPECT_NEAR(contrastRatio(halfBlack, {1, 1, 1}), contrastRatio({0.5f, 0.5f, 0.5f}, {1, 1, 1}), 1e-9);
}
