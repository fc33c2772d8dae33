// The semantics tree of every view, through the real router (as the DOM mirror gets it): landmarks,
// one h1 and headings in order, tables of rows of cells (actions inside cells), popups holding
// their options and items, every control named, and a Tab order (controls in tree order, which is
// the mirror's DOM order) that reads like the screen: down the page, or on to the next column.
#include <gtest/gtest.h>

#include <algorithm>

#include <map>
#include <string>
#include <vector>

#include "console_testbed.h"
#include "core/i18n.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::ConsoleTestbed;

namespace {

const SemanticNode* byId(const SemanticsTree& tree, std::uint32_t id) {
  for (const auto& node : tree.nodes())
    if (node.id == id) return &node;
  return nullptr;
}

Role parentRole(const SemanticsTree& tree, const SemanticNode& node) {
  const SemanticNode* parent = byId(tree, node.parent);
  return parent ? parent->role : Role::Region;  // top level: no group
}

// The landmark a node reads in; a modal dialog floats above the page and is a reading context of its own.
std::uint32_t landmarkOf(const SemanticsTree& tree, const SemanticNode& node) {
  for (const SemanticNode* at = &node; at; at = byId(tree, at->parent))
    if (at->role == Role::Banner || at->role == Role::Navigation || at->role == Role::Main || at->role == Role::Dialog)
      return at->id;
  return 0;
}

bool inTabOrder(const SemanticNode& node) {
  switch (node.role) {
    case Role::Button: case Role::Link: case Role::Textbox: case Role::Combobox: case Role::Checkbox: case Role::Tab:
      return !(node.state & kDisabled);
    default: return false;
  }
}

std::string describe(const SemanticNode& node) { return std::string(roleName(node.role)) + " '" + node.name + "'"; }

// The language is global: every test ends in English, as the others expect.
struct AccessibleSemantics : ::testing::Test {
  void TearDown() override { setCurrentLocale(Locale::En); }
};

}  // namespace

// The controls a Tab press goes through, in order: "role:name".
std::vector<std::string> tabOrder(const SemanticsTree& tree) {
  std::vector<std::string> stops;
  for (const auto& node : tree.nodes())
    if (inTabOrder(node)) stops.push_back(std::string(roleName(node.role)) + ":" + node.name);
  return stops;
}

// Everything the mirror needs for WCAG's structure rules, for the frame the testbed shows now.
void expectAccessibleStructure(const ConsoleTestbed& bed, const std::string& view, bool framed = true) {
  SCOPED_TRACE(view);
  const SemanticsTree& tree = bed.tree();
  std::map<Role, int> landmarks;
  int h1 = 0, lastLevel = 0;
  for (const auto& node : tree.nodes()) {
    if (node.role == Role::Banner || node.role == Role::Navigation || node.role == Role::Main) ++landmarks[node.role];
    if (node.role == Role::Heading) {
      h1 += node.level == 1;
      EXPECT_LE(node.level, lastLevel + 1) << describe(node) << " skips a heading level";
      lastLevel = node.level;
    }
    const Role parent = parentRole(tree, node);
    switch (node.role) {
      case Role::Row: EXPECT_EQ(parent, Role::Table) << describe(node); break;
      case Role::Cell: case Role::ColumnHeader: EXPECT_EQ(parent, Role::Row) << describe(node); break;
      case Role::Option: EXPECT_EQ(parent, Role::Listbox) << describe(node); break;
      case Role::MenuItem: case Role::MenuItemRadio: EXPECT_EQ(parent, Role::Menu) << describe(node); break;
      case Role::ListItem: EXPECT_EQ(parent, Role::List) << describe(node); break;
      default:  // nothing but cells and headers directly in a row (a row's button is in its cell)
        EXPECT_NE(parent, Role::Row) << describe(node) << " is in a row but not in a cell";
    }
    if (inTabOrder(node) || node.role == Role::Dialog || node.role == Role::Table || node.role == Role::Row)
      EXPECT_FALSE(node.name.empty()) << roleName(node.role) << " without a name";
    if (node.role == Role::Combobox || (node.state & kHasPopup)) {
      EXPECT_EQ((node.state & kExpanded) != 0, node.controls != 0) << describe(node);
      if (node.controls) EXPECT_NE(byId(tree, node.controls), nullptr) << describe(node) << " controls nothing";
    }
    // The live region is the only node outside the landmarks (a toast and a dialog are inside
    // or are live regions themselves).
    if (framed && !node.parent && node.role != Role::Banner && node.role != Role::Navigation && node.role != Role::Main)
      EXPECT_TRUE(node.role == Role::Status) << describe(node) << " is outside the landmarks";
  }
  EXPECT_EQ(h1, 1) << "one h1 per view";
  EXPECT_EQ(landmarks[Role::Main], 1);
  if (framed) {
    EXPECT_EQ(landmarks[Role::Banner], 1);
    EXPECT_EQ(landmarks[Role::Navigation], 1);
  }
  // Reading order: within a landmark each Tab stop is below (or level with) the one before, or in
  // a column to its right; never back up and to the left.
  const SemanticNode* previous = nullptr;
  for (const auto& node : tree.nodes()) {
    if (!inTabOrder(node)) continue;
    if (previous && landmarkOf(tree, *previous) == landmarkOf(tree, node)) {
      const bool below = node.rect.y >= previous->rect.y - 2;
      const bool nextColumn = node.rect.x >= previous->rect.x + previous->rect.width - 1;
      EXPECT_TRUE(below || nextColumn) << describe(node) << " at (" << node.rect.x << ", " << node.rect.y
                                       << ") follows " << describe(*previous) << " at (" << previous->rect.x << ", "
                                       << previous->rect.y << ")";
    }
    previous = &node;
  }
}

