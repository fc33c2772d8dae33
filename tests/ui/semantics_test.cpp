// The semantics tree's queries, the JSON the DOM mirror reads, and node identity: no two nodes
// of a frame share an id (equal cells, a hundred rows), and interactive ids hold across frames.
#include "semantics.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "console_testbed.h"
#include "imgui.h"
#include "widgets_data.h"
#include "widgets_form.h"

using namespace koo::ui;

TEST(Semantics, FindsByRoleAndName) {
  SemanticsTree tree;
  tree.add({1, Role::Link, "Purchased Apps", {}, kCurrent, 0, {0, 0, 10, 10}});
  tree.add({2, Role::Button, "Purchased Apps", {}, kNone, 0, {0, 20, 10, 10}});
  ASSERT_NE(tree.find(Role::Button, "Purchased Apps"), nullptr);
  EXPECT_EQ(tree.find(Role::Button, "Purchased Apps")->id, 2u);
  EXPECT_EQ(tree.find(Role::Heading, "Purchased Apps"), nullptr);
  EXPECT_EQ(tree.count(Role::Link), 1u);
  tree.beginFrame();
  EXPECT_TRUE(tree.nodes().empty());
}

TEST(Semantics, JsonCarriesRoleStateAndRect) {
  SemanticsTree tree;
  tree.add({7, Role::Heading, "Title", {}, kNone, 1, {1, 2, 3, 4}});
  tree.add({8, Role::Button, "Save", {}, kDisabled | kBusy, 0, {5, 6, 7, 8}});
  const auto json = nlohmann::json::parse(tree.toJson());
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["role"], "heading");
  EXPECT_EQ(json[0]["level"], 1);
  EXPECT_EQ(json[0]["rect"], nlohmann::json({1.0, 2.0, 3.0, 4.0}));
  EXPECT_EQ(json[1]["state"], nlohmann::json({"disabled", "busy"}));
  EXPECT_FALSE(json[1].contains("value"));
}

TEST(Semantics, InvalidUtf8DoesNotThrow) {
  SemanticsTree tree;
  tree.add({1, Role::Text, std::string("bad \xC3", 5), {}, kNone, 0, {}});
  EXPECT_NO_THROW({ auto json = tree.toJson(); EXPECT_NE(json.find("bad"), std::string::npos); });
}

// ---- Identity: no two nodes of a frame share an id; interactive ids hold across frames ----

namespace {
using koo::ui::testing::duplicateIds;

// A table of `rows` rows of `cells` id-less cells all named "-", as equal cells are drawn.
void addEqualCells(SemanticsTree& tree, int rows, int cells) {
  tree.add({100, Role::Table, "Items", {}, kNone, 0, {}});
  tree.openGroup();
  for (int r = 0; r < rows; ++r) {
    tree.add({static_cast<std::uint32_t>(1000 + r), Role::Row, "Item", {}, kNone, 0, {}});
    tree.openGroup();
    for (int c = 0; c < cells; ++c) tree.add({0, Role::Cell, "-", {}, kNone, 0, {}});
    tree.closeGroup();
  }
  tree.closeGroup();
}

std::vector<std::uint32_t> idsOf(const SemanticsTree& tree) {
  std::vector<std::uint32_t> ids;
  for (const auto& node : tree.nodes()) ids.push_back(node.id);
  return ids;
}
}  // namespace

TEST(SemanticsIds, EqualCellsInAHundredRowsHaveIdsOfTheirOwn) {
  SemanticsTree tree;
  addEqualCells(tree, 100, 10);
  tree.add({0, Role::Text, "-", {}, kNone, 0, {}});  // top-level texts alike too
  tree.add({0, Role::Text, "-", {}, kNone, 0, {}});
  EXPECT_EQ(tree.nodes().size(), 1u + 100 * 11 + 2);
  EXPECT_TRUE(duplicateIds(tree).empty());
  for (const auto& node : tree.nodes()) EXPECT_NE(node.id, 0u);
}

TEST(SemanticsIds, AnIdTakenTwiceInAFrameIsMadeUniqueAndTheFirstKeepsIt) {
  SemanticsTree tree;
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  EXPECT_EQ(tree.nodes()[0].id, 5u);
  EXPECT_TRUE(duplicateIds(tree).empty());
}

TEST(SemanticsIds, AnUnchangedFrameKeepsEveryId) {
  SemanticsTree tree;
  addEqualCells(tree, 3, 4);
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  const auto first = idsOf(tree);
  tree.beginFrame();
  addEqualCells(tree, 3, 4);
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  tree.add({5, Role::Button, "Open", {}, kNone, 0, {}});
  EXPECT_EQ(idsOf(tree), first);
}

