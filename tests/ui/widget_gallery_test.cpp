// The widget gallery drawn natively: each section's heading, and each widget's role, name and
// state as the semantics tree reports them (what the DOM mirror and screen readers get), with
// no two nodes sharing an id.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "imgui.h"
#include "widget_gallery.h"

using namespace koo::ui;
using namespace koo::ui::testing;

namespace {

class Gallery {
 public:
  // A few frames, as a browser draws them: the error panels take their height a frame late.
  Gallery() {
    for (int i = 0; i < 3; ++i) frame();
  }
  void frame() {
    harness.frame(draw);
    EXPECT_TRUE(duplicateIds(tree()).empty()) << duplicateIds(tree()).front();
  }
  void click(Role role, const std::string& name) {
    const SemanticNode* node = find(role, name);
    ASSERT_NE(node, nullptr) << name;
    harness.click(*node, draw);
  }
  const SemanticsTree& tree() const { return harness.semantics(); }
  const SemanticNode* find(Role role, const std::string& name) const { return tree().find(role, name); }
  // Every node with this role and name, in drawing order.
  std::vector<const SemanticNode*> all(Role role, const std::string& name) const {
    std::vector<const SemanticNode*> found;
    for (const auto& node : tree().nodes())
      if (node.role == role && node.name == name) found.push_back(&node);
    return found;
  }
  std::uint32_t stateOf(Role role, const std::string& name) const {
    const SemanticNode* node = find(role, name);
    EXPECT_NE(node, nullptr) << name;
    return node ? node->state : 0;
  }
  std::vector<std::string> rowNames() const {
    std::vector<std::string> names;
    const SemanticNode* table = find(Role::Table, "Sample products");
    for (const auto& node : tree().nodes())
      if (table && node.parent == table->id && node.role == Role::Row && node.name != "Columns")
        names.push_back(node.name);
    return names;
  }

  ImGuiHarness harness{1280, 4000};  // tall enough that every section is on screen
  FakeHost host;
  WidgetGalleryState state;
  ImGuiHarness::DrawFn draw = [this](Ui& ui) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("gallery", nullptr, ImGuiWindowFlags_NoDecoration);
    drawWidgetGallery(ui, host, state);
    ImGui::End();
  };
};

}  // namespace

TEST(WidgetGallery, HeadsEachSection) {
  Gallery gallery;
  for (const char* title : {"Buttons", "Links", "Text", "Fields", "Status badges", "Table", "Pagination", "Field grid",
                            "Cards and panels", "Loading, error and empty states", "Toasts", "Dialogs"}) {
    const SemanticNode* heading = gallery.find(Role::Heading, title);
    ASSERT_NE(heading, nullptr) << title;
    EXPECT_EQ(heading->level, 2) << title;
  }
}

TEST(WidgetGallery, ButtonsLinksAndTexts) {
  Gallery gallery;
  EXPECT_EQ(gallery.stateOf(Role::Button, "Enabled button") & kDisabled, 0u);
  EXPECT_NE(gallery.stateOf(Role::Button, "Disabled button") & kDisabled, 0u);
  gallery.click(Role::Button, "Copy sample text");  // visible label "Copy", its own accessible name
  ASSERT_FALSE(gallery.host.copied.empty());
  EXPECT_EQ(gallery.host.copied.back(), "KooGallery");
  EXPECT_NE(gallery.find(Role::Link, "A text link"), nullptr);
  EXPECT_NE(gallery.stateOf(Role::Link, "Current navigation entry") & kCurrent, 0u);
  EXPECT_EQ(gallery.stateOf(Role::Link, "Another navigation entry") & kCurrent, 0u);
  ASSERT_NE(gallery.find(Role::Heading, "Heading level 3"), nullptr);
  EXPECT_EQ(gallery.find(Role::Heading, "Heading level 3")->level, 3);
  for (const char* text : {"Body text", "Muted text", "Success text", "Warning text", "Neutral text", "Danger text",
                           "Info text"})
    EXPECT_NE(gallery.find(Role::Text, text), nullptr) << text;
}

