// Widgets that show data: status badges, tables with sortable headers, pagination, label/value
// grids, section cards and copy buttons. Each reports to the semantics tree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host.h"
#include "widgets.h"

namespace koo::ui {

// A colored pill with a label, e.g. a resource status.
void statusBadge(Ui& ui, std::string_view label, Tone tone);

// What a column holds, which decides where it goes as the console narrows (core/layout.h): a
// medium console drops Minor columns; a narrow one draws each row as a card with its Title
// first, its Status badge, its other columns as "Label: value" lines and its Actions last.
// A Minor column holds plain text only (tableCell), since it may be dropped.
enum class ColumnKind { Plain, Title, Minor, Status, Actions };

struct Column {
  std::string label;
  float weight = 1.0f;  // share of the table's width; 0: as wide as its widest value (IDs, dates, buttons)
  bool sortable = false;
  ColumnKind kind = ColumnKind::Plain;
};
enum class SortDirection { None, Ascending, Descending };

// Begins a table with these columns and draws the header row; returns the index of a sortable
// header that was clicked (the caller flips its sort), or -1. A sortable header is a button
// "Sort by <label>" inside its column header, which has aria-sort ascending or descending while
// it sorts the table (the button's value says the same). When `visible` comes back true, draw rows and call endTable().
int beginTable(Ui& ui, std::string_view name, const std::vector<Column>& columns, int sortedColumn,
               SortDirection direction, bool& visible);
void endTable(Ui& ui);
// Starts a row named for screen readers (e.g. the product name); its cells and buttons become
// its children in the semantics tree until endRow().
void beginRow(Ui& ui, std::string_view name, int index);
void endRow(Ui& ui);
// A cell with plain text (moves to the next column first); nothing when its column is dropped.
void tableCell(Ui& ui, std::string_view text);
// Moves to the next cell of a field grid or panel row (layout only).
void nextCell();
// Moves to the next column of a table row for custom content (badges, buttons): an unnamed cell
// whose content is what is drawn in it; in a card, the next line of the card (a Plain column's
// label first).
void nextCell(Ui& ui);

// "Showing 21–40 of 65", Previous / page numbers / Next. Returns the page to load, if clicked.
std::optional<int> pagination(Ui& ui, int page, int pageSize, std::int64_t total);

// White, bordered panels side by side, drawn as the cells of one table rather than as child
// windows: Dear ImGui skips the items of a child window scrolled out of view, and the
// semantics tree must describe the whole page, below the fold too. Call panel() before each
// panel and endPanels() when beginPanels returned true.
bool beginPanels(const char* id, int columns);
// The next panel, with its title as a level-2 heading.
void panel(Ui& ui, std::string_view title);
void endPanels();
// One full-width panel: beginPanels + panel. Call endCard() when it returned true.
bool beginCard(Ui& ui, std::string_view title);
void endCard();

// Label above, value below, in a grid of `columns` per row: Basic Information and the like.
// Call field() and endFieldGrid() only when beginFieldGrid returned true. The label and value
// are one Text node, "Label: value" ("-" for an empty value).
bool beginFieldGrid(std::string_view id, int columns);
void field(Ui& ui, std::string_view label, std::string_view value);
void endFieldGrid();

// A small "Copy" button named "Copy <what>" that puts `text` on the clipboard; returns true
// when clicked so the page can confirm it (toast).
bool copyButton(Ui& ui, Host& host, std::string_view what, const std::string& text);

// A field whose value can be copied (IDs, user names): a copy button on its label's line.
bool copyableField(Ui& ui, Host& host, std::string_view label, std::string_view what, const std::string& value);

// field() in parts, for cells holding more (a badge under the value, buttons beside it):
// nextCell(), fieldLabel, fieldValue, then endField. fieldLabel only draws the label: fieldValue
// reports it with the value. Where no fieldValue follows (the value is a badge or a link), draw
// the label with mutedText instead, which looks the same and is recorded.
void fieldLabel(std::string_view label);
void fieldValue(Ui& ui, std::string_view label, std::string_view value);
void endField();

}  // namespace koo::ui
