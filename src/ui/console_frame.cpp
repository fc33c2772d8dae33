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
    if (ImGui::MenuItem(name.c_str(), nullptr, current) && !current) setCurrentLocale(locale);
    recordItem(ui, Role::MenuItemRadio, name, current ? kChecked : kNone);
  }
}

void drawTopBar(Ui& ui, ConsoleFrame& frame) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kTopBar);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTopBarText);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::SetCursorPos(ImVec2(0, 0));
  ImGui::BeginChild("topbar", ImVec2(0, theme::kTopBarHeight), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
  openLandmark(ui, Role::Banner, tr("app.title"));
  ImGui::SetCursorPos(ImVec2(20, (theme::kTopBarHeight - ImGui::GetTextLineHeight()) * 0.5f));
  text(ui, tr("app.title"));  // the view's title is the page's one h1

  // The buyer's user name opens the account menu, as on the marketplace's own header.
  const std::string label = frame.userName + "  v";
  const float width = ImGui::CalcTextSize(label.c_str()).x + 24.0f;
  ImGui::SameLine(ImGui::GetWindowWidth() - width - 16.0f);
  ImGui::SetCursorPosY((theme::kTopBarHeight - ImGui::GetFrameHeight()) * 0.5f);
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kTopBar);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  const bool menuOpen = ImGui::IsPopupOpen("user-menu");
  const std::uint32_t menuId = ImGui::GetID("user-menu-items");
  if (ImGui::Button(label.c_str())) ImGui::OpenPopup("user-menu");
  recordItem(ui, Role::Button, frame.userName, kHasPopup | (menuOpen ? kExpanded : kNone));
  if (menuOpen) ui.semantics.last().controls = menuId;
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::PopStyleColor();  // menu entries use the normal text color
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
  for (const auto& section : navSections()) {
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text(ui, tr(section.titleKey));  // a section's label, not a heading before the view's h1
    ImGui::PopStyleColor();
    for (View entry : section.entries) {
      const bool current = frame.navigator.navEntry() == entry;
      if (navLink(ui, viewTitle(entry), current)) frame.navigator.go(entry);
    }
  }
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
  ImGui::GetWindowDrawList()->AddPolyline(points, 3, ImGui::GetColorU32(theme::kMuted), ImDrawFlags_None, 1.5f);
  ImGui::Dummy(ImVec2(width, height));
}

void drawBreadcrumbs(Ui& ui, ConsoleFrame& frame) {
  const auto trail = breadcrumbs(frame.navigator.route());
  for (std::size_t i = 0; i < trail.size(); ++i) {
    if (i > 0) {
      ImGui::SameLine(0, 8);
      chevron();
      ImGui::SameLine(0, 8);
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

  drawTopBar(ui, frame);
  drawNavigation(ui, frame);
  ImGui::SetCursorPos(ImVec2(theme::kNavWidth, theme::kTopBarHeight));

  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBackground);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 16));
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
