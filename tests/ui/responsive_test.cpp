// The console at the widths buyers and portals give it (core/layout.h): wide, medium and narrow
// layouts of the lists, the navigation menu, one-column details, touch-sized targets, the theme
// switching with a form half filled, and the keyboard focus ring.
#include <gtest/gtest.h>

#include <string>

#include "console_testbed.h"
#include "imgui.h"
#include "theme.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

namespace {
// Every test leaves the appearance as it found it: it is global to the console, like the locale.
struct Responsive : ::testing::Test {
  void TearDown() override { theme::setAppearance({}); }
};

// Every action of every row lies inside the console's width.
void expectRowActionsInside(const ConsoleTestbed& bed, const std::string& table, float width) {
  const auto rows = bed.rows(table);
  ASSERT_FALSE(rows.empty()) << table;
  int actions = 0;
  for (const auto* row : rows) {
    const SemanticNode* action = bed.child(*row, Role::Button);
    if (!action) continue;  // an order whose product is only a note has none
    ++actions;
    EXPECT_GE(action->rect.x, 0.0f) << row->name;
    EXPECT_LE(action->rect.x + action->rect.width, width) << row->name << " at " << width << " px";
  }
  EXPECT_GT(actions, 0) << table;
}
}  // namespace

TEST_F(Responsive, WideShowsTheNavigationAndEveryColumn) {
  ConsoleTestbed bed;
  bed.resize(1440);
  EXPECT_NE(bed.find(Role::Navigation, "Console navigation"), nullptr);
  EXPECT_EQ(bed.find(Role::Button, "Navigation menu"), nullptr);
  EXPECT_NE(bed.find(Role::ColumnHeader, "Order ID"), nullptr);
  expectRowActionsInside(bed, "Purchased apps", 1440);
}

TEST_F(Responsive, MediumFoldsTheNavigationIntoAMenuAndDropsMinorColumns) {
  ConsoleTestbed bed;
  bed.resize(768);
  EXPECT_EQ(bed.find(Role::Navigation, "Console navigation"), nullptr);
  ASSERT_NE(bed.find(Role::Button, "Navigation menu"), nullptr);
  EXPECT_EQ(bed.find(Role::ColumnHeader, "Instance ID"), nullptr);
  EXPECT_EQ(bed.find(Role::ColumnHeader, "Billing Mode"), nullptr);
  EXPECT_NE(bed.find(Role::ColumnHeader, "Order ID"), nullptr);  // what the search finds stays
  EXPECT_NE(bed.find(Role::Button, "Sort by Product"), nullptr);
  expectRowActionsInside(bed, "Purchased apps", 768);
  // The content starts at the left edge, where the navigation was.
  const SemanticNode* title = bed.find(Role::Heading, "Purchased Apps");
  ASSERT_NE(title, nullptr);
  EXPECT_LT(title->rect.x, 40.0f);

  bed.click(Role::Button, "Navigation menu");
  EXPECT_NE(bed.find(Role::Navigation, "Console navigation"), nullptr);
  bed.click(Role::Link, "My Orders");
  EXPECT_EQ(bed.app().route().view, View::Orders);
  EXPECT_EQ(bed.find(Role::Link, "My Orders"), nullptr);  // the menu closed
  expectRowActionsInside(bed, "Orders", 768);
}

TEST_F(Responsive, NarrowDrawsEachRowAsACardWithItsActions) {
  for (const char* route : {"#/purchased-apps", "#/supervision", "#/orders"}) {
    ConsoleTestbed bed(route);
    bed.resize(320, 640);
    const char* table = std::string(route) == "#/purchased-apps" ? "Purchased apps"
                        : std::string(route) == "#/supervision" ? "Supervised orders"
                                                                 : "Orders";
    const auto rows = bed.rows(table);
    ASSERT_FALSE(rows.empty()) << route;
    for (const auto* row : rows) {
      EXPECT_LE(row->rect.x + row->rect.width, 320.0f) << row->name;
      EXPECT_GT(row->rect.height, 60.0f) << row->name << ": a card holds several lines";
      EXPECT_GE(bed.childNames(*row, Role::Status).size(), 1u) << row->name;  // and a Trial badge
    }
    expectRowActionsInside(bed, table, 320);
    // Fields are labelled in the card ("Amount" ...) but the cells keep their plain values.
    for (const auto& node : bed.tree().nodes())
      if (node.role == Role::Button || node.role == Role::Textbox || node.role == Role::Combobox)
        EXPECT_LE(node.rect.x + node.rect.width, 320.5f) << route << ": " << node.name;
  }
}

