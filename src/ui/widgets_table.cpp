// Tables of rows (lists, histories) in the layout the console's width asks for (core/layout.h):
// every column, the Minor columns dropped, or each row as a card. The semantics tree gets the
// same table, rows and cells in each, so screen readers and tests read one structure.
#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "theme.h"
#include "widgets_data.h"

namespace koo::ui {
namespace {
// The list table being drawn: its columns and style, and the column its next cell goes in.
struct ListTable {
  ImGuiTable* table = nullptr;  // Dear ImGui's table, to tell our cells from a grid's
  std::vector<Column> columns;
  ListStyle style = ListStyle::Table;
  int column = -1;  // the spec's column of the cell being drawn
};
ListTable current;

bool inListTable() { return current.table && ImGui::GetCurrentTable() == current.table; }

bool fits(const Column& column) { return column.weight <= 0; }

bool shown(const Column& column, ListStyle style) { return style == ListStyle::Table || column.kind != ColumnKind::Minor; }

void sortArrow(bool ascending) {
  ImGui::SameLine(0, 6);
  const float size = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::RenderArrow(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + size * 0.1f), ImGui::GetColorU32(ImGuiCol_Text),
                     ascending ? ImGuiDir_Up : ImGuiDir_Down, 0.7f);
  ImGui::Dummy(ImVec2(size * 0.7f, size));
}

// A sortable header: a column header (aria-sort while it sorts the table) holding a flat button
// "Sort by <label>" whose value says the direction too.
bool sortHeader(Ui& ui, const Column& column, bool sorted, bool ascending) {
  const std::uint32_t sortState = !sorted ? kNone : ascending ? kSortAscending : kSortDescending;
  ui.semantics.add(SemanticNode{ImGui::GetID("header"), Role::ColumnHeader, column.label, {}, sortState, 0, {}});
  ui.semantics.openGroup();
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, ImGui::GetStyle().FramePadding.y));
  const bool clicked = ImGui::Button(column.label.c_str());
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  recordItem(ui, Role::Button, tr("table.sort_by", {{"column", column.label}}), kNone,
             sorted ? (ascending ? "ascending" : "descending") : "");
  if (sorted) sortArrow(ascending);  // drawn beside the label: the label (and so the button's ID) stays
  ui.semantics.closeGroup();
  return clicked;
}

// A row's cells are groups, so what a column holds besides its text (a badge, a button) is inside
// its cell: the cell open since the last column closes first.
void closeOpenCell(Ui& ui) {
  const SemanticNode* open = ui.semantics.openGroupNode();
  if (open && open->role == Role::Cell) ui.semantics.closeGroup();
}

// Moves to the cell of the next spec column; false when that column is not drawn.
bool beginListCell() {
  const int index = ++current.column;
  if (index >= static_cast<int>(current.columns.size())) return false;
  const Column& column = current.columns[static_cast<std::size_t>(index)];
  if (!shown(column, current.style)) return false;
  if (current.style != ListStyle::Cards) {
    ImGui::TableNextColumn();
    return true;
  }
  // A card: each column on its own line, a Plain one after its label.
  if (column.kind == ColumnKind::Actions) ImGui::Dummy(ImVec2(0, 2));
  if (column.kind == ColumnKind::Plain) {
    fieldLabel(column.label);
    ImGui::SameLine(0, 6);
  }
  return true;
}
}  // namespace

