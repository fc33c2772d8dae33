// The console's responsive layout, decided in one place from the console's own width (the
// widget's box or the page, never the window) and the input in use: the breakpoints and what
// each changes. Plain C++ so the decision is tested natively (tests/core/layout_test.cpp).
#pragma once

namespace koo {

enum class LayoutClass { Narrow, Medium, Wide };

// Breakpoints in CSS pixels of the console's width.
inline constexpr float kMediumMinWidth = 640.0f;  // below: narrow (phones, a third of a portal)
inline constexpr float kWideMinWidth = 1280.0f;   // below: medium (tablets, half a portal, small laptops)
inline constexpr float kNarrowestWidth = 320.0f;  // the smallest width the console is made for
inline constexpr float kTouchTarget = 44.0f;      // WCAG 2.5.5: a finger's target, in CSS pixels
inline constexpr float kSideNavigationWidth = 220.0f;  // the wide console's left navigation
// The content width a list needs for every column (ten, on Purchased Apps) without breaking a
// word or pushing its actions off the edge; below it the secondary columns go.
inline constexpr float kFullTableMinWidth = 1100.0f;

// How a list shows its rows.
enum class ListStyle {
  Table,             // every column
  TableWithoutMinor, // the columns marked secondary are dropped
  Cards,             // one card per row: title, status, key fields, its actions
};

// Everything the width and the input change, read by the frame, the lists, grids and dialogs.
struct Layout {
  LayoutClass size = LayoutClass::Wide;
  bool navigationInMenu = false;  // the left navigation becomes a menu button in the top bar
  ListStyle listStyle = ListStyle::Table;
  int maxGridColumns = 4;         // label/value grids and side-by-side panels
  bool toolbarWraps = false;      // search and filters each on their own line
  int pageNumbersAround = 2;      // pagination shows the current page and this many either side
  float contentPadding = 24.0f;   // the content area's side padding
  float minTarget = 0.0f;         // the least height of a control (kTouchTarget on touch)

  // A grid asked for `wanted` columns gets at most maxGridColumns.
  int gridColumns(int wanted) const { return wanted < maxGridColumns ? wanted : maxGridColumns; }
  // A dialog asked to be `wanted` wide fits into a console `available` wide, with a margin.
  float dialogWidth(float wanted, float available) const;
};

LayoutClass layoutClassFor(float width);
// The layout of a console `width` CSS pixels wide; `touch`: the last pointer was a finger.
Layout layoutFor(float width, bool touch);

}  // namespace koo
