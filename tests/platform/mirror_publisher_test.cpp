// The mirror is sent the tree's JSON on the first frame and then only when a node changed.
#include "mirror_publisher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using koo::platform::MirrorPublisher;
using koo::ui::Role;
using koo::ui::SemanticNode;
using koo::ui::SemanticsTree;

namespace {
SemanticsTree treeWith(const std::vector<SemanticNode>& nodes) {
  SemanticsTree tree;
  tree.beginFrame();
  for (const auto& node : nodes) tree.add(node);
  return tree;
}
SemanticNode button(std::uint32_t id, std::string name) {
  SemanticNode node;
  node.id = id;
  node.role = Role::Button;
  node.name = std::move(name);
  node.rect = {10, 20, 80, 24};
  return node;
}
}  // namespace

TEST(MirrorPublisher, SendsTheFirstFrameEvenWhenEmpty) {
  std::vector<std::string> sent;
  MirrorPublisher publisher([&](const std::string& json) { sent.push_back(json); });
  EXPECT_TRUE(publisher.publish(treeWith({})));
  EXPECT_EQ(sent, std::vector<std::string>{"[]"});
  EXPECT_FALSE(publisher.publish(treeWith({})));
  EXPECT_EQ(sent.size(), 1u);
}

TEST(MirrorPublisher, SendsOnlyWhenANodeChanged) {
  std::vector<std::string> sent;
  MirrorPublisher publisher([&](const std::string& json) { sent.push_back(json); });
  const auto first = treeWith({button(1, "Search"), button(2, "Reset")});
  EXPECT_TRUE(publisher.publish(first));
  EXPECT_EQ(sent.back(), first.toJson());
  EXPECT_FALSE(publisher.publish(treeWith({button(1, "Search"), button(2, "Reset")})));

  auto moved = button(2, "Reset");
  moved.rect.y += 1;  // scrolled by a pixel: the mirror must follow
  EXPECT_TRUE(publisher.publish(treeWith({button(1, "Search"), moved})));
  auto disabled = moved;
  disabled.state = koo::ui::kDisabled;
  EXPECT_TRUE(publisher.publish(treeWith({button(1, "Search"), disabled})));
  EXPECT_TRUE(publisher.publish(treeWith({button(1, "Search")})));
  EXPECT_EQ(sent.size(), 4u);
  EXPECT_EQ(sent.back(), treeWith({button(1, "Search")}).toJson());
}
