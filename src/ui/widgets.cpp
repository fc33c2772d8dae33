// Widget helpers: draw with Dear ImGui, then describe the item in the semantics tree.
#include "widgets.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "theme.h"

namespace koo::ui {
namespace {
// ImGui wants NUL-terminated labels; string_view may not be.
std::string cString(std::string_view text) { return std::string(text); }

void drawText(std::string_view value) { ImGui::TextUnformatted(value.data(), value.data() + value.size()); }

struct FontScope {
  explicit FontScope(ImFont* font) : pushed(font != nullptr) { if (pushed) ImGui::PushFont(font); }
  ~FontScope() { if (pushed) ImGui::PopFont(); }
  bool pushed;
};

struct TextColorScope {
  explicit TextColorScope(const ImVec4& color) { ImGui::PushStyleColor(ImGuiCol_Text, color); }
  ~TextColorScope() { ImGui::PopStyleColor(); }
};

// Reports the last ImGui item under `id` (0: the tree derives one).
void recordWithId(Ui& ui, ImGuiID id, Role role, std::string_view name, std::uint32_t state,
                  std::string_view value) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  if (ImGui::IsItemFocused()) state |= kFocused;
  ui.semantics.add(SemanticNode{id, role, std::string(name), std::string(value), state, 0,
                                Rect{min.x, min.y, max.x - min.x, max.y - min.y}});
}
}  // namespace

IdScope::IdScope(std::string_view id) { ImGui::PushID(id.data(), id.data() + id.size()); }
IdScope::IdScope(int id) { ImGui::PushID(id); }
IdScope::~IdScope() { ImGui::PopID(); }

void recordItem(Ui& ui, Role role, std::string_view name, std::uint32_t state, std::string_view value) {
  recordWithId(ui, ImGui::GetItemID(), role, name, state, value);
}

void recordItemWithId(Ui& ui, std::uint32_t id, Role role, std::string_view name, std::uint32_t state,
                      std::string_view value) {
  recordWithId(ui, id, role, name, state, value);
}

bool button(Ui& ui, std::string_view label, bool disabled) {
  ImGui::BeginDisabled(disabled);
  const bool clicked = ImGui::Button(cString(label).c_str());
  ImGui::EndDisabled();
  recordItem(ui, Role::Button, label, disabled ? kDisabled : kNone);
  return clicked && !disabled;
}

bool navLink(Ui& ui, std::string_view label, bool current) {
  ImGui::PushStyleColor(ImGuiCol_Header, theme::palette().navSelected);
  ImGui::PushStyleColor(ImGuiCol_Text, current ? theme::palette().accent : theme::palette().text);
  const float height = std::max(32.0f, theme::layout().minTarget);  // 44 px on touch
  const bool clicked = ImGui::Selectable(cString(label).c_str(), current, 0, ImVec2(0, height));
  ImGui::PopStyleColor(2);
  recordItem(ui, Role::Link, label, current ? kCurrent : kNone);
  return clicked;
}

bool textLink(Ui& ui, std::string_view label) {
  {
    TextColorScope color(theme::palette().link);
    drawText(label);
  }
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(theme::palette().link));
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  const bool clicked = hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  // A text item has no ImGui ID; a link is interactive, so its id comes from the ID stack and
  // its label, stable while texts around it come and go.
  recordWithId(ui, ImGui::GetID(label.data(), label.data() + label.size()), Role::Link, label, kNone, {});
  return clicked;
}

void heading(Ui& ui, std::string_view text, int level) {
  FontScope font(level <= 1 ? ui.fonts.heading : nullptr);
  drawText(text);
  recordItem(ui, Role::Heading, text);
  ui.semantics.last().level = level;  // for aria-level
}

void text(Ui& ui, std::string_view value, std::uint32_t state) {
  drawText(value);
  recordItem(ui, Role::Text, value, state);
}

void mutedText(Ui& ui, std::string_view value) { toneText(ui, value, Tone::Neutral); }

void toneText(Ui& ui, std::string_view value, Tone tone) {
  TextColorScope color(theme::toneColor(tone));
  text(ui, value);
}

}  // namespace koo::ui
