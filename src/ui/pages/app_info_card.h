// The Application Information card (user name, initial password revealed on the eye icon,
// management and frontend URLs, memo), shared by Resource Details and a supervised order's
// details: one drawing, one reveal / re-mask cycle; only the reveal call differs.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

// How long a revealed password stays visible.
inline constexpr double kRevealVisibleMs = 30'000;

struct AppInfoCardState {
  // The password, only between a reveal and its re-masking (then wiped and reset).
  Remote<PasswordReveal> reveal;
  std::optional<double> revealedAtMs;  // host time the password became visible
  std::string revealKey;               // Idempotency-Key of the reveal in progress or being retried
};

struct AppInfoCardIntent {
  bool reveal = false;                 // "Show password" (or retrying a failed reveal)
  bool hide = false;
  std::optional<std::string> openUrl;  // a web URL the buyer clicked
  std::optional<std::string> copied;   // what was put on the clipboard ("Password"), for a toast
};

// Draws the card; pure apart from ImGui, the semantics tree and host.copyText.
void drawAppInfoCard(Ui& ui, Host& host, AppInfoCardState& state, const ApplicationInfo& info,
                     AppInfoCardIntent& intent);

// The reveal call of the page's resource: sends one POST with `key`, answering into `done`.
using RevealCall = std::function<void(const std::string& key, api::ApiCallback<PasswordReveal> done)>;

// Every frame before drawing: notes when the password arrived, re-masks it at its deadline and
// asks the host for a frame then; the live region says when it is shown and hidden.
void keepRevealTimer(AppInfoCardState& state, Host& host, Toasts& toasts);
// Overwrites the revealed password, then forgets it (on hide, on leaving, on another resource);
// says so in the live region of `said` when it was shown.
void maskPassword(AppInfoCardState& state, Toasts* said = nullptr, double nowMs = 0);
// Carries out the card's intent: the toast of a copy, opening a web URL, hiding, revealing.
void carryOutAppInfoIntent(AppInfoCardState& state, const AppInfoCardIntent& intent, PageEnv& env,
                           const RevealCall& reveal);

}  // namespace koo::ui
