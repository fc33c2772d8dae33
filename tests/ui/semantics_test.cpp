// The semantics tree's queries and the JSON the DOM mirror reads.
#include "semantics.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
