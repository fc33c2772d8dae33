// Expiry reminders in the console (issue 14): the buyer's reminders as the backend gives them,
// a summary strip on every view, the per-app list with Renew and Dismiss on Purchased Apps, and
// one sentence for the live region when they first arrive.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/expiry_reminders.h"
#include "page_env.h"
#include "remote.h"

namespace koo::ui {

class ExpiryReminders {
 public:
  // Loads the reminders again when the view changed (a renewal or a threshold may have moved them).
  void follow(const Route& route, PageEnv& env);
  // Hides the app's reminder until its next threshold (the backend keeps it for the buyer).
  void dismiss(const ExpiryReminder& reminder, PageEnv& env);
  // Another buyer, or none: forget everything, the sentence included.
  void reset();
  // The live region's sentence, once per session when there are reminders; empty otherwise.
  std::string takeAnnouncement();

  const std::vector<ExpiryReminder>* items() const;

 private:
  Remote<ItemList<ExpiryReminder>> list_;
  std::optional<View> view_;  // the view followed last (none: nothing loaded this session)
  bool announced_ = false;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

// The summary under the view's title on every view but Purchased Apps (which lists each app):
// a line per kind of reminder with one click to those apps in Renewals.
void drawReminderStrip(Ui& ui, const ExpiryReminders& reminders, const Route& route, Navigator& navigator);

// Purchased Apps with its reminders above the list: `list` is the page that draws the list.
std::unique_ptr<ViewPage> withExpiryReminders(std::unique_ptr<ViewPage> list);

}  // namespace koo::ui