TEST(WidgetGallery, FieldsInEachState) {
  Gallery gallery;
  ASSERT_NE(gallery.find(Role::Textbox, "Empty field"), nullptr);
  EXPECT_EQ(gallery.find(Role::Textbox, "Empty field")->value, "");
  // The hint is drawn text: it is in the tree (the mirror's placeholder, the font atlas's scan).
  EXPECT_EQ(gallery.find(Role::Textbox, "Empty field")->hint, "A hint shows while it is empty");
  EXPECT_EQ(gallery.find(Role::Textbox, "Filled field")->value, "KooGallery");
  EXPECT_NE(gallery.stateOf(Role::Textbox, "Invalid field") & kInvalid, 0u);
  EXPECT_NE(gallery.find(Role::Alert, "Enter a number"), nullptr);
  EXPECT_EQ(gallery.stateOf(Role::Textbox, "Filled field") & kInvalid, 0u);
  // The mirror makes these a password <input> and a <textarea>.
  EXPECT_NE(gallery.stateOf(Role::Textbox, "Password field") & kProtected, 0u);
  EXPECT_NE(gallery.stateOf(Role::Textbox, "Text area") & kMultiline, 0u);
  EXPECT_EQ(gallery.stateOf(Role::Textbox, "Filled field") & (kProtected | kMultiline), 0u);
  ASSERT_NE(gallery.find(Role::Textbox, "Password field"), nullptr);
  for (const auto& node : gallery.tree().nodes()) {  // a masked secret never enters the tree
    EXPECT_EQ(node.name.find("gallery-secret"), std::string::npos);
    EXPECT_EQ(node.value.find("gallery-secret"), std::string::npos);
  }
  EXPECT_EQ(gallery.find(Role::Textbox, "Text area")->value, "Two lines\nof notes");
  ASSERT_NE(gallery.find(Role::Combobox, "Enum choice"), nullptr);
  EXPECT_EQ(gallery.find(Role::Combobox, "Enum choice")->value, "All statuses");
  gallery.click(Role::Combobox, "Enum choice");
  EXPECT_NE(gallery.stateOf(Role::Combobox, "Enum choice") & kExpanded, 0u);
  EXPECT_NE(gallery.stateOf(Role::Option, "All statuses") & kSelected, 0u);
  gallery.click(Role::Option, "Frozen");
  EXPECT_EQ(gallery.find(Role::Combobox, "Enum choice")->value, "Frozen");
}

TEST(WidgetGallery, BadgesInEveryTone) {
  Gallery gallery;
  for (const char* tone : {"Success", "Warning", "Neutral", "Danger", "Info"})
    EXPECT_NE(gallery.find(Role::Status, tone), nullptr) << tone;
}

TEST(WidgetGallery, TableSortsBothWaysWithEqualCellsApart) {
  Gallery gallery;
  const SemanticNode* sort = gallery.find(Role::Button, "Sort by Product");
  ASSERT_NE(sort, nullptr);
  EXPECT_EQ(sort->value, "ascending");
  const SemanticNode* header = gallery.find(Role::ColumnHeader, "Product");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(sort->parent, header->id);  // the button is inside its column header
  EXPECT_NE(header->state & kSortAscending, 0u);
  EXPECT_NE(gallery.find(Role::ColumnHeader, "Seats"), nullptr);
  EXPECT_EQ(gallery.rowNames(), (std::vector<std::string>{"Alpha CRM", "Beta Desk", "Gamma Mail"}));
  EXPECT_EQ(gallery.all(Role::Cell, "-").size(), 4u);
  gallery.click(Role::Button, "Sort by Product");
  EXPECT_EQ(gallery.find(Role::Button, "Sort by Product")->value, "descending");
  EXPECT_EQ(gallery.rowNames(), (std::vector<std::string>{"Gamma Mail", "Beta Desk", "Alpha CRM"}));
}

TEST(WidgetGallery, PaginationOnTheFirstMiddleAndLastPage) {
  Gallery gallery;
  const auto previous = gallery.all(Role::Button, "Previous page");
  const auto next = gallery.all(Role::Button, "Next page");
  ASSERT_EQ(previous.size(), 3u);
  ASSERT_EQ(next.size(), 3u);
  EXPECT_NE(previous[0]->state & kDisabled, 0u);  // first page
  EXPECT_EQ(next[0]->state & kDisabled, 0u);
  EXPECT_EQ(previous[1]->state & kDisabled, 0u);  // middle page
  EXPECT_EQ(next[1]->state & kDisabled, 0u);
  EXPECT_NE(next[2]->state & kDisabled, 0u);      // last page
  EXPECT_NE(gallery.find(Role::Text, "Showing 21-30 of 50"), nullptr);
  EXPECT_NE(gallery.all(Role::Button, "Page 3")[1]->state & kCurrent, 0u);
  gallery.click(Role::Button, "Page 4");  // the middle one's: the first shows pages 1-3
  EXPECT_EQ(gallery.state.page, 4);
  EXPECT_NE(gallery.find(Role::Text, "Showing 31-40 of 50"), nullptr);
}

