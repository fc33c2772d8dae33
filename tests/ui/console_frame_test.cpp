// The console frame drawn by Dear ImGui with no renderer: which page is active after which
// click, what the breadcrumbs and the user menu say, asserted on the semantics tree.
#include "console_frame.h"

#include <gtest/gtest.h>

#include "imgui_harness.h"

using namespace koo::ui;
using koo::ui::testing::ImGuiHarness;

namespace {
struct FrameFixture : ::testing::Test {
  ImGuiHarness harness;
  ConsoleFrame frame{Navigator{}, "alice"};
  ImGuiHarness::DrawFn draw = [this](Ui& ui) { drawConsoleFrame(ui, frame, nullptr); };

  const SemanticNode& node(Role role, const char* name) {
    const SemanticNode* found = harness.semantics().find(role, name);
    EXPECT_NE(found, nullptr) << name;
    static const SemanticNode missing{};
    return found ? *found : missing;
  }
};
}  // namespace

TEST_F(FrameFixture, DrawsTopBarNavigationAndBreadcrumbs) {
  harness.frame(draw);
  EXPECT_NE(harness.semantics().find(Role::Button, "alice"), nullptr);
  EXPECT_NE(harness.semantics().find(Role::Text, "My KooGallery"), nullptr);  // section labels
  EXPECT_NE(harness.semantics().find(Role::Text, "Billing Center"), nullptr);
  EXPECT_EQ(harness.semantics().count(Role::Heading), 1u);  // the view's title: the one h1
  EXPECT_EQ(harness.semantics().count(Role::Link), 6u);  // the three views, My Unsubscriptions, Renewals and Invoices
  EXPECT_TRUE(node(Role::Link, "Purchased Apps").state & kCurrent);
  EXPECT_FALSE(node(Role::Link, "My Orders").state & kCurrent);
  EXPECT_NE(harness.semantics().find(Role::Heading, "Purchased Apps"), nullptr);
  EXPECT_GT(node(Role::Link, "My Orders").rect.width, 0.0f);
}

TEST_F(FrameFixture, ClickingNavigationSwitchesPage) {
  harness.frame(draw);
  harness.click(node(Role::Link, "Service Supervision"), draw);
  EXPECT_EQ(frame.navigator.navEntry(), View::Supervision);
  EXPECT_EQ(frame.navigator.takePendingRoute(), std::optional<std::string>("#/supervision"));
  EXPECT_EQ(frame.navigator.route().view, View::Supervision);
  EXPECT_NE(harness.semantics().find(Role::Heading, "Service Supervision"), nullptr);
  EXPECT_TRUE(node(Role::Link, "Service Supervision").state & kCurrent);
  EXPECT_FALSE(node(Role::Link, "Purchased Apps").state & kCurrent);

  harness.click(node(Role::Link, "My Orders"), draw);
  EXPECT_EQ(frame.navigator.navEntry(), View::Orders);
  EXPECT_NE(harness.semantics().find(Role::Text, "Billing Center"), nullptr);
  EXPECT_NE(harness.semantics().find(Role::Text, "Orders"), nullptr);
  EXPECT_TRUE(node(Role::Text, "My Orders").state & kCurrent);  // last breadcrumb
}

TEST_F(FrameFixture, UserMenuLeadsToPurchasedApps) {
  frame.navigator.go(View::Orders);
  harness.frame(draw);
  harness.click(node(Role::Button, "alice"), draw);
  EXPECT_TRUE(node(Role::Button, "alice").state & kExpanded);
  harness.click(node(Role::MenuItem, "My KooGallery Apps"), draw);
  EXPECT_EQ(frame.navigator.navEntry(), View::PurchasedApps);
  EXPECT_EQ(harness.semantics().find(Role::MenuItem, "My KooGallery Apps"), nullptr);  // menu closed
}

TEST_F(FrameFixture, DetailsBreadcrumbLinksBackToTheList) {
  frame.navigator.go(Route{View::ResourceDetails, "INS-1", {}});
  harness.frame(draw);
  EXPECT_NE(harness.semantics().find(Role::Heading, "Resource Details"), nullptr);
  EXPECT_TRUE(node(Role::Link, "Purchased Apps").state & kCurrent);  // the navigation entry
  const SemanticNode* crumb = nullptr;
  for (const auto& n : harness.semantics().nodes())
    if (n.role == Role::Link && n.name == "Purchased Apps" && !(n.state & kCurrent)) crumb = &n;
  ASSERT_NE(crumb, nullptr);
  harness.click(*crumb, draw);
  EXPECT_EQ(frame.navigator.route(), (Route{View::PurchasedApps, "", {}}));
}

TEST_F(FrameFixture, PageContentIsDrawnInsideTheContentArea) {
  View drawnFor = View::Orders;
  auto drawWithContent = [&](Ui& ui) {
    drawConsoleFrame(ui, frame, [&](Ui& inner, const Route& route) {
      drawnFor = route.view;
      text(inner, "page body");
    });
  };
  harness.frame(drawWithContent);
  EXPECT_EQ(drawnFor, View::PurchasedApps);
  const auto& body = node(Role::Text, "page body");
  EXPECT_GE(body.rect.x, 220.0f);  // right of the navigation
  EXPECT_GE(body.rect.y, 48.0f);   // below the top bar
}