TEST_F(AccessibleSemantics, PurchasedAppsTabOrderIsTheScreensReadingOrder) {
  ConsoleTestbed bed("#/purchased-apps");
  expectAccessibleStructure(bed, "Purchased Apps");
  std::vector<std::string> stops = tabOrder(bed.tree());
  // alice's expiry reminders (pages/expiry_reminders.h) come first in the content, above the list.
  const auto isReminder = [](const std::string& stop) {
    return stop.rfind("button:Dismiss the reminder for ", 0) == 0 ||
           (stop.rfind("button:Renew ", 0) == 0 && stop.back() == ')');
  };
  // After the user menu and the six navigation links.
  ASSERT_GT(stops.size(), 7u);
  EXPECT_TRUE(isReminder(stops[7])) << stops[7];
  stops.erase(std::remove_if(stops.begin(), stops.end(), isReminder), stops.end());
  const std::vector<std::string> head = {"button:Alice Zhang", "link:Purchased Apps", "link:Service Supervision",
                                         "link:My Unsubscriptions", "link:My Orders", "link:Renewals", "link:Invoices", "textbox:Search", "button:Search", "combobox:Status",
                                         "combobox:Billing mode", "button:Sort by Product", "button:Sort by Status",
                                         "button:Sort by Purchased", "button:Sort by Expires", "button:Resource Details"};
  ASSERT_GE(stops.size(), head.size());
  EXPECT_EQ(std::vector<std::string>(stops.begin(), stops.begin() + static_cast<long>(head.size())), head);
  EXPECT_EQ(stops.back(), "link:Go to Billing Center > My Orders");
  EXPECT_EQ(stops[stops.size() - 2], "button:Next page");
  // The column header holds the sort button and the sort state; the row's action is in a cell.
  const SemanticNode* sort = bed.find(Role::Button, "Sort by Purchased");
  ASSERT_NE(sort, nullptr);
  const SemanticNode* header = byId(bed.tree(), sort->parent);
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->role, Role::ColumnHeader);
  EXPECT_EQ(header->name, "Purchased");
  EXPECT_TRUE(header->state & (kSortAscending | kSortDescending));
  EXPECT_EQ(bed.find(Role::Main, "Purchased Apps") != nullptr, true);
  EXPECT_TRUE(bed.find(Role::Combobox, "Status")->state & kHasPopup);
}

TEST_F(AccessibleSemantics, EveryViewHasLandmarksOneH1AndTablesOfCells) {
  for (const Locale locale : {Locale::En, Locale::ZhCN}) {
    for (const char* hash : {"#/purchased-apps", "#/purchased-apps?q=no-such-app", "#/purchased-apps/ins-5a53e90001",
                             "#/purchased-apps/ins-no-such-app", "#/supervision", "#/supervision?q=nothing",
                             "#/supervision/CS240078642975", "#/supervision/CS240080740121", "#/supervision/CS240082837267",
                             "#/supervision/CS240083885840", "#/supervision/CS240085982986", "#/supervision/CS240087031559",
                             "#/supervision/CS240088080132", "#/orders", "#/orders?q=nothing",
                             "#/payment-result?order=CS240001048573", "#/payment-result"}) {
      ConsoleTestbed bed(hash, "buyer-001", locale);
      expectAccessibleStructure(bed, std::string(hash) + (locale == Locale::ZhCN ? " (zh-CN)" : " (en)"));
    }
  }
}

// (One testbed at a time: each has its own Dear ImGui context.)
TEST_F(AccessibleSemantics, AnOpenChoiceHoldsItsOptions) {
  ConsoleTestbed bed("#/purchased-apps");
  const std::uint32_t closedId = bed.find(Role::Combobox, "Status")->id;
  bed.click(Role::Combobox, "Status");
  const SemanticNode* status = bed.find(Role::Combobox, "Status");
  ASSERT_TRUE(status->state & kExpanded);
  EXPECT_EQ(status->id, closedId);  // the same mirror element: the buyer's focus stays on it
  const SemanticNode* list = byId(bed.tree(), status->controls);
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->role, Role::Listbox);
  EXPECT_EQ(parentRole(bed.tree(), *bed.find(Role::Option, "All statuses")), Role::Listbox);
  expectAccessibleStructure(bed, "status filter open");
}