TEST(WidgetGallery, FieldGridCardsAndPanels) {
  Gallery gallery;
  EXPECT_NE(gallery.find(Role::Text, "Label: Value"), nullptr);
  EXPECT_NE(gallery.find(Role::Text, "Empty value: -"), nullptr);
  EXPECT_NE(gallery.find(Role::Text, "Instance ID: ins-gallery-0001"), nullptr);
  EXPECT_NE(gallery.find(Role::Button, "Copy instance ID"), nullptr);
  for (const char* title : {"A card", "Left panel", "Right panel"}) {
    ASSERT_NE(gallery.find(Role::Heading, title), nullptr) << title;
    EXPECT_EQ(gallery.find(Role::Heading, title)->level, 2);
  }
}

TEST(WidgetGallery, LoadingErrorAndEmptyStates) {
  Gallery gallery;
  EXPECT_NE(gallery.stateOf(Role::Status, "Loading the sample...") & kBusy, 0u);
  const auto retry = gallery.all(Role::Button, "Retry");
  ASSERT_EQ(retry.size(), 2u);
  EXPECT_EQ(retry[0]->state & kDisabled, 0u);
  EXPECT_NE(retry[1]->state & kDisabled, 0u);  // the backend asked to wait (Retry-After)
  bool requestIdShown = false;
  for (const auto& node : gallery.tree().nodes())
    requestIdShown |= node.role == Role::Alert && node.name.find("Request ID: req-gallery-1") != std::string::npos;
  EXPECT_TRUE(requestIdShown);
  gallery.click(Role::Button, "Retry");
  EXPECT_NE(gallery.find(Role::Text, "Retried 1 times"), nullptr);
  ASSERT_NE(gallery.find(Role::Heading, "Nothing here yet"), nullptr);
  EXPECT_EQ(gallery.find(Role::Heading, "Nothing here yet")->level, 2);
  gallery.click(Role::Link, "Add an item");
  EXPECT_EQ(gallery.state.emptyLinkClicks, 1);
}

TEST(WidgetGallery, ToastsInEveryTone) {
  Gallery gallery;
  EXPECT_EQ(gallery.find(Role::Status, "Success toast"), nullptr);
  gallery.click(Role::Button, "Show a toast of each tone");
  for (const char* toast : {"Success toast", "Warning toast", "Neutral toast", "Danger toast", "Info toast"})
    EXPECT_NE(gallery.find(Role::Status, toast), nullptr) << toast;
}

TEST(WidgetGallery, ConfirmAndReasonDialogs) {
  Gallery gallery;
  EXPECT_EQ(gallery.find(Role::Dialog, "Delete the sample"), nullptr);
  gallery.click(Role::Button, "Open the confirm dialog");
  const SemanticNode* dialog = gallery.find(Role::Dialog, "Delete the sample");
  ASSERT_NE(dialog, nullptr);
  const SemanticNode* confirm = gallery.find(Role::Button, "Delete");
  ASSERT_NE(confirm, nullptr);
  EXPECT_EQ(confirm->parent, dialog->id);
  gallery.click(Role::Button, "Cancel");
  EXPECT_EQ(gallery.find(Role::Dialog, "Delete the sample"), nullptr);
  EXPECT_NE(gallery.find(Role::Text, "Cancelled"), nullptr);

  gallery.click(Role::Button, "Open the reason dialog");
  ASSERT_NE(gallery.find(Role::Dialog, "Give a reason"), nullptr);
  EXPECT_NE(gallery.find(Role::Text, "0 / 100 characters"), nullptr);
  gallery.click(Role::Button, "Send");  // blank: the dialog stays and says why
  ASSERT_NE(gallery.find(Role::Dialog, "Give a reason"), nullptr);
  EXPECT_NE(gallery.find(Role::Alert, "A reason is required"), nullptr);
  EXPECT_NE(gallery.stateOf(Role::Textbox, "Reason") & kInvalid, 0u);
  gallery.state.reason = "Missing the report";
  gallery.frame();
  EXPECT_EQ(gallery.find(Role::Alert, "A reason is required"), nullptr);  // cleared as it is fixed
  gallery.click(Role::Button, "Send");
  EXPECT_EQ(gallery.find(Role::Dialog, "Give a reason"), nullptr);
  EXPECT_NE(gallery.find(Role::Text, "Confirmed"), nullptr);
}
