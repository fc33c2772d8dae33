// The responsive layout's breakpoints and decisions (layout.h).
#include "layout.h"

#include <algorithm>

namespace koo {

LayoutClass layoutClassFor(float width) {
  if (width >= kWideMinWidth) return LayoutClass::Wide;
  if (width >= kMediumMinWidth) return LayoutClass::Medium;
  return LayoutClass::Narrow;
}

Layout layoutFor(float width, bool touch) {
  Layout layout;
  layout.size = layoutClassFor(width);
  switch (layout.size) {
    case LayoutClass::Wide: break;  // today's layout
    case LayoutClass::Medium:
      layout.navigationInMenu = true;
      layout.listStyle = ListStyle::TableWithoutMinor;
      layout.maxGridColumns = 2;
      layout.contentPadding = 20.0f;
      break;
    case LayoutClass::Narrow:
      layout.navigationInMenu = true;
      layout.listStyle = ListStyle::Cards;
      layout.maxGridColumns = 1;
      layout.toolbarWraps = true;
      layout.pageNumbersAround = 1;
      layout.contentPadding = 12.0f;
      break;
  }
  const float content = width - (layout.navigationInMenu ? 0.0f : kSideNavigationWidth) - 2 * layout.contentPadding;
  if (layout.listStyle == ListStyle::Table && content < kFullTableMinWidth) layout.listStyle = ListStyle::TableWithoutMinor;
  if (touch) layout.minTarget = kTouchTarget;
  return layout;
}

float Layout::dialogWidth(float wanted, float available) const {
  const float margin = size == LayoutClass::Narrow ? 8.0f : 24.0f;
  return std::max(0.0f, std::min(wanted, available - 2 * margin));
}

}  // namespace koo
