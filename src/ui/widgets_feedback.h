// Widgets that tell the buyer what is happening: loading, errors with Retry, empty states,
// confirmation dialogs and short-lived notices (toasts).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "widgets.h"
#include "widgets_data.h"

namespace koo::ui {

// A spinner with a text, reported as a busy status. Animates by asking the host for frames.
void loadingState(Ui& ui, Host& host, std::string_view text);

// What went wrong, in the buyer's words, with the backend's requestId for support.
struct ErrorView {
  std::string title;      // "Could not load your purchased apps"
  std::string message;    // the backend's message or the network problem
  std::string requestId;  // empty when the request never reached the backend
  int retryAfterSeconds = 0;  // the backend asked to wait this long (Retry-After) before trying again
};
// An alert panel with a Retry button; returns true when Retry was clicked. After a Retry-After,
// Retry stays disabled until that time has passed (counted from the panel's first frame), so a
// busy backend is not asked again sooner than it said.
bool errorPanel(Ui& ui, Host& host, const ErrorView& error);

// A calm panel for "nothing here", with an optional link; returns true when the link was clicked.
bool emptyState(Ui& ui, std::string_view title, std::string_view detail, std::string_view linkLabel = {});

enum class DialogChoice { Open, Confirmed, Cancelled };
// A modal asking to confirm an irreversible action. Open it with ImGui::OpenPopup(title) first;
// draw it every frame while it may be open.
DialogChoice confirmDialog(Ui& ui, std::string_view title, std::string_view message,
                           std::string_view confirmLabel, bool danger = false);

// Short notices in the corner ("Password copied"); each fades after a few seconds.
class Toasts {
 public:
  void show(std::string text, Tone tone, double nowMs);
  void draw(Ui& ui, Host& host);
  bool empty() const { return items_.empty(); }

 private:
  struct Item {
    std::string text;
    Tone tone;
    double untilMs;
  };
  std::vector<Item> items_;
};

}  // namespace koo::ui
