// Widget helpers: draw with Dear ImGui, then describe the item in the semantics tree.
#include "widgets.h"

#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "theme.h"

namespace koo::ui {
namespace {
// ImGui labels use "##" to separate a visible label from an ID suffix; names drop the suffix.
std::string_view visiblePart(std::string_view label) {
  const auto hidden = label.find("##");
  return hidden == std::string_view::npos ? label : label.substr(0, hidden);
}
// ImGui wants NUL-terminated labels; string_view may not be.
std::string cString(std::string_view text) { return std::string(text); }

struct FontScope {
  explicit FontScope(ImFont* font) : pushed(font != nullptr) { if (pushed) ImGui::PushFont(font); }
  ~FontScope() { if (pushed) ImGui::PopFont(); }
  bool pushed;
};
}  // namespace

void recordItem(Ui& ui, Role role, std::string_view name, std::uint32_t state, std::string_view value) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGuiID id = ImGui::GetItemID();
  if (id == 0) id = ImGui::GetID(cString(name).c_str());  // plain text items have no ID of their own
  if (ImGui::IsItemFocused()) state |= kFocused;
  ui.semantics.add(SemanticNode{id, role, std::string(visiblePart(name)), std::string(value), state, 0,
                                Rect{min.x, min.y, max.x - min.x, max.y - min.y}});
}

bool button(Ui& ui, std::string_view label, bool disabled) {
  ImGui::BeginDisabled(disabled);
  const bool clicked = ImGui::Button(cString(label).c_str());
  ImGui::EndDisabled();
  recordItem(ui, Role::Button, label, disabled ? kDisabled : kNone);
  return clicked && !disabled;
}

bool navLink(Ui& ui, std::string_view label, bool current) {
  ImGui::PushStyleColor(ImGuiCol_Header, theme::kNavSelected);
  ImGui::PushStyleColor(ImGuiCol_Text, current ? theme::kAccent : theme::kText);
  const bool clicked = ImGui::Selectable(cString(label).c_str(), current, 0, ImVec2(0, 32));
  ImGui::PopStyleColor(2);
  recordItem(ui, Role::Link, label, current ? kCurrent : kNone);
  return clicked;
}

bool textLink(Ui& ui, std::string_view label) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kLink);
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::PopStyleColor();
  const std::string id = "link:" + std::string(label);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(theme::kLink));
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  const bool clicked = hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  ImGui::PushID(id.c_str());
  recordItem(ui, Role::Link, label);
  ImGui::PopID();
  return clicked;
}

void heading(Ui& ui, std::string_view text, int level) {
  FontScope font(level <= 1 ? ui.fonts.heading : nullptr);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  recordItem(ui, Role::Heading, text);
  ui.semantics.last().level = level;  // for aria-level
}

void text(Ui& ui, std::string_view value) {
  ImGui::TextUnformatted(value.data(), value.data() + value.size());
  recordItem(ui, Role::Text, value);
}

void mutedText(Ui& ui, std::string_view value) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  text(ui, value);
  ImGui::PopStyleColor();
}

}  // namespace koo::ui
