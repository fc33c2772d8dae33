// Service Supervision list against the real router and demo data: columns and badges, the stage
// filter, search, sorting and paging in the URL, View Details, and the loading, empty, no-match
// and error states.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/format.h"
#include "core/text.h"
#include "pages/supervision_list.h"

using namespace koo;
using namespace koo::ui;
using namespace koo::ui::testing;

namespace {
constexpr const char* kTable = "Supervised orders";

// Rows are named "<order ID> <product>".
std::string orderIdOf(const SemanticNode& row) { return row.name.substr(0, row.name.find(' ')); }
std::string productOf(const SemanticNode& row) { return row.name.substr(row.name.find(' ') + 1); }

}  // namespace

TEST(SupervisionList, ShowsAPageOfSupervisedOrdersWithStageBadgesAndViewDetails) {
  ConsoleTestbed bed("#/supervision");
  ASSERT_NE(bed.find(Role::Table, kTable), nullptr);
  const auto rows = bed.rows(kTable);
  EXPECT_EQ(rows.size(), 10u);  // buyer-001 has 15 supervised orders; the default page holds 10
  for (const char* column : {"Order ID", "Seller", "Current Stage", "Amount", "Operation"})
    EXPECT_NE(bed.find(Role::ColumnHeader, column), nullptr) << column;
  for (const char* sortable : {"Sort by Product", "Sort by Created"})
    EXPECT_NE(bed.find(Role::Button, sortable), nullptr) << sortable;
  for (const auto* row : rows) {
    EXPECT_EQ(bed.childNames(*row, Role::Button), std::vector<std::string>{"View Details"}) << row->name;
    const auto badges = bed.childNames(*row, Role::Status);
    ASSERT_EQ(badges.size(), 1u) << row->name;
    bool isStage = false;
    for (FlowStage stage : allEnumValues<FlowStage>()) isStage |= badges[0] == labelOf(stage);
    EXPECT_TRUE(isStage) << badges[0];
    const auto cells = bed.childNames(*row, Role::Cell);
    ASSERT_GE(cells.size(), 3u);
    EXPECT_EQ(cells[0], orderIdOf(*row));
    EXPECT_EQ(cells[1], productOf(*row));
  }
  EXPECT_NE(bed.find(Role::Text, "Showing 1-10 of 15"), nullptr);
}

TEST(SupervisionList, StageFilterGoesIntoTheUrlAndNarrowsTheList) {
  ConsoleTestbed bed("#/supervision");
  bed.click(Role::Combobox, "Stage");
  bed.click(Role::Option, std::string(labelOf(FlowStage::WaitingBuyerConfirm)));
  EXPECT_EQ(bed.app().route().view, View::Supervision);
  EXPECT_EQ(bed.app().route().query.at("stage"), "WAITING_BUYER_CONFIRM");
  const auto rows = bed.rows(kTable);
  ASSERT_EQ(rows.size(), 3u);  // three of buyer-001's orders wait for the buyer's acceptance
  for (const auto* row : rows)
    EXPECT_EQ(bed.childNames(*row, Role::Status),
              std::vector<std::string>{std::string(labelOf(FlowStage::WaitingBuyerConfirm))});
  EXPECT_EQ(bed.find(Role::Combobox, "Stage")->value, labelOf(FlowStage::WaitingBuyerConfirm));
}

TEST(SupervisionList, SearchByOrderIdOrProductName) {
  ConsoleTestbed bed("#/supervision");
  bed.typeInto("Search", "CS240085982986");
  EXPECT_EQ(bed.app().route().query.at("q"), "CS240085982986");
  auto rows = bed.rows(kTable);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(orderIdOf(*rows[0]), "CS240085982986");

  bed.typeInto("Search", "ERP Implementation");
  rows = bed.rows(kTable);
  ASSERT_FALSE(rows.empty());
  for (const auto* row : rows) EXPECT_EQ(productOf(*row), "ERP Implementation Service");
}

