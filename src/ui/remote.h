// A value loaded from the marketplace: loading, loaded or failed; the last good value stays while
// a reload runs, and answers of a superseded load (or of a view the buyer left) are dropped.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "api/api_error.h"
#include "widgets_feedback.h"

namespace koo::ui {

template <class T>
class Remote {
 public:
  Remote() : state_(std::make_shared<State>()) {}

  // Starts a load: the returned callback applies its answer only if no newer load (or drop)
  // happened meanwhile, and only while this Remote exists.
  api::ApiCallback<T> start() {
    const auto generation = ++state_->generation;
    state_->loading = true;
    std::weak_ptr<State> weak = state_;
    return [weak, generation](api::ApiResult<T> result) {
      const auto state = weak.lock();
      if (!state || state->generation != generation) return;  // stale: the buyer moved on
      state->loading = false;
      if (result.ok()) {
        state->value = std::move(result).value();
        state->error.reset();
      } else {
        state->error = result.error();
      }
    };
  }
  // Forgets any load in flight (its answer will be ignored); keeps what was loaded.
  void drop() {
    ++state_->generation;
    state_->loading = false;
  }
  // Forgets everything.
  void reset() {
    drop();
    state_->value.reset();
    state_->error.reset();
  }

  bool loading() const { return state_->loading; }
  const T* value() const { return state_->value ? &*state_->value : nullptr; }
  T* value() { return state_->value ? &*state_->value : nullptr; }
  const std::optional<api::ApiError>& error() const { return state_->error; }

 private:
  struct State {
    std::uint64_t generation = 0;
    bool loading = false;
    std::optional<T> value;
    std::optional<api::ApiError> error;
  };
  std::shared_ptr<State> state_;
};

// The buyer-facing text of an api error, under `title` ("Could not load your orders").
ErrorView errorView(std::string title, const api::ApiError& error);

}  // namespace koo::ui
