// The semantics tree: unique ids on add, queries, and its JSON form for the DOM mirror.
#include "semantics.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace koo::ui {
namespace {
// Mixes two 32-bit values into one well-spread hash (MurmurHash3's finalizer over both).
std::uint32_t mix(std::uint32_t a, std::uint32_t b) {
  std::uint32_t h = a ^ (b * 0x9E3779B1u);
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}
}  // namespace

std::string_view roleName(Role role) {
  switch (role) {
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Textbox: return "textbox";
    case Role::Checkbox: return "checkbox";
    case Role::Combobox: return "combobox";
    case Role::Option: return "option";
    case Role::Tab: return "tab";
    case Role::Row: return "row";
    case Role::Cell: return "cell";
    case Role::ColumnHeader: return "columnheader";
    case Role::Table: return "table";
    case Role::Dialog: return "dialog";
    case Role::Status: return "status";
    case Role::Alert: return "alert";
    case Role::Navigation: return "navigation";
    case Role::Menu: return "menu";
    case Role::MenuItem: return "menuitem";
    case Role::Region: return "region";
    case Role::Banner: return "banner";
    case Role::Main: return "main";
    case Role::Listbox: return "listbox";
    case Role::MenuItemRadio: return "menuitemradio";
    case Role::List: return "list";
    case Role::ListItem: return "listitem";
  }
  return "text";
}

void SemanticsTree::beginFrame() {
  nodes_.clear();
  parents_.clear();
  usedIds_.clear();
  derivedCounts_.clear();
  takenCounts_.clear();
}

void SemanticsTree::add(SemanticNode node) {
  node.parent = parents_.empty() ? 0 : nodes_[parents_.back()].id;
  const auto role = static_cast<std::uint32_t>(node.role);
  if (node.id == 0) {
    const std::uint32_t sibling = derivedCounts_[(std::uint64_t{node.parent} << 8) | role]++;
    node.id = mix(mix(node.parent, role + 1), sibling + 1);
  }
  const std::uint32_t asked = node.id;
  while (node.id == 0 || !usedIds_.insert(node.id).second) node.id = mix(asked, ++takenCounts_[asked]);
  nodes_.push_back(std::move(node));
}

const SemanticNode* SemanticsTree::find(Role role, std::string_view name) const {
  for (const auto& node : nodes_)
    if (node.role == role && node.name == name) return &node;
  return nullptr;
}

void SemanticsTree::closeGroup() {
  if (parents_.empty()) return;
  const std::size_t groupIndex = parents_.back();
  parents_.pop_back();
  SemanticNode& group = nodes_[groupIndex];
  float left = group.rect.x, top = group.rect.y;
  float right = left + group.rect.width, bottom = top + group.rect.height;
  const bool empty = group.rect.width <= 0 && group.rect.height <= 0;
  bool first = empty;
  for (std::size_t i = groupIndex + 1; i < nodes_.size(); ++i) {
    const Rect& r = nodes_[i].rect;
    if (first) {
      left = r.x, top = r.y, right = r.x + r.width, bottom = r.y + r.height;
      first = false;
      continue;
    }
    left = std::min(left, r.x), top = std::min(top, r.y);
    right = std::max(right, r.x + r.width), bottom = std::max(bottom, r.y + r.height);
  }
  group.rect = Rect{left, top, right - left, bottom - top};
}

std::size_t SemanticsTree::count(Role role) const {
  std::size_t n = 0;
  for (const auto& node : nodes_) n += node.role == role ? 1 : 0;
  return n;
}

std::string SemanticsTree::toJson() const {
  static constexpr std::pair<StateFlag, const char*> kStateNames[] = {
      {kDisabled, "disabled"}, {kChecked, "checked"}, {kExpanded, "expanded"}, {kSelected, "selected"},
      {kBusy, "busy"},         {kCurrent, "current"}, {kFocused, "focused"},   {kInvalid, "invalid"},
      {kProtected, "protected"}, {kMultiline, "multiline"}, {kSortAscending, "ascending"},
      {kSortDescending, "descending"}, {kHasPopup, "haspopup"}, {kLive, "live"}};
  auto out = nlohmann::json::array();
  for (const auto& node : nodes_) {
    auto states = nlohmann::json::array();
    for (const auto& [flag, label] : kStateNames)
      if (node.state & flag) states.push_back(label);
    nlohmann::json entry = {{"id", node.id},
                            {"role", roleName(node.role)},
                            {"name", node.name},
                            {"state", std::move(states)},
                            {"rect", {node.rect.x, node.rect.y, node.rect.width, node.rect.height}}};
    if (!node.value.empty()) entry["value"] = node.value;
    if (!node.hint.empty()) entry["hint"] = node.hint;
    if (node.level) entry["level"] = node.level;
    if (node.parent) entry["parent"] = node.parent;
    if (node.controls) entry["controls"] = node.controls;
    out.push_back(std::move(entry));
  }
  // Invalid UTF-8 (e.g. a truncated product name) must not throw inside the frame loop.
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace koo::ui
