// Data widgets: badges, pagination, cards, field grids and copy buttons (tables: widgets_table.cpp).
#include "widgets_data.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "theme.h"

namespace koo::ui {
void statusBadge(Ui& ui, std::string_view label, Tone tone) {
  const ImVec4 color = theme::toneColor(tone);
  const ImVec2 padding(8, 2);
  const float dotSpace = 10.0f;
  // A label longer than the room left (a stage on a phone) wraps inside the badge, between words.
  const float room = std::max(40.0f, ImGui::GetContentRegionAvail().x - padding.x * 2 - dotSpace);
  const ImVec2 textSize = ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, room);
  const bool wrapped = textSize.y > ImGui::GetTextLineHeight() * 1.5f;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(textSize.x + padding.x * 2 + dotSpace, textSize.y + padding.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                      ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, theme::palette().badgeTint)),
                      wrapped ? 8.0f : size.y / 2);
  const float dotY = pos.y + padding.y + ImGui::GetTextLineHeight() / 2;
  draw->AddCircleFilled(ImVec2(pos.x + padding.x + 3, dotY), 3.0f, ImGui::GetColorU32(color));
  draw->AddText(nullptr, 0.0f, ImVec2(pos.x + padding.x + dotSpace, pos.y + padding.y), ImGui::GetColorU32(color),
                label.data(), label.data() + label.size(), room);
  ImGui::Dummy(size);
  recordItem(ui, Role::Status, label);
}

std::optional<int> pagination(Ui& ui, int page, int pageSize, std::int64_t total) {
  std::optional<int> target;
  const int pages = std::max<int>(1, static_cast<int>((total + pageSize - 1) / std::max(1, pageSize)));
  const std::int64_t first = total == 0 ? 0 : static_cast<std::int64_t>(page - 1) * pageSize + 1;
  const std::int64_t last = std::min<std::int64_t>(total, static_cast<std::int64_t>(page) * pageSize);
  const std::string summary = tr("pagination.summary", {{"first", std::to_string(first)},
                                                        {"last", std::to_string(last)},
                                                        {"total", std::to_string(total)}});
  IdScope id("pagination");
  ImGui::AlignTextToFramePadding();
  mutedText(ui, summary);
  // A narrow console puts the buttons under the summary, with fewer page numbers, so Next stays
  // on screen at 320 px.
  const int around = theme::layout().pageNumbersAround;
  if (!theme::layout().toolbarWraps) ImGui::SameLine();
  if (button(ui, tr("pagination.previous"), page <= 1)) target = page - 1;
  // Page numbers around the current one, as web consoles show them.
  const int from = std::max(1, page - around), to = std::min(pages, page + around);
  for (int p = from; p <= to; ++p) {
    ImGui::SameLine();
    const std::string label = std::to_string(p);
    if (p == page) ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().accent);
    const bool clicked = ImGui::Button(label.c_str());
    if (p == page) ImGui::PopStyleColor();
    recordItem(ui, Role::Button, tr("pagination.page", {{"n", std::to_string(p)}}), p == page ? kCurrent : kNone);
    if (clicked && p != page) target = p;
  }
  ImGui::SameLine();
  if (button(ui, tr("pagination.next"), page >= pages)) target = page + 1;
  return target;
}

bool beginPanels(const char* id, int wanted) {
  const int columns = theme::layout().gridColumns(wanted);  // panels stack as the console narrows
  ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::palette().surface);
  ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, theme::palette().divider);
  ImGui::PushStyleColor(ImGuiCol_TableBorderLight, theme::palette().divider);
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(16, 12));  // read once, by BeginTable
  const bool open = ImGui::BeginTable(id, columns,
                                      ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg |
                                          ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV);
  ImGui::PopStyleVar();
  if (!open) {
    ImGui::PopStyleColor(3);
    return false;
  }
  ImGui::PushTextWrapPos(0.0f);  // texts wrap at their panel's edge
  return true;
}

void panel(Ui& ui, std::string_view title) {
  ImGui::TableNextColumn();
  heading(ui, title, 2);
  ImGui::Spacing();
}

void endPanels() {
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
  ImGui::PopStyleColor(3);
  ImGui::Dummy(ImVec2(0, 8));
}

bool beginCard(Ui& ui, std::string_view title) {
  const std::string id = "card-" + std::string(title);
  if (!beginPanels(id.c_str(), 1)) return false;
  panel(ui, title);
  return true;
}

void endCard() { endPanels(); }

bool beginFieldGrid(std::string_view id, int wanted) {
  const int columns = theme::layout().gridColumns(wanted);  // one column on a narrow console
  return ImGui::BeginTable(std::string(id).c_str(), columns, ImGuiTableFlags_SizingStretchSame);
}

void field(Ui& ui, std::string_view label, std::string_view value) {
  nextCell();
  fieldLabel(label);
  fieldValue(ui, label, value);
  endField();
}

void endFieldGrid() { ImGui::EndTable(); }

void fieldLabel(std::string_view label) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().muted);
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::PopStyleColor();
}

void fieldValue(Ui& ui, std::string_view label, std::string_view value) {
  const std::string shown = value.empty() ? std::string("-") : std::string(value);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(shown.c_str());
  ImGui::PopTextWrapPos();
  recordItem(ui, Role::Text, std::string(label) + ": " + shown);
}

void endField() { ImGui::Dummy(ImVec2(0, 4)); }

bool copyableField(Ui& ui, Host& host, std::string_view label, std::string_view what, const std::string& value) {
  nextCell();
  fieldLabel(label);
  ImGui::SameLine();
  const bool copied = copyButton(ui, host, what, value);
  fieldValue(ui, label, value);
  endField();
  return copied;
}

bool copyButton(Ui& ui, Host& host, std::string_view what, const std::string& text) {
  const std::string name = tr("copy.name", {{"what", what}});
  IdScope id(name);  // several Copy buttons share a window
  // Small beside its label, but a finger's size on touch (the frame padding grows to 44 px then).
  const bool touch = theme::layout().minTarget > 0;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, touch ? ImGui::GetStyle().FramePadding.y : 2));
  const bool clicked = touch ? ImGui::Button(tr("copy.button").c_str()) : ImGui::SmallButton(tr("copy.button").c_str());
  ImGui::PopStyleVar();
  recordItem(ui, Role::Button, name);
  if (clicked) host.copyText(text);
  return clicked;
}

}  // namespace koo::ui