TEST(SemanticsIds, ChildrenIdsFollowTheirParentNotTheNodesBeforeIt) {
  SemanticsTree tree;
  addEqualCells(tree, 2, 2);
  const auto cellsBefore = idsOf(tree);
  tree.beginFrame();
  tree.add({0, Role::Text, "A notice above the table", {}, kNone, 0, {}});
  addEqualCells(tree, 2, 2);
  auto cellsAfter = idsOf(tree);
  cellsAfter.erase(cellsAfter.begin());
  EXPECT_EQ(cellsAfter, cellsBefore);
}

// Real widgets through Dear ImGui: ImGui IDs for what takes input, derived ids for texts.
namespace {
void inWindow(const std::function<void()>& draw) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(1280, 800));
  ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
  draw();
  ImGui::End();
}
}  // namespace

TEST(SemanticsIds, WidgetsOfAHundredRowsOfEqualCellsHaveDistinctIds) {
  koo::ui::testing::ImGuiHarness harness;
  const std::vector<Column> columns = {{"Name", 1, true}, {"Note", 1, false}, {"Attachment", 1, false}};
  harness.frame([&](Ui& ui) {
    inWindow([&] {
      text(ui, "-");
      text(ui, "-");
      mutedText(ui, "-");
      textLink(ui, "Same link");
      textLink(ui, "Same link");  // one ImGui ID twice: the tree still tells them apart
      bool visible = false;
      beginTable(ui, "Rows", columns, 0, SortDirection::Ascending, visible);
      ASSERT_TRUE(visible);
      for (int i = 0; i < 100; ++i) {
        beginRow(ui, "Same row", i);
        tableCell(ui, "Same name");
        tableCell(ui, "-");
        tableCell(ui, "-");
        button(ui, "Open");
        endRow(ui);
      }
      endTable(ui);
    });
  });
  EXPECT_GT(harness.semantics().nodes().size(), 500u);
  EXPECT_TRUE(duplicateIds(harness.semantics()).empty()) << duplicateIds(harness.semantics()).front();
}

TEST(SemanticsIds, AButtonLinkAndFieldKeepTheirIdsWhenATextAppearsAboveThem) {
  koo::ui::testing::ImGuiHarness harness;
  bool notice = false;
  std::string typed = "text";
  const auto draw = [&](Ui& ui) {
    inWindow([&] {
      if (notice) toneText(ui, "A notice appeared", Tone::Warning);
      text(ui, "Always here");
      button(ui, "Save");
      textLink(ui, "Help");
      textField(ui, "Name", typed);
    });
  };
  const auto idOf = [&](Role role, const char* name) {
    const SemanticNode* node = harness.semantics().find(role, name);
    return node ? node->id : 0u;
  };
  harness.frame(draw);
  const auto save = idOf(Role::Button, "Save"), help = idOf(Role::Link, "Help"), name = idOf(Role::Textbox, "Name");
  ASSERT_NE(save, 0u);
  notice = true;
  harness.frame(draw);
  EXPECT_EQ(idOf(Role::Button, "Save"), save);
  EXPECT_EQ(idOf(Role::Link, "Help"), help);
  EXPECT_EQ(idOf(Role::Textbox, "Name"), name);
  EXPECT_TRUE(duplicateIds(harness.semantics()).empty());
}

// Whole pages over the demo data, as the DOM mirror gets them.
TEST(SemanticsIds, PurchasedAppsAndMyOrdersAtAHundredRowsHaveNoDuplicateId) {
  koo::ui::testing::ConsoleTestbed bed("#/purchased-apps?pageSize=100");
  EXPECT_GT(bed.rows("Purchased apps").size(), 10u);
  EXPECT_TRUE(duplicateIds(bed.tree()).empty()) << duplicateIds(bed.tree()).front();
  bed.open("#/orders?pageSize=100");
  EXPECT_GT(bed.rows("Orders").size(), 10u);
  EXPECT_TRUE(duplicateIds(bed.tree()).empty()) << duplicateIds(bed.tree()).front();
}

TEST(SemanticsIds, EverySupervisedOrderPageHasNoDuplicateId) {
  koo::ui::testing::ConsoleTestbed bed("#/supervision");
  const auto orders = bed.store().supervisionsOf("buyer-001");
  ASSERT_FALSE(orders.empty());
  for (const auto& order : orders) {
    bed.open("#/supervision/" + order.orderId);
    ASSERT_NE(bed.find(Role::Heading, "History"), nullptr) << order.orderId;
    EXPECT_TRUE(duplicateIds(bed.tree()).empty()) << order.orderId << ": " << duplicateIds(bed.tree()).front();
  }
}
