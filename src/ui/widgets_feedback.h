// Widgets that tell the buyer what is happening: loading, errors with Retry, empty states,
// confirmation dialogs and short-lived notices (toasts).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "announcer.h"
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

// What a dialog says. Its title is also Dear ImGui's popup name, unique among open dialogs.
struct DialogText {
  std::string_view title;         // "Reject the delivery"
  std::string_view message;       // what happens, in the buyer's words
  std::string_view confirmLabel;  // "Send rejection"
  bool danger = false;            // the action takes something away for good: Confirm in red
};

// A modal asking to confirm an irreversible action. Draw it every frame while it should show:
// it opens on its first frame and closes when it returns Confirmed or Cancelled (Cancel, Escape).
DialogChoice confirmDialog(Ui& ui, const DialogText& dialog);

// confirmDialog with more inside: `content` draws between the message and the buttons, and
// `confirmAllowed` may keep the dialog open after Confirm (a choice still to make).
DialogChoice contentDialog(Ui& ui, const DialogText& dialog, float width, const std::function<void()>& content,
                           const std::function<bool()>& confirmAllowed);

// The text a reason dialog asks for.
struct ReasonField {
  std::string_view label;      // "Reason for rejecting"
  bool required = false;       // must not be blank
  std::size_t maxCharacters;   // counted in characters, not bytes
};
// Why `text` cannot be sent for `field` yet ("A reason is required"), or nullopt.
std::optional<std::string> reasonProblem(const std::string& text, const ReasonField& field);
// confirmDialog with a text area for a reason or message and its character count; it stays open
// until the text is acceptable. `problem` is shown under the text area once Confirm was tried,
// and clears as the buyer fixes it.
DialogChoice reasonDialog(Ui& ui, const DialogText& dialog, const ReasonField& field, std::string& text,
                          std::optional<std::string>& problem);

// Short notices in the corner ("Password copied"); each fades after a few seconds.
class Toasts {
 public:
  // With an announcer, each toast is also said in the live region (announcer.h), and so can a
  // sentence be that shows no toast.
  Toasts() = default;
  explicit Toasts(Announcer& announcer) : announcer_(&announcer) {}
  void show(std::string text, Tone tone, double nowMs);
  void announce(std::string text, double nowMs) {
    if (announcer_) announcer_->say(std::move(text), nowMs);
  }
  void draw(Ui& ui, Host& host);
  bool empty() const { return items_.empty(); }

 private:
  struct Item {
    std::string text;
    Tone tone;
    double untilMs;
  };
  Announcer* announcer_ = nullptr;
  std::vector<Item> items_;
};

}  // namespace koo::ui