TEST_F(Responsive, NarrowDetailsAreOneColumn) {
  ConsoleTestbed bed;
  const auto rows = bed.rows("Purchased apps");
  ASSERT_FALSE(rows.empty());
  const std::string name = rows[0]->name;
  bed.open("#/purchased-apps/" + name.substr(name.rfind(' ') + 1));
  bed.resize(320, 900);
  float left = -1;
  int fields = 0;
  for (const auto& node : bed.tree().nodes()) {
    if (node.role != Role::Text || node.name.find(": ") == std::string::npos) continue;
    EXPECT_LE(node.rect.x + node.rect.width, 320.5f) << node.name;
    if (left < 0) left = node.rect.x;
    if (node.rect.x > left + 60) ADD_FAILURE() << node.name << " is in a second column at x " << node.rect.x;
    ++fields;
  }
  EXPECT_GT(fields, 4);
}

TEST_F(Responsive, TouchMakesTargetsAtLeast44PixelsHigh) {
  ConsoleTestbed bed;
  theme::setAppearance({.touch = true});
  bed.resize(480);
  const auto rows = bed.rows("Purchased apps");
  ASSERT_FALSE(rows.empty());
  const std::string firstInstance = rows[0]->name.substr(rows[0]->name.rfind(' ') + 1);
  for (const auto* row : rows) {
    const SemanticNode* action = bed.child(*row, Role::Button);
    ASSERT_NE(action, nullptr);
    EXPECT_GE(action->rect.height, kTouchTarget - 0.5f) << row->name;
  }
  const SemanticNode* menu = bed.find(Role::Button, "Navigation menu");
  ASSERT_NE(menu, nullptr);
  EXPECT_GE(menu->rect.height, kTouchTarget - 0.5f);
  bed.click(*menu);
  const SemanticNode* entry = bed.find(Role::Link, "My Orders");
  ASSERT_NE(entry, nullptr);
  EXPECT_GE(entry->rect.height, kTouchTarget - 0.5f);
  bed.click(*entry);
  EXPECT_EQ(bed.app().route().view, View::Orders);
  // Resource Details' copy buttons and the password's eye are finger-sized too.
  bed.open("#/purchased-apps/" + firstInstance);
  for (const auto& node : bed.tree().nodes())
    if (node.role == Role::Button) EXPECT_GE(node.rect.height, kTouchTarget - 0.5f) << node.name;
}

TEST_F(Responsive, ThemeAndWidthChangeKeepTheViewAndWhatWasTyped) {
  ConsoleTestbed bed;
  bed.typeInto("Search", "half typed", false);
  theme::setAppearance({.hostTheme = theme::HostTheme::Dark});
  bed.resize(480);
  theme::setAppearance({.prefersDark = true, .forcedColors = true});
  bed.resize(1440);
  EXPECT_EQ(bed.app().route().view, View::PurchasedApps);
  const SemanticNode* search = bed.find(Role::Textbox, "Search");
  ASSERT_NE(search, nullptr);
  EXPECT_EQ(search->value, "half typed");
  EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x,
            theme::paletteOf(theme::Scheme::HighContrastDark).background.x);
}

TEST_F(Responsive, FocusRingIsDrawnAroundTheKeyboardFocusedControl) {
  ConsoleTestbed bed;
  bed.settle();
  EXPECT_EQ(ImGui::GetForegroundDrawList()->VtxBuffer.Size, 0);
  const SemanticNode* search = bed.find(Role::Button, "Sort by Product");
  ASSERT_NE(search, nullptr);
  bed.app().setKeyboardFocus(search->id);
  bed.settle();
  EXPECT_GT(ImGui::GetForegroundDrawList()->VtxBuffer.Size, 0);
  bed.app().setKeyboardFocus(0);
  bed.settle();
  EXPECT_EQ(ImGui::GetForegroundDrawList()->VtxBuffer.Size, 0);
}

TEST_F(Responsive, ReducedMotionStopsTheSpinner) {
  ConsoleTestbed bed;
  const auto spinnerWakeups = [&] {
    int count = 0;
    for (double ms : bed.host().wakeups) count += ms == 50.0 ? 1 : 0;
    return count;
  };
  const auto busy = [&] {
    for (const auto& node : bed.tree().nodes())
      if (node.role == Role::Status && (node.state & kBusy)) return true;
    return false;
  };
  theme::setAppearance({.reducedMotion = true});
  bed.holdAnswers = true;
  bed.host().wakeups.clear();
  bed.open("#/orders");
  ASSERT_TRUE(busy());
  EXPECT_EQ(spinnerWakeups(), 0) << "a still spinner asks for no frames";

  theme::setAppearance({});
  bed.settle(2);
  ASSERT_TRUE(busy());
  EXPECT_GT(spinnerWakeups(), 0) << "the spinner turns when motion is fine";
}