int beginTable(Ui& ui, std::string_view name, const std::vector<Column>& columns, int sortedColumn,
               SortDirection direction, bool& visible) {
  const ListStyle style = theme::layout().listStyle;
  const bool cards = style == ListStyle::Cards;
  int drawnColumns = 0;
  for (const auto& column : columns) drawnColumns += shown(column, style) ? 1 : 0;
  const std::string id(name);
  const ImGuiTableFlags flags = cards ? ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH
                                      : ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                            ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (cards) ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(12, 10));  // read once, by BeginTable
  visible = ImGui::BeginTable(id.c_str(), cards ? 1 : std::max(1, drawnColumns), flags);
  if (cards) ImGui::PopStyleVar();
  if (!visible) return -1;
  current = ListTable{ImGui::GetCurrentTable(), columns, style, -1};
  // The table's rectangle grows to cover its rows when the group closes.
  ui.semantics.add(SemanticNode{ImGui::GetID("table"), Role::Table, std::string(name), {}, kNone, 0, {}});
  ui.semantics.openGroup();
  if (cards) {
    ImGui::TableSetupColumn("card", ImGuiTableColumnFlags_WidthStretch);
  } else {
    // A column of weight 0 (IDs, dates, money, buttons) is as wide as its widest value, which
    // never wraps; the others share what is left and wrap between words.
    for (const auto& column : columns)
      if (shown(column, style))
        ImGui::TableSetupColumn(column.label.c_str(),
                                fits(column) ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                                fits(column) ? 0.0f : column.weight);
  }
  ImGui::TableNextRow();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  ui.semantics.add(SemanticNode{ImGui::GetID("header-row"), Role::Row, tr("table.columns"), {}, kNone, 0, {}});
  ui.semantics.openGroup();
  int clicked = -1;
  // Cards have no header line: their sortable columns are a row of sort buttons above them.
  bool firstInBar = true;
  if (cards) ImGui::TableNextColumn();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const Column& column = columns[i];
    if (!shown(column, style) || (cards && !column.sortable)) continue;
    const bool sorted = static_cast<int>(i) == sortedColumn && direction != SortDirection::None;
    IdScope scope(static_cast<int>(i));
    if (cards) {
      const float width = ImGui::CalcTextSize(column.label.c_str()).x + ImGui::GetFontSize();
      if (!firstInBar && ImGui::GetContentRegionAvail().x > width + 16) ImGui::SameLine(0, 16);
      firstInBar = false;
    } else {
      ImGui::TableNextColumn();
    }
    if (!column.sortable) {
      ImGui::TextUnformatted(column.label.c_str());
      recordItem(ui, Role::ColumnHeader, column.label);
      continue;
    }
    if (sortHeader(ui, column, sorted, direction == SortDirection::Ascending)) clicked = static_cast<int>(i);
  }
  ui.semantics.closeGroup();
  return clicked;
}

void endTable(Ui& ui) {
  ImGui::EndTable();
  current = ListTable{};
  ui.semantics.closeGroup();
}

void beginRow(Ui& ui, std::string_view name, int index) {
  ImGui::TableNextRow(ImGuiTableRowFlags_None, std::max(36.0f, theme::layout().minTarget));
  if (inListTable()) {
    current.column = -1;
    if (current.style == ListStyle::Cards) {
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);  // a card's lines wrap at its edge, word by word
    }
  }
  ImGui::PushID(index);
  ui.semantics.add(SemanticNode{ImGui::GetID("row"), Role::Row, std::string(name), {}, kNone, 0, {}});
  ui.semantics.openGroup();
}

void endRow(Ui& ui) {
  closeOpenCell(ui);
  ImGui::PopID();
  if (inListTable() && current.style == ListStyle::Cards) ImGui::PopTextWrapPos();
  ui.semantics.closeGroup();
}

void tableCell(Ui& ui, std::string_view text) {
  closeOpenCell(ui);
  if (inListTable()) {
    if (!beginListCell()) return;
  } else {
    ImGui::TableNextColumn();
  }
  // Long values (product names) wrap inside their column, between words, instead of overflowing
  // it; a column fitted to its values (IDs, dates) takes them whole.
  const bool fitted = inListTable() && current.style != ListStyle::Cards && current.column >= 0 &&
                      fits(current.columns[static_cast<std::size_t>(current.column)]);
  if (!fitted) ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  if (!fitted) ImGui::PopTextWrapPos();
  recordItem(ui, Role::Cell, text);
  ui.semantics.openGroup();
}

void nextCell() {
  if (inListTable()) {
    beginListCell();
    return;
  }
  ImGui::TableNextColumn();
}

void nextCell(Ui& ui) {
  closeOpenCell(ui);
  nextCell();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ui.semantics.add(SemanticNode{0, Role::Cell, {}, {}, kNone, 0, Rect{at.x, at.y, 0, 0}});
  ui.semantics.openGroup();
}

}  // namespace koo::ui
