// Runs the console's drawing code natively: a Dear ImGui context with no renderer, a fixed
// display size, and clicks given by semantics nodes, so tests act like a user would.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "semantics.h"
#include "widgets.h"

namespace koo::ui::testing {

class ImGuiHarness {
 public:
  using DrawFn = std::function<void(Ui&)>;
  explicit ImGuiHarness(float width = 1440, float height = 900);
  ~ImGuiHarness();
  ImGuiHarness(const ImGuiHarness&) = delete;
  ImGuiHarness& operator=(const ImGuiHarness&) = delete;

  // One frame: input already queued is processed, `draw` reports into the semantics tree.
  void frame(const DrawFn& draw);
  // Moves the mouse to the node's center and clicks it over the frames ImGui needs.
  void click(const SemanticNode& node, const DrawFn& draw);
  const SemanticsTree& semantics() const { return semantics_; }
  // The console's box changes size (a narrower widget, a rotated phone).
  void resize(float width, float height);

 private:
  SemanticsTree semantics_;
};

// Fails the test for each (role, name) the tree does not hold.
void expectNodes(const SemanticsTree& tree, const std::vector<std::pair<Role, std::string>>& expected);

// "role 'name' shares id N with role 'name'" for each node whose id an earlier node of the
// frame has: empty when the mirror can tell every node apart.
std::vector<std::string> duplicateIds(const SemanticsTree& tree);

}  // namespace koo::ui::testing
