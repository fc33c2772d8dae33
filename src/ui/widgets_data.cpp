// Data widgets: badges, tables, pagination, cards, field grids and copy buttons.
#include "widgets_data.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "theme.h"

namespace koo::ui {
void statusBadge(Ui& ui, std::string_view label, Tone tone) {
  const ImVec4 color = theme::toneColor(tone);
  const ImVec2 textSize = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  const ImVec2 padding(8, 2);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(textSize.x + padding.x * 2 + 10, textSize.y + padding.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                      ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, 0.12f)), size.y / 2);
  draw->AddCircleFilled(ImVec2(pos.x + padding.x + 3, pos.y + size.y / 2), 3.0f, ImGui::GetColorU32(color));
  draw->AddText(ImVec2(pos.x + padding.x + 10, pos.y + padding.y), ImGui::GetColorU32(color),
                label.data(), label.data() + label.size());
  ImGui::Dummy(size);
  recordItem(ui, Role::Status, label);
}

int beginTable(Ui& ui, std::string_view name, const std::vector<Column>& columns, int sortedColumn,
               SortDirection direction, bool& visible) {
  const std::string id(name);
  visible = ImGui::BeginTable(id.c_str(), static_cast<int>(columns.size()),
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX);
  if (!visible) return -1;
  // The table's rectangle grows to cover its rows when the group closes.
  ui.semantics.add(SemanticNode{ImGui::GetID("table"), Role::Table, std::string(name), {}, kNone, 0, {}});
  ui.semantics.openGroup();
  for (const auto& column : columns)
    ImGui::TableSetupColumn(column.label.c_str(), ImGuiTableColumnFlags_WidthStretch, column.weight);
  ImGui::TableNextRow();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  ui.semantics.add(SemanticNode{ImGui::GetID("header-row"), Role::Row, tr("table.columns"), {}, kNone, 0, {}});
  ui.semantics.openGroup();
  int clicked = -1;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    ImGui::TableSetColumnIndex(static_cast<int>(i));
    const Column& column = columns[i];
    const bool sorted = static_cast<int>(i) == sortedColumn && direction != SortDirection::None;
    IdScope id(static_cast<int>(i));
    // A column header (aria-sort while the table is sorted by it) holding its sort button.
    const std::uint32_t sortState = !sorted ? kNone : direction == SortDirection::Ascending ? kSortAscending : kSortDescending;
    if (!column.sortable) {
      ImGui::TextUnformatted(column.label.c_str());
      recordItem(ui, Role::ColumnHeader, column.label);
      continue;
    }
    ui.semantics.add(SemanticNode{ImGui::GetID("header"), Role::ColumnHeader, column.label, {}, sortState, 0, {}});
    ui.semantics.openGroup();
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
    if (ImGui::Button(column.label.c_str())) clicked = static_cast<int>(i);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    const bool ascending = direction == SortDirection::Ascending;
    recordItem(ui, Role::Button, tr("table.sort_by", {{"column", column.label}}), kNone,
               sorted ? (ascending ? "ascending" : "descending") : "");
    if (sorted) {  // an arrow beside the label, drawn: the label (and so the button's ID) stays
      ImGui::SameLine(0, 6);
      const float size = ImGui::GetFontSize();
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::RenderArrow(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + size * 0.1f),
                         ImGui::GetColorU32(ImGuiCol_Text), ascending ? ImGuiDir_Up : ImGuiDir_Down, 0.7f);
      ImGui::Dummy(ImVec2(size * 0.7f, size));
    }
    ui.semantics.closeGroup();
  }
  ui.semantics.closeGroup();
  return clicked;
}

void endTable(Ui& ui) {
  ImGui::EndTable();
  ui.semantics.closeGroup();
}

void beginRow(Ui& ui, std::string_view name, int index) {
  ImGui::TableNextRow(ImGuiTableRowFlags_None, 36.0f);
  ImGui::PushID(index);
  ui.semantics.add(SemanticNode{ImGui::GetID("row"), Role::Row, std::string(name), {}, kNone, 0, {}});
  ui.semantics.openGroup();
}

namespace {
// A row's cells are groups, so what a column holds besides its text (a badge, a button) is inside
// its cell: the cell open since the last column closes first.
void closeOpenCell(Ui& ui) {
  const SemanticNode* open = ui.semantics.openGroupNode();
  if (open && open->role == Role::Cell) ui.semantics.closeGroup();
}
}  // namespace

void endRow(Ui& ui) {
  closeOpenCell(ui);
  ImGui::PopID();
  ui.semantics.closeGroup();
}

void tableCell(Ui& ui, std::string_view text) {
  closeOpenCell(ui);
  ImGui::TableNextColumn();
  // Long values (product names, IDs) wrap inside their column instead of overflowing it.
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  recordItem(ui, Role::Cell, text);
  ui.semantics.openGroup();
}

void nextCell() { ImGui::TableNextColumn(); }

void nextCell(Ui& ui) {
  closeOpenCell(ui);
  ImGui::TableNextColumn();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ui.semantics.add(SemanticNode{0, Role::Cell, {}, {}, kNone, 0, Rect{at.x, at.y, 0, 0}});
  ui.semantics.openGroup();
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
  ImGui::SameLine();
  if (button(ui, tr("pagination.previous"), page <= 1)) target = page - 1;
  // Page numbers around the current one, as web consoles show them.
  const int from = std::max(1, page - 2), to = std::min(pages, page + 2);
  for (int p = from; p <= to; ++p) {
    ImGui::SameLine();
    const std::string label = std::to_string(p);
    if (p == page) ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    const bool clicked = ImGui::Button(label.c_str());
    if (p == page) ImGui::PopStyleColor();
    recordItem(ui, Role::Button, tr("pagination.page", {{"n", std::to_string(p)}}), p == page ? kCurrent : kNone);
    if (clicked && p != page) target = p;
  }
  ImGui::SameLine();
  if (button(ui, tr("pagination.next"), page >= pages)) target = page + 1;
  return target;
}

bool beginPanels(const char* id, int columns) {
  ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::kSurface);
  ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, theme::kBorder);
  ImGui::PushStyleColor(ImGuiCol_TableBorderLight, theme::kBorder);
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

bool beginFieldGrid(std::string_view id, int columns) {
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
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
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
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 2));
  const bool clicked = ImGui::SmallButton(tr("copy.button").c_str());
  ImGui::PopStyleVar();
  recordItem(ui, Role::Button, name);
  if (clicked) host.copyText(text);
  return clicked;
}

}  // namespace koo::ui
