// Sign-in card: demo buyers as one-click choices, and a user name / password form.
#include "sign_in.h"

#include "imgui.h"
#include "widgets_data.h"
#include "widgets_form.h"

namespace koo::ui {

SignInIntent drawSignIn(Ui& ui, Host& host, SignInState& state) {
  SignInIntent intent;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = 460;
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) / 2, viewport->Pos.y + 80));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::Begin("##sign-in", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoMove);
  heading(ui, "Sign in to KooGallery Console", 1);
  mutedText(ui, "Pick a demo buyer or type a user name, then the password.");
  ImGui::Spacing();
  // Outside test mode the backend keeps its accounts to itself (404): the form is all there is.
  const auto& buyersError = state.buyers.error();
  if (buyersError && buyersError->httpStatus != 404)
    intent.retryBuyers = errorPanel(ui, errorView("Could not load the demo buyers", *buyersError));
  if (const auto* buyers = state.buyers.value()) {
    for (const Buyer& buyer : buyers->items) {
      ImGui::PushID(buyer.buyerId.c_str());
      // Picking a demo buyer fills the form; the password is still the buyer's to type.
      if (button(ui, "Use " + buyer.displayName, state.signIn.loading())) {
        state.userName = buyer.userName;
        state.formError = "Enter the password of " + buyer.userName + ".";
      }
      ImGui::SameLine();
      mutedText(ui, buyer.userName);
      ImGui::PopID();
    }
  } else if (state.buyers.loading()) {
    loadingState(ui, host, "Loading demo buyers...");
  }
  ImGui::Separator();
  const bool enterName = textField(ui, "User name", state.userName, "", 300);
  const bool enterPassword = passwordField(ui, "Password", state.password, 300);
  if (state.formError) mutedText(ui, *state.formError);
  if (state.signIn.error())
    errorPanel(ui, errorView("Sign-in failed", *state.signIn.error()));
  if (state.signIn.loading()) loadingState(ui, host, "Signing in...");
  if ((button(ui, "Sign in", state.signIn.loading()) || enterName || enterPassword) && !state.signIn.loading()) {
    if (state.userName.empty()) {
      state.formError = "Enter your user name.";
    } else {
      state.formError.reset();
      SignInRequest request;
      request.userName = state.userName;
      if (!state.password.empty()) request.password = state.password;
      intent.signIn = request;
    }
  }
  ImGui::End();
  return intent;
}

void SignInPage::start(PageEnv& env) { env.client.demoBuyers(state_.buyers.start()); }

void SignInPage::send(const SignInRequest& request, PageEnv& env) {
  state_.idempotencyKey = newIdempotencyKey();
  env.client.signIn(request, state_.idempotencyKey, state_.signIn.start());
}

void SignInPage::signInAs(const SignInRequest& request, PageEnv& env) {
  start(env);
  send(request, env);
}

std::optional<SignInResponse> SignInPage::draw(Ui& ui, PageEnv& env) {
  const SignInIntent intent = drawSignIn(ui, env.host, state_);
  if (intent.retryBuyers) start(env);
  if (intent.signIn) send(*intent.signIn, env);
  if (const auto* session = state_.signIn.value()) {
    SignInResponse accepted = *session;
    state_.signIn.reset();
    state_.password.clear();
    return accepted;
  }
  return std::nullopt;
}

}  // namespace koo::ui
