// The console app: sign-in, entering views as the route changes, and drawing the frame.
#include "console_app.h"

#include "imgui.h"
#include "theme.h"

namespace koo::ui {

ConsoleApp::ConsoleApp(api::Transport& transport, Host& host, AppOptions options)
    : host_(host),
      transport_(transport, [this] { signedOut(); }),
      client_(transport_),
      env_{client_, host_, toasts_, frame_.navigator, &reminders_} {
  frame_.navigator.setTestMode(options.testMode);
  chooseLocale(options.locale);  // a fetched catalogue may arrive later (i18n.h)
  if (!options.token.empty()) {
    client_.setToken(options.token);
    sessionActive_ = true;  // a 401 on the first call ends it (AuthWatchTransport)
    client_.me([this](api::ApiResult<Buyer> me) {
      if (me.ok()) frame_.userName = me.value().displayName;
    });
  } else if (options.autoSignIn) {
    signIn_.signInAs(*options.autoSignIn, env_);
  } else {
    signIn_.start(env_);
  }
}

ViewPage& ConsoleApp::pageFor(View view) {
  auto& page = pages_[view];
  if (!page) page = makeViewPage(view);
  return *page;
}

void ConsoleApp::followRoute(std::string_view hash) { frame_.navigator.followRoute(hash); }

void ConsoleApp::startLoading() {
  if (!signedIn()) return;  // the sign-in form comes first
  enterRouteIfChanged();
  reminders_.follow(route(), env_);
}

void ConsoleApp::enterRouteIfChanged() {
  const Route& route = frame_.navigator.route();
  if (entered_ && *entered_ == route) return;
  if (entered_) pageFor(entered_->view).leave();
  entered_ = route;
  pageFor(route.view).enter(route, env_);
}

void ConsoleApp::signedIn(const SignInResponse& session) {
  client_.setToken(session.token);
  sessionActive_ = true;
  frame_.userName = session.buyer.displayName;
  host_.sessionChanged(session.token);
  reminders_.reset();
  entered_.reset();  // load the current view again, now as this buyer
}

void ConsoleApp::signedOut() {
  if (!signedIn()) return;
  client_.setToken("");
  sessionActive_ = false;
  if (entered_) pageFor(entered_->view).leave();
  entered_.reset();
  reminders_.reset();
  host_.sessionChanged("");
  host_.authRequired();
  toasts_.show(tr("session.ended"), Tone::Warning, host_.nowMs());
  signIn_.start(env_);
}

void ConsoleApp::draw(Ui& ui) {
  // The layout follows the console's own width (the canvas is the widget's box or the page), and
  // the style the theme and input in force, before anything is drawn.
  theme::setLayout(layoutFor(ImGui::GetMainViewport()->Size.x, theme::appearance().touch));
  theme::apply(ImGui::GetStyle());
  const bool wasSignedIn = signedIn();  // the sign-in form is what this frame drew and announces
  if (!wasSignedIn) {
    if (auto session = signIn_.draw(ui, env_)) signedIn(*session);
  } else {
    enterRouteIfChanged();
    reminders_.follow(route(), env_);
    drawConsoleFrame(ui, frame_, [this](Ui& inner, const Route& route) {
      drawReminderStrip(inner, reminders_, route, frame_.navigator);
      pageFor(route.view).draw(inner, route, env_);
    });
    // A click this frame may have moved the route; enter it now so its load starts at once.
    enterRouteIfChanged();
  }
  toasts_.draw(ui, host_);
  drawFocusRing(ui.semantics, keyboardFocus_);
  if (wasSignedIn) announce(ui, formatRoute(route()), viewTitle(route().view));
  else announce(ui, "sign-in", tr("signin.heading"));
}

void ConsoleApp::announce(Ui& ui, const std::string& route, const std::string& viewTitle) {
  announcer_.observe(ui.semantics, route, viewTitle, host_.nowMs());
  // The reminders are said once, after the view's own sentence (never in its place).
  if (announcer_.settled())
    if (std::string reminders = reminders_.takeAnnouncement(); !reminders.empty())
      announcer_.sayAfter(std::move(reminders), "remind.announce_after", host_.nowMs());
  announcer_.record(ui.semantics);
}

}  // namespace koo::ui
