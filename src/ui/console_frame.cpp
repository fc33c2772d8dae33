// Drawing of the console frame: top bar, user menu, left navigation, breadcrumbs, content.
#include "console_frame.h"

#include <algorithm>
#include <cfloat>
#include <string>

#include "imgui.h"
#include "core/i18n.h"
#include "imgui_internal.h"
#include "theme.h"

namespace koo::ui {
namespace {
constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

// A landmark (banner, navigation, main) covering the child window being drawn; what is drawn in
// it until closeGroup() is inside it. Its id does not depend on the language of its name.
void openLandmark(Ui& ui, Role role, const std::string& name) {
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ui.semantics.add(SemanticNode{ImGui::GetID("landmark"), role, name, {}, kNone, 0,
                                Rect{pos.x, pos.y, size.x, size.y}});
  ui.semantics.openGroup();
}

// Each language named in itself. Switching changes only texts: the route and every page's state
// (a form being filled in) stay as they are.
void drawLanguageChoice(Ui& ui) {
  for (const Locale locale : {Locale::En, Locale::ZhCN}) {
    const std::string& name = tr(locale == Locale::En ? "menu.language.en" : "menu.language.zh_cn");
    const bool current = currentLocale() == locale;
    if (ImGui::MenuItem(name.c_str(), nullptr, current) && !current) chooseLocale(locale);
    recordItem(ui, Role::MenuItemRadio, name, current ? kChecked : kNone);
  }
}

// The navigation's sections and entries: in the left column, or in the menu of a narrower console.
void drawNavigationEntries(Ui& ui, ConsoleFrame& frame) {
  for (const auto& section : navSections()) {
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().muted);
    text(ui, tr(section.titleKey));  // a section's label, not a heading before the view's h1
    ImGui::PopStyleColor();
    for (View entry : section.entries) {
      const bool current = frame.navigator.navEntry() == entry;
      if (navLink(ui, viewTitle(entry), current)) frame.navigator.go(entry);
    }
  }
}

// Three bars: the menu button's icon (its accessible name says what it is).
void menuIcon(ImVec2 min, ImVec2 max) {
  const float width = 16.0f, x = (min.x + max.x - width) / 2, y = (min.y + max.y) / 2;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (int i = -1; i <= 1; ++i)
    draw->AddLine(ImVec2(x, y + i * 5.0f), ImVec2(x + width, y + i * 5.0f), ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
}

// A medium or narrow console: the navigation is a menu opened from the top bar.
void drawNavigationMenu(Ui& ui, ConsoleFrame& frame) {
  const float size = ImGui::GetFrameHeight();
  ImGui::SetCursorPos(ImVec2(8, (theme::kTopBarHeight - size) * 0.5f));
  const bool open = ImGui::IsPopupOpen("nav-menu");
  const std::string& name = tr("nav.menu");
  IdScope id("nav-menu-button");
  if (ImGui::Button(kUndrawnLabel, ImVec2(size, size))) ImGui::OpenPopup("nav-menu");
  menuIcon(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  recordItem(ui, Role::Button, name, kHasPopup | (open ? kExpanded : kNone));
  ImGui::PopStyleColor(2);  // the menu's entries use the normal text and button colours
  ImGui::SetNextWindowSizeConstraints(ImVec2(240, 0), ImVec2(FLT_MAX, FLT_MAX));
  if (ImGui::BeginPopup("nav-menu")) {
    openLandmark(ui, Role::Navigation, tr("nav.landmark"));
    drawNavigationEntries(ui, frame);
    ui.semantics.closeGroup();
    ImGui::EndPopup();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().topBarText);
  ImGui::PushStyleColor(ImGuiCol_Button, theme::palette().topBar);
  ImGui::SameLine(0, 12);
}

void drawTopBar(Ui& ui, ConsoleFrame& frame) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::palette().topBar);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().topBarText);
  ImGui::PushStyleColor(ImGuiCol_Button, theme::palette().topBar);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::SetCursorPos(ImVec2(0, 0));
  ImGui::BeginChild("topbar", ImVec2(0, theme::kTopBarHeight), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
  openLandmark(ui, Role::Banner, tr("app.title"));
  ImGui::SetCursorPos(ImVec2(20, 0));
  if (theme::layout().navigationInMenu) drawNavigationMenu(ui, frame);

  // The buyer's user name opens the account menu, as on the marketplace's own header.
  const std::string label = frame.userName + "  v";
  const float width = ImGui::CalcTextSize(label.c_str()).x + 24.0f;
  const float userX = ImGui::GetWindowWidth() - width - 16.0f;
  // The console's name, where there is room for it beside the menus (not on a phone).
  const std::string& title = tr("app.title");
  const float titleX = ImGui::GetCursorPosX();
  if (titleX + ImGui::CalcTextSize(title.c_str()).x + 16.0f <= userX) {
    // Beside the menu button Dear ImGui lowers text to the button's label: lift it back.
    const float besideButton = theme::layout().navigationInMenu ? ImGui::GetStyle().FramePadding.y : 0.0f;
    ImGui::SetCursorPosY((theme::kTopBarHeight - ImGui::GetTextLineHeight()) * 0.5f - besideButton);
    text(ui, title);  // the view's title is the page's one h1
    ImGui::SameLine();
  }
  ImGui::SetCursorPos(ImVec2(std::max(titleX, userX), (theme::kTopBarHeight - ImGui::GetFrameHeight()) * 0.5f));
  const bool menuOpen = ImGui::IsPopupOpen("user-menu");
  const std::uint32_t menuId = ImGui::GetID("user-menu-items");
  if (ImGui::Button(label.c_str())) ImGui::OpenPopup("user-menu");
  recordItem(ui, Role::Button, frame.userName, kHasPopup | (menuOpen ? kExpanded : kNone));
  if (menuOpen) ui.semantics.last().controls = menuId;
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);  // menu entries use the normal text and button colours
  if (ImGui::BeginPopup("user-menu")) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ui.semantics.add(SemanticNode{menuId, Role::Menu, frame.userName, {}, kNone, 0, Rect{pos.x, pos.y, size.x, size.y}});
    ui.semantics.openGroup();
    const std::string& myApps = tr("menu.my_apps");
    if (ImGui::MenuItem(myApps.c_str())) frame.navigator.go(View::PurchasedApps);
    recordItem(ui, Role::MenuItem, myApps);
    ImGui::Separator();
    drawLanguageChoice(ui);
    ui.semantics.closeGroup();
    ImGui::EndPopup();
  }
  ui.semantics.closeGroup();
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void drawNavigation(Ui& ui, ConsoleFrame& frame) {
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::SetCursorPos(ImVec2(0, theme::kTopBarHeight));
  ImGui::BeginChild("nav", ImVec2(theme::kNavWidth, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  openLandmark(ui, Role::Navigation, tr("nav.landmark"));
  drawNavigationEntries(ui, frame);
  ui.semantics.closeGroup();
  ImGui::EndChild();
  ImGui::PopStyleVar();
}

// The breadcrumbs' separator: a chevron drawn, not a ">" a screen reader would read out.
void chevron() {
  const float height = ImGui::GetTextLineHeight(), width = height * 0.3f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 points[] = {ImVec2(at.x, at.y + height * 0.3f), ImVec2(at.x + width, at.y + height * 0.5f),
                           ImVec2(at.x, at.y + height * 0.7f)};
  ImGui::GetWindowDrawList()->AddPolyline(points, 3, ImGui::GetColorU32(theme::palette().muted), ImDrawFlags_None, 1.5f);
  ImGui::Dummy(ImVec2(width, height));
}

void drawBreadcrumbs(Ui& ui, ConsoleFrame& frame) {
  const auto trail = breadcrumbs(frame.navigator.route());
  for (std::size_t i = 0; i < trail.size(); ++i) {
    if (i > 0) {
      ImGui::SameLine(0, 8);
      chevron();
      // A crumb that does not fit goes to the next line whole (a narrow console).
      const float needed = ImGui::CalcTextSize(trail[i].label.c_str()).x + 8;
      ImGui::SameLine(0, 8);
      if (ImGui::GetContentRegionAvail().x < needed) ImGui::NewLine();
    }
    const bool last = i + 1 == trail.size();
    IdScope id(static_cast<int>(i));
    if (last) {
      text(ui, trail[i].label, kCurrent);
    } else if (trail[i].target) {
      if (textLink(ui, trail[i].label)) frame.navigator.go(*trail[i].target);
    } else {
      mutedText(ui, trail[i].label);
    }
  }
}
}  // namespace

void drawConsoleFrame(Ui& ui, ConsoleFrame& frame, const PageContent& content) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGui::Begin("console", nullptr, kFixedWindow);
  ImGui::PopStyleVar(2);

  // The layout follows the console's own width: the canvas is the widget's box or the page.
  theme::setLayout(layoutFor(viewport->Size.x, theme::appearance().touch));
  const Layout& layout = theme::layout();
  drawTopBar(ui, frame);
  if (!layout.navigationInMenu) drawNavigation(ui, frame);
  ImGui::SetCursorPos(ImVec2(layout.navigationInMenu ? 0 : theme::kNavWidth, theme::kTopBarHeight));

  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::palette().background);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(layout.contentPadding, 16));
  ImGui::BeginChild("content", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  frame.contentWindow = ImGui::GetCurrentWindow();
  const Route& route = frame.navigator.route();
  openLandmark(ui, Role::Main, viewTitle(route.view));
  drawBreadcrumbs(ui, frame);
  ImGui::Dummy(ImVec2(0, 4));
  heading(ui, viewTitle(route.view), 1);
  ImGui::Dummy(ImVec2(0, 4));
  if (content) content(ui, route);
  ui.semantics.closeGroup();
  ImGui::EndChild();
  ImGui::PopStyleColor();

  ImGui::End();
}

