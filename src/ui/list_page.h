// One paged list view: search bar and filters, a sortable table, the loading, error and empty
// states, pagination, with its query in the route. A list page is a ListSpec (its columns,
// filters, row, texts and client call) given to ListPage; see pages/supervision_list.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/enums.h"
#include "core/format.h"
#include "core/result.h"
#include "page_env.h"
#include "remote.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {

// What the buyer asked for while a list was drawn.
template <class Query>
struct ListIntent {
  std::optional<Query> query;  // search, filter, sort or page changed
  std::optional<Route> open;   // a row's destination, or a link's
  bool retry = false;
};

// The state every paged list keeps about its query: the query in force, what the buyer is
// typing in the search box, and why the link's query was reset, if it was.
template <class Query>
struct ListQueryState {
  Query query;
  std::string searchText;
  std::optional<std::string> queryProblem;

  // Takes the query a route carried; an invalid one falls back to the defaults and says why.
  void read(const Result<Query>& parsed) {
    queryProblem.reset();
    if (parsed.ok()) {
      query = parsed.value();
    } else {
      query = Query{};
      queryProblem = parsed.error().describe();
    }
    searchText = query.q;
  }
};

// What a list view shows: the query's state and the loaded page.
template <class Query, class Item>
struct ListState : ListQueryState<Query> {
  Remote<Page<Item>> list;
};

// One choice in the toolbar, narrowing the list.
template <class Query>
struct ListFilter {
  std::function<bool(Ui&, Query&)> draw;     // draws the choice; true when it changed the query
  std::function<bool(const Query&)> active;  // the filter is narrowing the list now
};

namespace list {
// The width of a toolbar field that would be `wanted` wide: less on a narrow console.
float toolbarWidth(float wanted);
}  // namespace list

// A filter over an optional enum member of the query (unset: "all"); the labels are catalogue keys.
template <class Query, class E>
ListFilter<Query> enumFilter(const char* labelKey, std::optional<E> Query::*member, const char* allLabelKey,
                             float width) {
  return {[=](Ui& ui, Query& query) {
            return enumChoice(ui, tr(labelKey), query.*member, allEnumValues<E>(),
                              [](E value) { return labelOf(value); }, tr(allLabelKey), list::toolbarWidth(width));
          },
          [=](const Query& query) { return (query.*member).has_value(); }};
}

// A heading and a sentence for a list with nothing to show. The texts of a ListSpec (here and
// below) are catalogue keys (src/i18n), looked up when drawn so that a switch of language shows.
struct EmptyText {
  const char* title;
  const char* detail;
};

// The texts of a list: what it lists, and why there is nothing.
struct ListTexts {
  const char* items;  // "orders": "Loading your orders...", "Could not load your orders" (a key)
  EmptyText none;     // the buyer has nothing at all
  EmptyText noMatch;  // the search or a filter left nothing
};

// A link under the empty state's text, e.g. Purchased Apps' "Check My Orders".
struct ListLink {
  const char* label;
  Route target;
};

// Everything that makes one list page its own.
template <class Query, class Item>
struct ListSpec {
  using SortField = std::remove_cv_t<decltype(Query::sort)>;
  // A column of the table; one with a sort field sorts the list when its header is clicked.
  struct ListColumn {
    const char* label;
    float weight;  // share of the table's width
    std::optional<SortField> sort = std::nullopt;
    ColumnKind kind = ColumnKind::Plain;  // where it goes on a narrower console (widgets_data.h)
  };
  // The search field's hint and width.
  struct Search {
    const char* hint;
    float width;
  };

  View view;          // the route the query lives in
  const char* table;  // the table's accessible name, "Purchased apps" (a key)
  Result<Query> (*parse)(const QueryParams&);
  void (api::MarketplaceClient::*load)(const Query&, api::ApiCallback<Page<Item>>);
  std::vector<ListColumn> columns;
  Search search;
  std::vector<ListFilter<Query>> filters;
  ListTexts texts;
  std::string (*rowName)(const Item&);  // what a screen reader calls the row
  void (*drawCells)(Ui&, const Item&, std::optional<Route>& open);
  std::optional<ListLink> emptyLink = std::nullopt;
  void (*footer)(Ui&, std::optional<Route>& open) = nullptr;  // drawn under the pagination
};

// Cells of a row with plain text, one per column.
void tableCells(Ui& ui, std::initializer_list<std::string_view> texts);
// A cell holding a status badge.
void badgeCell(Ui& ui, std::string_view label, Tone tone);
// A cell holding a button; true when clicked.
bool buttonCell(Ui& ui, std::string_view label);

