// The list page component as the three list pages use it: the same toolbar, Clear filters in
// one place, sorting, paging, loading, refreshing, error with Retry, empty states and the
// link's-query notice, each asserted on Purchased Apps, Service Supervision and My Orders alike.
#include <algorithm>

#include <gtest/gtest.h>

#include "console_testbed.h"

using namespace koo::ui;
using koo::ui::testing::anyNodeContains;
using koo::ui::testing::ConsoleTestbed;

namespace {
struct ListCase {
  const char* name;
  const char* hash;
  const char* table;
  const char* narrowing;    // a filter that leaves rows
  const char* noMatch;      // the heading when a search leaves nothing
  const char* fault;        // the list's GET failing
  const char* loadError;    // the alert's title
  const char* loading;      // the first load's status
  const char* sortButton;
  const char* sortField;
};

const ListCase kLists[] = {
    {"PurchasedApps", "#/purchased-apps", "Purchased apps", "status=IN_USE", "No purchased apps match your search",
     "GET /api/v1/purchased-apps:status=503", "Could not load your purchased apps", "Loading your purchased apps...",
     "Sort by Product", "productName"},
    {"Supervision", "#/supervision", "Supervised orders", "stage=WAITING_BUYER_CONFIRM", "No supervised orders match your search",
     "GET /api/v1/supervised-orders:status=503", "Could not load your supervised orders",
     "Loading your supervised orders...", "Sort by Product", "productName"},
    {"MyOrders", "#/orders", "Orders", "status=CANCELLED", "No orders match your filters", "GET /api/v1/orders:status=503",
     "Could not load your orders", "Loading your orders...", "Sort by Amount", "amount"},
};

std::size_t countNodes(const SemanticsTree& tree, Role role, const std::string& name) {
  std::size_t count = 0;
  for (const auto& node : tree.nodes()) count += node.role == role && node.name == name;
  return count;
}

struct ListPages : ::testing::TestWithParam<ListCase> {
  std::string at(const char* query) const { return std::string(GetParam().hash) + "?" + query; }
};
}  // namespace

INSTANTIATE_TEST_SUITE_P(EveryList, ListPages, ::testing::ValuesIn(kLists),
                         [](const auto& info) { return std::string(info.param.name); });

TEST_P(ListPages, ToolbarHasSearchAndNoClearFiltersWhileUnfiltered) {
  ConsoleTestbed bed(GetParam().hash);
  EXPECT_NE(bed.find(Role::Textbox, "Search"), nullptr);
  EXPECT_EQ(countNodes(bed.tree(), Role::Button, "Search"), 1u);
  EXPECT_EQ(bed.find(Role::Button, "Clear filters"), nullptr);
  EXPECT_FALSE(bed.rows(GetParam().table).empty());
}

TEST_P(ListPages, AFilterPutsClearFiltersInTheToolbarAndItResetsTheQuery) {
  ConsoleTestbed bed(at(GetParam().narrowing));
  EXPECT_FALSE(bed.rows(GetParam().table).empty());
  EXPECT_EQ(countNodes(bed.tree(), Role::Button, "Clear filters"), 1u);
  const SemanticNode* clear = bed.find(Role::Button, "Clear filters");
  const SemanticNode* search = bed.find(Role::Button, "Search");
  ASSERT_NE(clear, nullptr);
  ASSERT_NE(search, nullptr);
  EXPECT_NEAR(clear->rect.y, search->rect.y, 1.0f);  // on the toolbar's line
  bed.click(*clear);
  EXPECT_EQ(bed.app().route().query.count("q"), 0u);
  EXPECT_EQ(bed.app().route().query.count("status"), 0u);
  EXPECT_EQ(bed.app().route().query.count("stage"), 0u);
  EXPECT_EQ(bed.find(Role::Button, "Clear filters"), nullptr);
  EXPECT_EQ(bed.rows(GetParam().table).size(), 10u);
}

TEST_P(ListPages, ASearchWithNoMatchSaysSoWithOneClearFilters) {
  ConsoleTestbed bed(at("q=no-such-thing-xyz"));
  EXPECT_EQ(bed.find(Role::Table, GetParam().table), nullptr);
  EXPECT_NE(bed.find(Role::Heading, GetParam().noMatch), nullptr);
  EXPECT_EQ(countNodes(bed.tree(), Role::Button, "Clear filters"), 1u);
  EXPECT_EQ(bed.find(Role::Button, "Next page"), nullptr);
}

