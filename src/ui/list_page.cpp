// The parts of a list page that do not depend on its query or items: toolbar layout, the
// loading, error and empty states, the sorted table's header and the pagination.
#include "list_page.h"

#include <algorithm>

#include "imgui.h"
#include "theme.h"
#include "widgets_feedback.h"

namespace koo::ui {

void tableCells(Ui& ui, std::initializer_list<std::string_view> texts) {
  for (std::string_view text : texts) tableCell(ui, text);
}

void badgeCell(Ui& ui, std::string_view label, Tone tone) {
  nextCell(ui);
  statusBadge(ui, label, tone);
}

bool buttonCell(Ui& ui, std::string_view label) {
  nextCell(ui);
  return button(ui, label);
}

namespace list {

bool searchBar(Ui& ui, std::string& text, std::string_view hint, float width) {
  ImGui::BeginGroup();
  const std::string& search = tr("list.search");
  const bool entered = textField(ui, search, text, hint, toolbarWidth(width));
  ImGui::EndGroup();
  beginToolbarItem(-1);
  ImGui::PushID("search-button");  // the field is "Search" too
  const bool clicked = toolbarButton(ui, search);
  ImGui::PopID();
  endToolbarItem();
  return entered || clicked;
}

void beginToolbarItem(float gap) {
  // A narrow console puts each toolbar item on its own line.
  if (!theme::layout().toolbarWraps) ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
}

float toolbarWidth(float wanted) {
  // On its own line an item may take the whole width, never more (a 320 px console).
  return theme::layout().toolbarWraps ? std::min(wanted, ImGui::GetContentRegionAvail().x) : wanted;
}

void endToolbarItem() { ImGui::EndGroup(); }

bool toolbarButton(Ui& ui, std::string_view label) {
  if (!theme::layout().toolbarWraps) ImGui::NewLine();  // level with the fields, whose labels sit above them
  return button(ui, label);
}

bool drawStatus(Ui& ui, Host& host, const std::optional<std::string>& queryProblem, bool loading, bool loaded,
                const std::optional<api::ApiError>& error, const ListTexts& texts) {
  ImGui::Spacing();
  if (queryProblem) mutedText(ui, tr("list.query_reset", {{"problem", *queryProblem}}));
  bool retry = false;
  if (error) {
    retry = errorPanel(ui, host, errorView(tr("list.load_failed", {{"items", tr(texts.items)}}), *error));
    ImGui::Spacing();
  }
  // The last good page stays on screen while a reload runs.
  if (loading) loadingState(ui, host, loaded ? tr("common.refreshing") : tr("list.loading", {{"items", tr(texts.items)}}));
  return retry;
}

bool drawEmpty(Ui& ui, const EmptyText& text, const std::optional<ListLink>& link) {
  return emptyState(ui, tr(text.title), tr(text.detail), link ? std::string_view(tr(link->label)) : "");
}

bool beginSortedTable(Ui& ui, std::string_view name, const std::vector<Column>& columns, int sortedColumn, SortOrder order,
                      int& clickedColumn) {
  bool visible = false;
  clickedColumn = beginTable(ui, name, columns, sortedColumn,
                             order == SortOrder::Asc ? SortDirection::Ascending : SortDirection::Descending, visible);
  return visible;
}

std::optional<int> drawPagination(Ui& ui, int page, int pageSize, std::int64_t total) {
  ImGui::Spacing();
  return pagination(ui, page, pageSize, total);
}

}  // namespace list
}  // namespace koo::ui