// The non-template parts of a list, in list_page.cpp.
namespace list {
// The search field and its Search button; true when the buyer searched (button or Enter).
bool searchBar(Ui& ui, std::string& text, std::string_view hint, float width);
// A toolbar item (a labelled field, a choice, a button) on the toolbar's line, `gap` pixels on
// (-1: the usual spacing): beginToolbarItem(gap); draw it; endToolbarItem();
void beginToolbarItem(float gap);
void endToolbarItem();
// A toolbar button level with the fields beside it (their labels sit above them).
bool toolbarButton(Ui& ui, std::string_view label);
// The link's-query notice and the load's error (with Retry), loading and refreshing states; true
// when Retry was clicked.
bool drawStatus(Ui& ui, Host& host, const std::optional<std::string>& queryProblem, bool loading, bool loaded,
                const std::optional<api::ApiError>& error, const ListTexts& texts);
// The empty state; true when `link` was clicked.
bool drawEmpty(Ui& ui, const EmptyText& text, const std::optional<ListLink>& link);
// Begins the table with its header, the sorted column marked: if (beginSortedTable(...)) { rows;
// endTable(ui); }. `clickedColumn` is a sortable header clicked this frame, or -1.
bool beginSortedTable(Ui& ui, std::string_view name, const std::vector<Column>& columns, int sortedColumn, SortOrder order,
                      int& clickedColumn);
// The pagination under the table; the page to load, if one was clicked.
std::optional<int> drawPagination(Ui& ui, int page, int pageSize, std::int64_t total);
}  // namespace list

// True when the search or a filter narrows the list.
template <class Query>
bool anyFilter(const Query& query, const std::vector<ListFilter<Query>>& filters) {
  if (!query.q.empty()) return true;
  for (const auto& filter : filters)
    if (filter.active(query)) return true;
  return false;
}

// Draws the list from its state; pure apart from ImGui and the semantics tree.
template <class Query, class Item>
ListIntent<Query> drawList(Ui& ui, Host& host, ListState<Query, Item>& state, const ListSpec<Query, Item>& spec) {
  ListIntent<Query> intent;
  // Any change of search, filter or sort starts again at the first page.
  const auto change = [&](Query next) {
    next.page = 1;
    intent.query = std::move(next);
  };
  if (list::searchBar(ui, state.searchText, tr(spec.search.hint), spec.search.width)) {
    Query next = state.query;
    next.q = state.searchText;
    change(next);
  }
  for (std::size_t i = 0; i < spec.filters.size(); ++i) {
    list::beginToolbarItem(i == 0 ? 24 : -1);
    Query next = state.query;
    if (spec.filters[i].draw(ui, next)) change(next);
    list::endToolbarItem();
  }
  // Clear filters stands in the toolbar whenever the search or a filter narrows the list.
  const bool filtered = anyFilter(state.query, spec.filters);
  if (filtered) {
    list::beginToolbarItem(16);
    if (list::toolbarButton(ui, tr("list.clear_filters"))) intent.query = Query{};
    list::endToolbarItem();
  }

  const Page<Item>* page = state.list.value();
  intent.retry = list::drawStatus(ui, host, state.queryProblem, state.list.loading(), page != nullptr,
                                  state.list.error(), spec.texts);
  if (!page) return intent;
  if (page->items.empty()) {
    if (list::drawEmpty(ui, filtered ? spec.texts.noMatch : spec.texts.none, spec.emptyLink))
      intent.open = spec.emptyLink->target;
    return intent;
  }

  std::vector<Column> columns;
  int sortedColumn = -1, clickedColumn = -1;
  for (const auto& column : spec.columns) {
    if (column.sort == state.query.sort) sortedColumn = static_cast<int>(columns.size());
    columns.push_back({tr(column.label), column.weight, column.sort.has_value(), column.kind});
  }
  if (list::beginSortedTable(ui, tr(spec.table), columns, sortedColumn, state.query.order, clickedColumn)) {
    for (std::size_t i = 0; i < page->items.size(); ++i) {
      beginRow(ui, spec.rowName(page->items[i]), static_cast<int>(i));
      spec.drawCells(ui, page->items[i], intent.open);
      endRow(ui);
    }
    endTable(ui);
  }
  if (clickedColumn >= 0) {
    const auto sortBy = *spec.columns[static_cast<std::size_t>(clickedColumn)].sort;
    Query next = state.query;
    // A second click on the sorted column flips it; a new column starts descending (newest first).
    next.order = next.sort == sortBy && next.order == SortOrder::Desc ? SortOrder::Asc : SortOrder::Desc;
    next.sort = sortBy;
    change(next);
  }
  if (auto target = list::drawPagination(ui, page->page, page->pageSize, page->total)) {
    Query next = state.query;
    next.page = *target;
    intent.query = next;
  }
  if (spec.footer) spec.footer(ui, intent.open);
  return intent;
}

// A list page: enters a route by reading its query and loading, draws, and carries out the
// buyer's intent; the query lives in the URL, so a new query is a new route the app enters.
template <class Query, class Item>
class ListPage : public ViewPage {
 public:
  explicit ListPage(const ListSpec<Query, Item>& spec) : spec_(spec) {}
  void enter(const Route& route, PageEnv& env) override {
    state_.read(spec_.parse(route.query));
    load(env);
  }
  void leave() override { state_.list.drop(); }
  void draw(Ui& ui, const Route& route, PageEnv& env) override {
    const ListIntent<Query> intent = drawList(ui, env.host, state_, spec_);
    if (intent.retry) load(env);
    if (intent.open) env.navigator.go(*intent.open);
    if (intent.query) env.navigator.go(Route{spec_.view, {}, toQueryParams(*intent.query)});
  }
  const ListState<Query, Item>& state() const { return state_; }

 private:
  void load(PageEnv& env) { (env.client.*spec_.load)(state_.query, state_.list.start()); }

  const ListSpec<Query, Item>& spec_;
  ListState<Query, Item> state_;
};

}  // namespace koo::ui