TEST(SupervisionList, PagingAndSortingLiveInTheUrl) {
  ConsoleTestbed bed("#/supervision");
  const std::string first = bed.rows(kTable)[0]->name;
  bed.click(Role::Button, "Next page");
  EXPECT_EQ(bed.app().route().query.at("page"), "2");
  auto rows = bed.rows(kTable);
  ASSERT_EQ(rows.size(), 5u);  // the eleventh to fifteenth orders
  EXPECT_NE(rows[0]->name, first);
  EXPECT_TRUE(bed.find(Role::Button, "Page 2")->state & kCurrent);

  bed.click(Role::Button, "Sort by Product");
  EXPECT_EQ(bed.app().route().query.at("sort"), "productName");
  EXPECT_EQ(bed.app().route().query.at("page"), "1");
  bed.click(Role::Button, "Sort by Product");
  EXPECT_EQ(bed.app().route().query.at("order"), "asc");
  rows = bed.rows(kTable);
  ASSERT_GE(rows.size(), 2u);
  for (std::size_t i = 1; i < rows.size(); ++i)
    EXPECT_LE(compareIgnoringAsciiCase(productOf(*rows[i - 1]), productOf(*rows[i])), 0);
}

TEST(SupervisionList, ViewDetailsOpensTheRowsOrder) {
  ConsoleTestbed bed("#/supervision?q=CS240083885840");
  const auto rows = bed.rows(kTable);
  ASSERT_EQ(rows.size(), 1u);
  const SemanticNode* details = bed.child(*rows[0], Role::Button);
  ASSERT_NE(details, nullptr);
  bed.click(*details);
  EXPECT_EQ(bed.app().route().view, View::SupervisionDetails);
  EXPECT_EQ(bed.app().route().id, "CS240083885840");
  EXPECT_NE(bed.find(Role::Text, "Order CS240083885840"), nullptr);
}

TEST(SupervisionList, NoMatchSaysSoAndClearsFilters) {
  ConsoleTestbed bed("#/supervision?q=no-such-order&stage=CANCELLED");
  EXPECT_EQ(bed.find(Role::Table, kTable), nullptr);
  EXPECT_NE(bed.find(Role::Heading, "No supervised orders match your search"), nullptr);
  bed.click(Role::Button, "Clear filters");
  EXPECT_EQ(bed.app().route().query.count("q"), 0u);
  EXPECT_EQ(bed.app().route().query.count("stage"), 0u);
  EXPECT_EQ(bed.rows(kTable).size(), 10u);
}

TEST(SupervisionList, AnInvalidLinkQueryIsResetAndSaysWhy) {
  ConsoleTestbed bed("#/supervision?stage=BROKEN");
  EXPECT_EQ(bed.rows(kTable).size(), 10u);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "query.stage"));
}

TEST(SupervisionList, AFailedLoadShowsTheRequestIdAndRetrySucceeds) {
  ConsoleTestbed bed("#/purchased-apps");
  bed.setFaults("GET /api/v1/supervised-orders:status=503");
  bed.open("#/supervision");
  EXPECT_EQ(bed.find(Role::Table, kTable), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Could not load your supervised orders"));
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Alert, "Request ID: "));
  bed.router().faults().clear();
  bed.click(Role::Button, "Retry");
  EXPECT_EQ(bed.rows(kTable).size(), 10u);
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Alert, "Could not load"));
}

// The view function alone: a load in flight shows a busy status, then the empty state.
TEST(SupervisionList, ShowsLoadingThenTheEmptyState) {
  ImGuiHarness harness;
  FakeHost host;
  SupervisionListState state;
  auto answer = state.list.start();
  harness.frame([&](Ui& ui) { drawList(ui, host, state, kSupervisionList); });
  const SemanticNode* loading = harness.semantics().find(Role::Status, "Loading your supervised orders...");
  ASSERT_NE(loading, nullptr);
  EXPECT_TRUE(loading->state & kBusy);

  answer(Page<SupervisedOrderSummary>{});
  harness.frame([&](Ui& ui) { drawList(ui, host, state, kSupervisionList); });
  EXPECT_EQ(harness.semantics().find(Role::Status, "Loading your supervised orders..."), nullptr);
  EXPECT_NE(harness.semantics().find(Role::Heading, "You have no supervised orders"), nullptr);
}
