// The semantics tree: every widget the console draws reports what it is (role, accessible name,
// state, rectangle) so the DOM mirror, screen readers and tests all read one description.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace koo::ui {

enum class Role { Button, Link, Heading, Text, Textbox, Checkbox, Combobox, Option, Tab, Row, Cell,
                  ColumnHeader, Table, Dialog, Status, Alert, Navigation, Menu, MenuItem, Region,
                  // Landmarks of the console frame (the widget's mirror maps them to groups: a host
                  // page has its own banner and main), a choice's popup, a language among others,
                  // and the stepper's steps.
                  Banner, Main, Listbox, MenuItemRadio, List, ListItem };

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
  kProtected = 1u << 8,  // a text box for a secret: the mirror makes it type=password
  kMultiline = 1u << 9,  // a multi-line text box: the mirror makes it a textarea
  kSortAscending = 1u << 10,   // aria-sort on a column header
  kSortDescending = 1u << 11,
  kHasPopup = 1u << 12,  // opens a menu or list: aria-haspopup, and aria-expanded true or false
  kLive = 1u << 13,      // the polite live region announcing what happened (Announcer)
};

struct SemanticNode {
  // Unique within a frame (SemanticsTree::add makes it so). Interactive items pass Dear ImGui's
  // item ID, stable across frames; 0 asks the tree to derive one from the parent and position.
  std::uint32_t id = 0;
  Role role = Role::Text;
  std::string name;           // accessible name
  std::string value;          // e.g. a text box's content; never a masked secret
  std::uint32_t state = kNone;
  int level = 0;              // heading level
  Rect rect;
  std::uint32_t parent = 0;   // the group (table, row, dialog) this node is inside; 0: top level
  std::string hint = {};      // a text box's placeholder (drawn while it is empty)
  std::uint32_t controls = 0; // the popup (listbox, menu) this node opens, while it is open: aria-controls
  bool operator==(const SemanticNode&) const = default;
};

// Collects the nodes of one frame. The platform compares consecutive frames and updates the DOM
// mirror only when something changed; the mirror keys its elements (and keeps focus) by id.
class SemanticsTree {
 public:
  void beginFrame();
  // Adds a node inside the innermost open group and gives it an id no other node of this frame
  // has: a node without one gets hash(parent id, role, how many id-less siblings of that role
  // came before it); an id already taken this frame (two items with one ImGui ID, or a chance
  // collision) is rehashed with the number of times it was taken. Both are deterministic, so an
  // unchanged frame keeps its ids, and a button's ImGui ID survives texts appearing above it.
  void add(SemanticNode node);
  // The node just added becomes a group: nodes added until closeGroup() are its children, and
  // closeGroup() grows its rectangle to cover them (a table row covers its cells).
  void openGroup() { parents_.push_back(nodes_.size() - 1); }
  void closeGroup();
  // The innermost open group, or nullptr (a table cell closes before the next one opens).
  const SemanticNode* openGroupNode() const { return parents_.empty() ? nullptr : &nodes_[parents_.back()]; }
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
  std::unordered_set<std::uint32_t> usedIds_;
  std::unordered_map<std::uint64_t, std::uint32_t> derivedCounts_;  // by (parent, role)
  std::unordered_map<std::uint32_t, std::uint32_t> takenCounts_;    // by the id asked for
};

}  // namespace koo::ui
