// Dear ImGui without a renderer, for native tests of the ui layer.
#include "imgui_harness.h"

#include <gtest/gtest.h>

#include <map>

#include "imgui.h"

namespace koo::ui::testing {

ImGuiHarness::ImGuiHarness(float width, float height) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no texture is uploaded
}

ImGuiHarness::~ImGuiHarness() { ImGui::DestroyContext(); }

void ImGuiHarness::resize(float width, float height) { ImGui::GetIO().DisplaySize = ImVec2(width, height); }

void ImGuiHarness::frame(const DrawFn& draw) {
  ImGui::NewFrame();
  semantics_.beginFrame();
  Ui ui{semantics_, {}};
  draw(ui);
  ImGui::Render();
}

void ImGuiHarness::click(const SemanticNode& node, const DrawFn& draw) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 center(node.rect.x + node.rect.width / 2, node.rect.y + node.rect.height / 2);
  // A buyer cannot click what is off screen; neither may a test.
  EXPECT_TRUE(center.x >= 0 && center.y >= 0 && center.x < io.DisplaySize.x && center.y < io.DisplaySize.y)
      << "'" << node.name << "' is off screen at " << center.x << "," << center.y;
  io.AddMousePosEvent(center.x, center.y);
  frame(draw);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  frame(draw);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  frame(draw);
  frame(draw);  // the frame after the click shows its effect
}

void expectNodes(const SemanticsTree& tree, const std::vector<std::pair<Role, std::string>>& expected) {
  for (const auto& [role, name] : expected)
    EXPECT_NE(tree.find(role, name), nullptr) << roleName(role) << " '" << name << "'";
}

std::vector<std::string> duplicateIds(const SemanticsTree& tree) {
  std::vector<std::string> duplicates;
  std::map<std::uint32_t, const SemanticNode*> byId;
  for (const auto& node : tree.nodes()) {
    const auto [it, fresh] = byId.emplace(node.id, &node);
    if (!fresh)
      duplicates.push_back(std::string(roleName(node.role)) + " '" + node.name + "' shares id " +
                           std::to_string(node.id) + " with " + std::string(roleName(it->second->role)) + " '" +
                           it->second->name + "'");
  }
  return duplicates;
}

}  // namespace koo::ui::testing
