// The console in Simplified Chinese: the host's locale shows Chinese headings, columns and
// statuses in the semantics tree, and switching language from the user menu keeps the view and
// whatever the buyer was typing.
#include <gtest/gtest.h>

#include "console_testbed.h"
#include "core/i18n.h"

using namespace koo;
using namespace koo::ui;
using koo::ui::testing::anyNodeContains;
using koo::ui::testing::ConsoleTestbed;

namespace {
constexpr const char* kUserMenu = "Alice Zhang";  // the demo's first buyer

// Picks a language from the user menu, as the buyer does.
void chooseLanguage(ConsoleTestbed& bed, const std::string& name) {
  bed.click(Role::Button, kUserMenu);
  bed.click(Role::MenuItemRadio, name);
  bed.settle();
}
}  // namespace

TEST(Locale, PurchasedAppsInChineseFromTheHostsLocale) {
  ConsoleTestbed bed("#/purchased-apps", "buyer-001", Locale::ZhCN);
  EXPECT_NE(bed.find(Role::Heading, "已购应用"), nullptr);
  EXPECT_NE(bed.find(Role::Link, "服务监管"), nullptr);
  EXPECT_NE(bed.find(Role::Link, "我的订单"), nullptr);
  EXPECT_NE(bed.find(Role::Text, "我的云市场"), nullptr);  // the breadcrumb
  ASSERT_NE(bed.find(Role::Table, "已购应用"), nullptr);
  for (const char* column : {"实例ID", "订单ID", "规格", "计费模式", "周期", "操作"})
    EXPECT_NE(bed.find(Role::ColumnHeader, column), nullptr) << column;
  EXPECT_NE(bed.find(Role::Button, "按产品排序"), nullptr);
  EXPECT_NE(bed.find(Role::Status, "使用中"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "资源详情"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "下一页"), nullptr);
  EXPECT_TRUE(anyNodeContains(bed.tree(), Role::Text, "显示第 1-10 条"));
  EXPECT_EQ(bed.find(Role::Heading, "Purchased Apps"), nullptr);
  EXPECT_EQ(bed.find(Role::ColumnHeader, "Instance ID"), nullptr);
}

TEST(Locale, TheUserMenuSwitchesLanguageAndKeepsTheRoute) {
  ConsoleTestbed bed("#/purchased-apps?status=IN_USE");
  bed.click(Role::Button, kUserMenu);
  ASSERT_NE(bed.find(Role::MenuItemRadio, "English"), nullptr);
  EXPECT_TRUE(bed.find(Role::MenuItemRadio, "English")->state & kChecked);
  EXPECT_FALSE(bed.find(Role::MenuItemRadio, "简体中文")->state & kChecked);
  bed.click(Role::MenuItemRadio, "简体中文");
  bed.settle();
  EXPECT_EQ(currentLocale(), Locale::ZhCN);
  EXPECT_EQ(bed.app().route(), (Route{View::PurchasedApps, {}, {{"status", "IN_USE"}}}));
  EXPECT_NE(bed.find(Role::Heading, "已购应用"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "清除筛选"), nullptr);
  EXPECT_TRUE(bed.requests().size() > 0);

  chooseLanguage(bed, "English");
  EXPECT_EQ(currentLocale(), Locale::En);
  EXPECT_NE(bed.find(Role::Heading, "Purchased Apps"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "Clear filters"), nullptr);
}

TEST(Locale, SwitchingKeepsAHalfFilledRequestForm) {
  ConsoleTestbed bed("#/supervision/CS240078642975");  // waiting for the buyer's request
  bed.typeInto("Company name (required)", "Acme Ltd", false);
  bed.typeInto("Attachment file name", "notes.txt", false);
  const std::size_t requestsBefore = bed.requests().size();

  chooseLanguage(bed, "简体中文");
  EXPECT_EQ(bed.app().route(), (Route{View::SupervisionDetails, "CS240078642975", {}}));
  EXPECT_EQ(bed.requests().size(), requestsBefore);  // no reload: the page kept its state
  EXPECT_NE(bed.find(Role::Heading, "订单详情"), nullptr);
  EXPECT_NE(bed.find(Role::Button, "提交需求"), nullptr);
  ASSERT_NE(bed.find(Role::Textbox, "Company name（必填）"), nullptr);  // the seller's label, our suffix
  EXPECT_EQ(bed.find(Role::Textbox, "Company name（必填）")->value, "Acme Ltd");
  EXPECT_EQ(bed.find(Role::Textbox, "附件文件名")->value, "notes.txt");

  chooseLanguage(bed, "English");
  EXPECT_EQ(bed.find(Role::Textbox, "Company name (required)")->value, "Acme Ltd");
  EXPECT_EQ(bed.find(Role::Textbox, "Attachment file name")->value, "notes.txt");
}

TEST(Locale, SwitchingKeepsAHalfTypedRejectReason) {
  ConsoleTestbed bed("#/supervision/CS240083885840");  // waiting for the buyer to confirm
  bed.click(Role::Button, "Reject");
  bed.typeInto("Reason for rejecting", "Half done", false);
  // A modal dialog keeps the user menu out of reach, so the language changes between frames here:
  // what must survive is the dialog and the text in it.
  setCurrentLocale(Locale::ZhCN);
  bed.settle();
  ASSERT_NE(bed.find(Role::Dialog, "驳回交付"), nullptr);
  EXPECT_EQ(bed.find(Role::Textbox, "驳回原因")->value, "Half done");
  bed.click(Role::Button, "取消");
  chooseLanguage(bed, "English");
  bed.click(Role::Button, "Reject");
  EXPECT_EQ(bed.find(Role::Textbox, "Reason for rejecting")->value, "Half done");
}

// The appeal's explanation comes from the flow's state in the buyer's language; in English it
// reads as the reference backend words it (an order waiting for the buyer's request).
TEST(Locale, TheAppealExplanationFollowsTheLanguage) {
  const char* waitingForRequest = "#/supervision/CS240078642975";
  const std::string english =
      "Appeal is available after 5 days without seller progress or after 3 rejections; the flow is now "
      "waiting for you";
  {
    ConsoleTestbed bed(waitingForRequest);
    EXPECT_NE(bed.find(Role::Text, english), nullptr);
  }
  ConsoleTestbed bed(waitingForRequest, "buyer-001", Locale::ZhCN);
  EXPECT_NE(bed.find(Role::Text, "商家 5 天未推进流程或驳回达 3 次后可发起申诉；当前流程在等待您操作"), nullptr);
  EXPECT_FALSE(anyNodeContains(bed.tree(), Role::Text, "Appeal is available"));
}
