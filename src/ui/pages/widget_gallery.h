// The widget gallery (#/widget-gallery, test mode only): every widget of src/ui in each of its
// states, one headed section per kind, as imgui_demo.cpp shows Dear ImGui's. It is the widgets'
// living documentation: a new widget or state gets drawn here, and widget_gallery_test asserts
// what each reports to the semantics tree.
#pragma once

#include <optional>
#include <string>

#include "core/domain.h"
#include "page_env.h"
#include "widgets_data.h"
#include "widgets_feedback.h"

namespace koo::ui {

struct WidgetGalleryState {
  // Fields
  std::string emptyText;
  std::string filledText = "KooGallery";
  std::string invalidText = "twelve";
  std::string password = "gallery-secret";  // masked: never in the semantics tree
  std::string notes = "Two lines\nof notes";
  std::optional<ResourceStatus> status;
  // Table and pagination
  SortDirection sort = SortDirection::Ascending;
  int page = 3;
  // Feedback
  int retries = 0;
  int emptyLinkClicks = 0;
  Toasts toasts;
  // Dialogs
  enum class Dialog { None, Confirm, Reason };
  Dialog dialog = Dialog::None;
  std::string reason;
  std::optional<std::string> reasonProblem;
  std::string lastOutcome = "No dialog answered yet";
};

// Draws every section into the current window; what the widgets return changes `state` only.
void drawWidgetGallery(Ui& ui, Host& host, WidgetGalleryState& state);

}  // namespace koo::ui
