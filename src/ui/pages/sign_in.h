// Sign-in for the standalone page: the demo buyers to pick from, or a user name and password.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "page_env.h"
#include "remote.h"

namespace koo::ui {

struct SignInState {
  Remote<ItemList<Buyer>> buyers;
  Remote<SignInResponse> signIn;
  std::string userName;
  std::string password;
  std::string idempotencyKey;  // one per attempt, reused by its retry
  std::optional<std::string> formError;
};

struct SignInIntent {
  std::optional<SignInRequest> signIn;
  bool retry = false;  // signIn comes from the error panel's Retry, not a new attempt
  bool retryBuyers = false;
};

SignInIntent drawSignIn(Ui& ui, Host& host, SignInState& state);

class SignInPage {
 public:
  // Loads the demo buyers.
  void start(PageEnv& env);
  // Draws the sign-in card; returns the session once the backend accepted it.
  std::optional<SignInResponse> draw(Ui& ui, PageEnv& env);
  // Signs in without the form (the offline demo's buyer); the form shows if it fails.
  void signInAs(const SignInRequest& request, PageEnv& env);

 private:
  void send(const SignInRequest& request, bool retry, PageEnv& env);
  SignInState state_;
};

}  // namespace koo::ui
