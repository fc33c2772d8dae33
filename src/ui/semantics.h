// The semantics tree: every widget the console draws reports what it is (role, accessible name,
// state, rectangle) so the DOM mirror, screen readers and tests all read one description.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace koo::ui {

enum class Role { Button, Link, Heading, Text, Textbox, Checkbox, Combobox, Option, Tab, Row, Cell,
                  ColumnHeader, Table, Dialog, Status, Alert, Navigation, Menu, MenuItem, Region };

std::string_view roleName(Role role);

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;
  bool operator==(const Rect&) const = default;
};

// State bits mirror the ARIA states the DOM mirror sets.
enum StateFlag : std::uint32_t {
  kNone = 0,
  kDisabled = 1u << 0,
  kChecked = 1u << 1,
  kExpanded = 1u << 2,
  kSelected = 1u << 3,
  kBusy = 1u << 4,
  kCurrent = 1u << 5,   // aria-current="page": the active navigation entry or breadcrumb
  kFocused = 1u << 6,
  kInvalid = 1u << 7,
};

struct SemanticNode {
  std::uint32_t id = 0;       // stable across frames (Dear ImGui's item ID or a hash of the name)
  Role role = Role::Text;
  std::string name;           // accessible name
  std::string value;          // e.g. a text box's content; never a masked secret
  std::uint32_t state = kNone;
  int level = 0;              // heading level
  Rect rect;
  std::uint32_t parent = 0;   // the group (table, row, dialog) this node is inside; 0: top level
  bool operator==(const SemanticNode&) const = default;
};

// Collects the nodes of one frame. The platform compares consecutive frames and updates the DOM
// mirror only when something changed.
class SemanticsTree {
 public:
  void beginFrame() {
    nodes_.clear();
    parents_.clear();
  }
  // Adds a node inside the innermost open group.
  void add(SemanticNode node) {
    node.parent = parents_.empty() ? 0 : nodes_[parents_.back()].id;
    nodes_.push_back(std::move(node));
  }
  // The node just added becomes a group: nodes added until closeGroup() are its children, and
  // closeGroup() grows its rectangle to cover them (a table row covers its cells).
  void openGroup() { parents_.push_back(nodes_.size() - 1); }
  void closeGroup();
  const std::vector<SemanticNode>& nodes() const { return nodes_; }
  // The node just added, to refine it (call only after add).
  SemanticNode& last() { return nodes_.back(); }

  // First node with this role and name, or nullptr: what tests use instead of pixel positions.
  const SemanticNode* find(Role role, std::string_view name) const;
  std::size_t count(Role role) const;

  // JSON array consumed by the DOM mirror:
  // [{"id","role","name","value","state":[...],"rect":[x,y,w,h],"parent"}], parents before children.
  std::string toJson() const;

 private:
  std::vector<SemanticNode> nodes_;
  std::vector<std::size_t> parents_;  // indexes of open groups
};

}  // namespace koo::ui
