// The responsive layout's breakpoints and what each width changes (core/layout.h).
#include "core/layout.h"

#include <gtest/gtest.h>

using namespace koo;

TEST(Layout, BreakpointsFollowTheConsolesWidth) {
  EXPECT_EQ(layoutClassFor(1440), LayoutClass::Wide);
  EXPECT_EQ(layoutClassFor(kWideMinWidth), LayoutClass::Wide);
  EXPECT_EQ(layoutClassFor(kWideMinWidth - 1), LayoutClass::Medium);
  EXPECT_EQ(layoutClassFor(768), LayoutClass::Medium);
  EXPECT_EQ(layoutClassFor(650), LayoutClass::Medium);  // a widget of half a portal
  EXPECT_EQ(layoutClassFor(kMediumMinWidth - 1), LayoutClass::Narrow);
  EXPECT_EQ(layoutClassFor(480), LayoutClass::Narrow);
  EXPECT_EQ(layoutClassFor(320), LayoutClass::Narrow);
  EXPECT_EQ(layoutClassFor(0), LayoutClass::Narrow);
}

TEST(Layout, WideIsTheFullConsole) {
  const Layout wide = layoutFor(1440, false);
  EXPECT_FALSE(wide.navigationInMenu);
  EXPECT_EQ(wide.listStyle, ListStyle::Table);
  EXPECT_EQ(wide.gridColumns(3), 3);
  EXPECT_FALSE(wide.toolbarWraps);
  EXPECT_EQ(wide.minTarget, 0.0f);
}

TEST(Layout, AWideConsoleTooNarrowForEveryColumnDropsTheMinorOnes) {
  const Layout laptop = layoutFor(1280, false);  // wide, but 1012 px of content beside the navigation
  EXPECT_FALSE(laptop.navigationInMenu);
  EXPECT_EQ(laptop.listStyle, ListStyle::TableWithoutMinor);
  EXPECT_EQ(layoutFor(kFullTableMinWidth + kSideNavigationWidth + 48, false).listStyle, ListStyle::Table);
}

TEST(Layout, MediumFoldsNavigationAndDropsMinorColumns) {
  const Layout medium = layoutFor(768, false);
  EXPECT_TRUE(medium.navigationInMenu);
  EXPECT_EQ(medium.listStyle, ListStyle::TableWithoutMinor);
  EXPECT_EQ(medium.gridColumns(3), 2);
  EXPECT_EQ(medium.gridColumns(1), 1);
  EXPECT_FALSE(medium.toolbarWraps);
}

TEST(Layout, NarrowShowsCardsAndOneColumn) {
  const Layout narrow = layoutFor(320, false);
  EXPECT_TRUE(narrow.navigationInMenu);
  EXPECT_EQ(narrow.listStyle, ListStyle::Cards);
  EXPECT_EQ(narrow.gridColumns(3), 1);
  EXPECT_TRUE(narrow.toolbarWraps);
  EXPECT_EQ(narrow.pageNumbersAround, 1);
}

TEST(Layout, TouchAsksFor44PixelTargetsAtEveryWidth) {
  for (float width : {1440.0f, 768.0f, 320.0f}) EXPECT_EQ(layoutFor(width, true).minTarget, kTouchTarget) << width;
}

TEST(Layout, DialogsFitTheConsole) {
  EXPECT_EQ(layoutFor(1440, false).dialogWidth(480, 1440), 480);
  EXPECT_EQ(layoutFor(320, false).dialogWidth(480, 320), 304);  // 8 px either side
  EXPECT_LE(layoutFor(480, false).dialogWidth(480, 480), 480 - 16);
  EXPECT_EQ(layoutFor(100, false).dialogWidth(480, 10), 0);
}
