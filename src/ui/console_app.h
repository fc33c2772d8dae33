// The whole console as one object: session, navigation, the views' pages and notices, drawn each
// frame into Dear ImGui. The platform gives it a transport and a host; tests give it fakes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "api/auth_watch_transport.h"
#include "core/i18n.h"
#include "api/marketplace_client.h"
#include "console_frame.h"
#include "host.h"
#include "page_env.h"
#include "pages/expiry_reminders.h"
#include "pages/sign_in.h"

namespace koo::ui {

struct AppOptions {
  std::string token;        // a session the host already has (kept from before a reload)
  std::optional<SignInRequest> autoSignIn;  // sign in without the form (the offline demo's buyer)
  bool testMode = false;    // test-only views (views.h) open by deep link
  Locale locale = Locale::En;  // the language shown first; the user menu switches it
};

class ConsoleApp {
 public:
  ConsoleApp(api::Transport& transport, Host& host, AppOptions options = {});
  ConsoleApp(const ConsoleApp&) = delete;
  ConsoleApp& operator=(const ConsoleApp&) = delete;

  // Draws one frame of the console. Call between ImGui::NewFrame and ImGui::Render.
  void draw(Ui& ui);
  // The browser's URL moved (back/forward, typed hash, reload).
  void followRoute(std::string_view hash);
  // Before the first frame: a signed-in console asks for its view's data (and the expiry
  // reminders) now, as the first frame would, so the answers can arrive before anything is drawn.
  void startLoading();
  // The route to push to the browser's history, once, after a click moved the console.
  std::optional<std::string> takePendingRoute() { return frame_.navigator.takePendingRoute(); }
  bool hasPendingRoute() const { return frame_.navigator.hasPendingRoute(); }

  const Route& route() const { return frame_.navigator.route(); }
  bool signedIn() const { return sessionActive_; }
  // The live region's last sentence (what a screen reader was told last).
  const std::string& announcement() const { return announcer_.current(); }
  Navigator& navigator() { return frame_.navigator; }
  // Brings content below (or above) the visible area into view: see ui::scrollContentBy.
  void scrollContentBy(float dy) { ui::scrollContentBy(frame_, dy); }
  // The node whose mirror element has keyboard focus (0: none, or focus came from a pointer):
  // the frame draws the focus ring around it.
  void setKeyboardFocus(std::uint32_t nodeId) { keyboardFocus_ = nodeId; }

 private:
  // The view's page, created from its row of the view table when first shown.
  ViewPage& pageFor(View view);
  void enterRouteIfChanged();
  void signedIn(const SignInResponse& session);
  void signedOut();
  // Updates the live region from the frame just drawn (showing `route`) and adds its node.
  void announce(Ui& ui, const std::string& route, const std::string& viewTitle);

  Host& host_;
  api::AuthWatchTransport transport_;
  api::MarketplaceClient client_;
  ConsoleFrame frame_;
  Announcer announcer_;
  Toasts toasts_{announcer_};
  ExpiryReminders reminders_;
  PageEnv env_;
  std::optional<Route> entered_;  // the route whose data the current page loaded
  bool sessionActive_ = false;    // a session the backend accepted (or the host handed over)
  std::uint32_t keyboardFocus_ = 0;

  SignInPage signIn_;
  std::map<View, std::unique_ptr<ViewPage>> pages_;
};

}  // namespace koo::ui