TEST_P(ListPages, PagingLoadsTheNextPage) {
  ConsoleTestbed bed(GetParam().hash);
  const std::string first = bed.rows(GetParam().table)[0]->name;
  bed.click(Role::Button, "Next page");
  EXPECT_EQ(bed.app().route().query.at("page"), "2");
  const auto rows = bed.rows(GetParam().table);
  ASSERT_FALSE(rows.empty());
  EXPECT_NE(rows[0]->name, first);
  EXPECT_TRUE(bed.find(Role::Button, "Page 2")->state & kCurrent);
  bed.click(Role::Button, "Search");  // searching (even for the same text) starts again at page 1
  EXPECT_EQ(bed.app().route().query.at("page"), "1");
}

TEST_P(ListPages, SortingStartsDescendingAndFlipsOnASecondClick) {
  ConsoleTestbed bed(at("page=2"));
  bed.click(Role::Button, GetParam().sortButton);
  EXPECT_EQ(bed.app().route().query.at("sort"), GetParam().sortField);
  EXPECT_EQ(bed.app().route().query.at("order"), "desc");
  EXPECT_EQ(bed.app().route().query.at("page"), "1");  // a new sort starts at the first page
  // The column header holding the sort button says how the table is sorted (aria-sort).
  const SemanticNode* sortButton = bed.find(Role::Button, GetParam().sortButton);
  const auto header = std::find_if(bed.tree().nodes().begin(), bed.tree().nodes().end(),
                                   [&](const SemanticNode& n) { return n.id == sortButton->parent; });
  ASSERT_NE(header, bed.tree().nodes().end());
  EXPECT_EQ(header->role, Role::ColumnHeader);
  EXPECT_TRUE(header->state & kSortDescending);
  const std::string descFirst = bed.rows(GetParam().table)[0]->name;
  bed.click(Role::Button, GetParam().sortButton);
  EXPECT_EQ(bed.app().route().query.at("order"), "asc");
  EXPECT_NE(bed.rows(GetParam().table)[0]->name, descFirst);
}

TEST_P(ListPages, LoadingThenRefreshingKeepsTheLastPage) {
  ConsoleTestbed bed("#/payment-result?order=none");  // a view that is not a list
  bed.holdAnswers = true;
  bed.open(GetParam().hash);
  const SemanticNode* loading = bed.find(Role::Status, GetParam().loading);
  ASSERT_NE(loading, nullptr);
  EXPECT_TRUE(loading->state & kBusy);
  EXPECT_EQ(bed.find(Role::Table, GetParam().table), nullptr);
  bed.holdAnswers = false;
  bed.settle();
  ASSERT_FALSE(bed.rows(GetParam().table).empty());
  bed.holdAnswers = true;
  bed.click(Role::Button, "Next page");
  EXPECT_NE(bed.find(Role::Status, "Refreshing..."), nullptr);
  EXPECT_FALSE(bed.rows(GetParam().table).empty());  // the last page stays while the next loads
  bed.holdAnswers = false;
  bed.settle();
  EXPECT_EQ(bed.find(Role::Status, "Refreshing..."), nullptr);
}

TEST_P(ListPages, AFailedLoadShowsTheErrorAndRetryRecovers) {
  ConsoleTestbed bed("#/payment-result?order=none");
  bed.setFaults(GetParam().fault);
  bed.open(GetParam().hash);
  EXPECT_EQ(bed.find(Role::Table, GetParam().table), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, GetParam().loadError));
  bed.router().faults().clear();
  bed.click(Role::Button, "Retry");
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Alert, GetParam().loadError));
  EXPECT_EQ(bed.rows(GetParam().table).size(), 10u);
}

TEST_P(ListPages, AnInvalidLinkQueryIsResetWithANotice) {
  ConsoleTestbed bed(at("sort=BROKEN"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "The link's filters were not valid and were reset: "));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "query.sort"));
  EXPECT_EQ(bed.rows(GetParam().table).size(), 10u);
}