void scrollContentBy(ConsoleFrame& frame, float dy) {
  if (!frame.contentWindow) return;
  ImGuiWindow& window = *frame.contentWindow;
  window.Scroll.y = std::clamp(window.Scroll.y + dy, 0.0f, window.ScrollMax.y);
  window.ScrollTarget.y = FLT_MAX;  // no older scroll request may undo this one
}

}  // namespace koo::ui

namespace koo::ui {

void drawFocusRing(const SemanticsTree& tree, std::uint32_t nodeId) {
  if (nodeId == 0) return;
  for (const auto& node : tree.nodes()) {
    if (node.id != nodeId) continue;
    // Two pixels outside the control in the ring colour, a pixel of halo inside it, on top of
    // everything: 3:1 against whatever surrounds the control (tests/ui/theme_test.cpp).
    const theme::Palette& palette = theme::palette();
    const ImVec2 min(node.rect.x, node.rect.y), max(node.rect.x + node.rect.width, node.rect.y + node.rect.height);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRect(ImVec2(min.x - 1, min.y - 1), ImVec2(max.x + 1, max.y + 1), ImGui::GetColorU32(palette.focusRingHalo),
                  4.0f, 0, 1.0f);
    draw->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), ImGui::GetColorU32(palette.focusRing),
                  5.0f, 0, 2.5f);
    return;
  }
}

}  // namespace koo::ui
