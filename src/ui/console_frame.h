// The console frame around every page: top bar with the buyer's menu, left navigation,
// breadcrumbs and the content area where the active page draws itself.
#pragma once

#include <functional>
#include <string>

#include "navigation.h"
#include "widgets.h"

namespace koo::ui {

struct ConsoleFrame {
  Navigator navigator;
  std::string userName = "buyer";
};

// Draws the view's body inside the content area, below the breadcrumbs and title.
using PageContent = std::function<void(Ui&, const Route&)>;

// Draws the whole frame in Dear ImGui's main viewport. Call between NewFrame and Render.
void drawConsoleFrame(Ui& ui, ConsoleFrame& frame, const PageContent& content);

}  // namespace koo::ui
