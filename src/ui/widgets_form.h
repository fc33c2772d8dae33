// Input widgets that report to the semantics tree: text fields, search boxes and enum filters.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "widgets.h"

namespace koo::ui {

// A single-line field; returns true when Enter was pressed in it. `error` marks it invalid and
// is shown under it.
bool textField(Ui& ui, std::string_view label, std::string& text, std::string_view hint = {},
               float width = 320.0f, std::string_view error = {});
// A masked field for a secret: its text never enters the semantics tree. Returns true on Enter.
bool passwordField(Ui& ui, std::string_view label, std::string& text, float width = 320.0f);
// Overwrites and frees Dear ImGui's own copies of a password field's text (edit buffers, undo
// history) once no password field is being edited; passwordField calls it every frame, a page
// that stops drawing its form calls it once more.
void wipePasswordEditBuffers();
// A multi-line field; returns true when the text changed.
bool textArea(Ui& ui, std::string_view label, std::string& text, float height = 96.0f,
              std::string_view error = {});

// A check box; true when the buyer toggled it (`checked` then holds the new state).
bool checkbox(Ui& ui, std::string_view label, bool& checked);

// A choice among `options` (display labels); index -1 is "all" and shows `allLabel`.
// Returns true when the choice changed.
bool choice(Ui& ui, std::string_view label, int& index, const std::vector<std::string>& options,
            std::string_view allLabel, float width = 180.0f);

// choice() over an enum with labelOf(E): nullopt means no filter.
template <class E, class Values, class LabelFn>
bool enumChoice(Ui& ui, std::string_view label, std::optional<E>& value, const Values& values,
                LabelFn labelFn, std::string_view allLabel, float width = 180.0f) {
  std::vector<std::string> options;
  int index = -1;
  for (std::size_t i = 0; i < std::size(values); ++i) {
    options.emplace_back(labelFn(values[i]));
    if (value && *value == values[i]) index = static_cast<int>(i);
  }
  if (!choice(ui, label, index, options, allLabel, width)) return false;
  value = index < 0 ? std::nullopt : std::optional<E>(values[static_cast<std::size_t>(index)]);
  return true;
}

}  // namespace koo::ui
