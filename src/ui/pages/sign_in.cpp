// Sign-in card: demo buyers as one-click choices, and a user name / password form.
#include "sign_in.h"

#include "core/text.h"
#include "imgui.h"
#include "theme.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {

SignInIntent drawSignIn(Ui& ui, Host& host, SignInState& state) {
  SignInIntent intent;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = theme::layout().dialogWidth(460, viewport->Size.x);  // a phone's width at most
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) / 2, viewport->Pos.y + 80));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::Begin("sign-in", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoMove);
  ImGui::PushTextWrapPos(0.0f);  // texts wrap at the card's edge, word by word (a phone)
  // The form is the page's main landmark (there is no console frame around it yet).
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ui.semantics.add(SemanticNode{ImGui::GetID("landmark"), Role::Main, tr("signin.heading"), {}, kNone, 0,
                                Rect{pos.x, pos.y, size.x, size.y}});
  ui.semantics.openGroup();
  heading(ui, tr("signin.heading"), 1);
  mutedText(ui, tr("signin.intro"));
  ImGui::Spacing();
  // Outside test mode the backend keeps its accounts to itself (404): the form is all there is.
  const auto& buyersError = state.buyers.error();
  if (buyersError && buyersError->httpStatus != 404) {
    IdScope id("buyers-error");  // two error panels may show: each its own window and Retry
    intent.retryBuyers = errorPanel(ui, host, errorView(tr("signin.buyers_failed"), *buyersError));
  }
  if (const auto* buyers = state.buyers.value()) {
    for (const Buyer& buyer : buyers->items) {
      IdScope id(buyer.buyerId);
      // Picking a demo buyer fills the form; the password is still the buyer's to type.
      if (button(ui, tr("signin.use_buyer", {{"name", buyer.displayName}}), state.signIn.loading())) {
        state.userName = buyer.userName;
        state.formError = tr("signin.enter_password_of", {{"user", buyer.userName}});
      }
      ImGui::SameLine();
      mutedText(ui, buyer.userName);
    }
  } else if (state.buyers.loading()) {
    loadingState(ui, host, tr("signin.loading_buyers"));
  }
  ImGui::Separator();
  const bool enterName = textField(ui, tr("field.user_name"), state.userName, "", 300);
  const bool enterPassword = passwordField(ui, tr("field.password"), state.password, 300);
  if (state.formError) mutedText(ui, *state.formError);
  bool retry = false;
  if (state.signIn.error()) {
    IdScope id("sign-in-error");
    retry = errorPanel(ui, host, errorView(tr("signin.failed"), *state.signIn.error()));
  }
  if (state.signIn.loading()) loadingState(ui, host, tr("signin.signing_in"));
  const bool submit = button(ui, tr("signin.submit"), state.signIn.loading()) || enterName || enterPassword;
  if ((submit || retry) && !state.signIn.loading()) {
    if (state.userName.empty()) {
      state.formError = tr("signin.enter_user_name");
    } else {
      state.formError.reset();
      SignInRequest request;
      request.userName = state.userName;
      if (!state.password.empty()) request.password = state.password;
      intent.signIn = request;
      intent.retry = retry && !submit;
    }
  }
  ImGui::PopTextWrapPos();
  ui.semantics.closeGroup();
  ImGui::End();
  return intent;
}

void SignInPage::start(PageEnv& env) { env.client.demoBuyers(state_.buyers.start()); }

void SignInPage::send(const SignInRequest& request, bool retry, PageEnv& env) {
  // A retry after no answer (or a 5xx, an unreadable answer) may follow a sign-in the backend
  // did apply: it keeps the key. A new attempt gets a new one.
  const auto& error = state_.signIn.error();
  const bool sameIntent = retry && error && error->outcomeUnknown() && !state_.idempotencyKey.empty();
  if (!sameIntent) state_.idempotencyKey = newIdempotencyKey();
  env.client.signIn(request, state_.idempotencyKey, state_.signIn.start());
}

void SignInPage::signInAs(const SignInRequest& request, PageEnv& env) {
  start(env);
  send(request, false, env);
}

std::optional<SignInResponse> SignInPage::draw(Ui& ui, PageEnv& env) {
  const SignInIntent intent = drawSignIn(ui, env.host, state_);
  if (intent.retryBuyers) start(env);
  if (intent.signIn) send(*intent.signIn, intent.retry, env);
  if (const auto* session = state_.signIn.value()) {
    SignInResponse accepted = *session;
    state_.signIn.reset();
    state_.idempotencyKey.clear();
    wipe(state_.password);       // the typed password is not kept once the session exists
    wipePasswordEditBuffers();   // nor Dear ImGui's copies (the form is not drawn again)
    return accepted;
  }
  return std::nullopt;
}

}  // namespace koo::ui