TEST_F(AccessibleSemantics, TheOpenUserMenuHoldsItsItems) {
  ConsoleTestbed bed("#/orders");
  bed.click(Role::Button, "Alice Zhang");
  const SemanticNode* menuButton = bed.find(Role::Button, "Alice Zhang");
  ASSERT_TRUE(menuButton->state & kExpanded);
  EXPECT_EQ(byId(bed.tree(), menuButton->controls)->role, Role::Menu);
  EXPECT_NE(bed.find(Role::MenuItemRadio, "English")->state & kChecked, 0u);
  EXPECT_EQ(bed.find(Role::MenuItemRadio, "简体中文")->state & kChecked, 0u);
  expectAccessibleStructure(bed, "user menu open");
}

TEST_F(AccessibleSemantics, AnOpenDialogHoldsItsControlsInTabOrder) {
  ConsoleTestbed details("#/supervision/CS240083885840");
  details.click(Role::Button, "Reject");
  const SemanticNode* dialog = details.find(Role::Dialog, "Reject the delivery");
  ASSERT_NE(dialog, nullptr);
  // The dialog's controls are its children, in the order Tab goes through them.
  std::vector<std::string> inDialog;
  for (const auto& node : details.tree().nodes())
    if (node.parent == dialog->id && inTabOrder(node)) inDialog.push_back(std::string(roleName(node.role)) + ":" + node.name);
  EXPECT_EQ(inDialog, (std::vector<std::string>{"textbox:Reason for rejecting", "button:Send rejection", "button:Cancel"}));
  expectAccessibleStructure(details, "reject dialog open");
}

TEST_F(AccessibleSemantics, SignInHasAMainLandmarkAndOneH1) {
  ConsoleTestbed signIn("#/purchased-apps", "");
  ASSERT_NE(signIn.find(Role::Main, "Sign in to KooGallery Console"), nullptr);
  expectAccessibleStructure(signIn, "sign-in", false);
  EXPECT_EQ(tabOrder(signIn.tree()).front(), "button:Use Alice Zhang");
}

TEST_F(AccessibleSemantics, AnErrorStateKeepsTheStructure) {
  ConsoleTestbed failing("#/orders");
  failing.setFaults("GET /api/v1/purchased-apps:status=500");
  failing.open("#/purchased-apps");
  failing.settle();
  ASSERT_GT(failing.tree().count(Role::Alert), 0u);
  expectAccessibleStructure(failing, "Purchased Apps failed");
}

TEST_F(AccessibleSemantics, TheLiveRegionSaysWhatHappened) {
  ConsoleTestbed bed("#/purchased-apps/ins-5a53e90001");
  // The view's sentence first; alice's expiry reminders may follow it (pages/expiry_reminders.h).
  EXPECT_EQ(bed.app().announcement().rfind("Resource Details loaded", 0), 0u) << bed.app().announcement();
  bed.click(Role::Button, "Show password");
  bed.settle();
  EXPECT_EQ(bed.app().announcement(), "Password shown. Hidden again after 30 seconds.");
  bed.click(Role::Button, "Copy password");
  EXPECT_EQ(bed.app().announcement(), "Password copied");
  bed.click(Role::Button, "Hide password");
  EXPECT_EQ(bed.app().announcement(), "Password hidden");
  // The live region is the tree's last node, a polite status.
  const SemanticNode& live = bed.tree().nodes().back();
  EXPECT_EQ(live.role, Role::Status);
  EXPECT_TRUE(live.state & kLive);

  bed.setFaults("GET /api/v1/supervised-orders:status=500");
  bed.open("#/supervision");
  bed.settle();
  EXPECT_NE(bed.app().announcement().find("Could not load"), std::string::npos) << bed.app().announcement();
}

TEST_F(AccessibleSemantics, TheLiveRegionSpeaksTheBuyersLanguage) {
  ConsoleTestbed chinese("#/orders", "buyer-001", Locale::ZhCN);
  EXPECT_EQ(chinese.app().announcement().rfind("我的订单已加载", 0), 0u) << chinese.app().announcement();
}

TEST_F(AccessibleSemantics, AnActionsOutcomeIsNotDrownedByTheReloadThatShowsIt) {
  ConsoleTestbed bed("#/supervision/CS240083885840");  // waiting for the buyer's confirmation
  bed.click(Role::Button, "Confirm Acceptance");
  bed.click(Role::Button, "Yes, confirm acceptance");
  bed.settle();
  EXPECT_EQ(bed.app().announcement(), "Acceptance confirmed: the service flow is completed");
}
