// The console frame around every page: top bar with the buyer's menu, left navigation,
// breadcrumbs and the content area where the active page draws itself.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "navigation.h"
#include "widgets.h"

struct ImGuiWindow;

namespace koo::ui {

struct ConsoleFrame {
  Navigator navigator;
  std::string userName = "buyer";
  ImGuiWindow* contentWindow = nullptr;  // the scrolling content area, as of the last frame
};

// Scrolls the content area at once, before the next frame lays it out: the platform asks when
// the browser scrolled a mirror element into view (keyboard focus, scrollIntoView), so a click
// that follows lands where the element now is.
void scrollContentBy(ConsoleFrame& frame, float dy);

// Draws the view's body inside the content area, below the breadcrumbs and title.
using PageContent = std::function<void(Ui&, const Route&)>;

// Draws the whole frame in Dear ImGui's main viewport. Call between NewFrame and Render.
void drawConsoleFrame(Ui& ui, ConsoleFrame& frame, const PageContent& content);

// The keyboard focus ring around the node with this id (the mirror element that has focus),
// drawn over everything; call after the frame's last item. 0 or a node not drawn: no ring.
void drawFocusRing(const SemanticsTree& tree, std::uint32_t nodeId);

}  // namespace koo::ui
