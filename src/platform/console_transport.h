// Which transport the console talks through, chosen from the host's configuration: Fetch to
// `apiBase`, or (no apiBase) the offline demo: the reference backend inside the module, over the
// demo data, signed in as a demo buyer.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json_fwd.hpp>

#include "api/transport.h"
#include "core/domain.h"
#include "host.h"

namespace koo::platform {

class FetchTransport;
struct OfflineBackend;

class ConsoleTransport {
 public:
  // nullptr (and `error`) when the offline demo's data set is broken. `onAnswer` runs after
  // every Fetch answer so the page draws the frame that shows it.
  static std::unique_ptr<ConsoleTransport> choose(const nlohmann::json& config, std::function<void()> onAnswer,
                                                  std::string& error);
  ~ConsoleTransport();

  api::Transport& transport();
  // The offline demo: the backend inside the module (itself in test mode).
  bool offline() const { return offline_ != nullptr; }
  // The offline demo signs in by itself as the configured `demoBuyer` (or the first buyer): the
  // request, handed over once (nothing here keeps the password).
  std::optional<SignInRequest> takeAutoSignIn() { return std::exchange(autoSignIn_, std::nullopt); }

  // Fetch requests not answered yet (the offline demo's answers come with frames: never held for).
  bool answersInFlight() const;
  // Before drawing: hands the offline demo's due answers to their callbacks.
  void deliverDueAnswers();
  // After drawing (the frame may have sent a request): wakes `host` when the next answer is due.
  void wakeForNextAnswer(ui::Host& host);

 private:
  ConsoleTransport() = default;

  std::unique_ptr<OfflineBackend> offline_;
  std::unique_ptr<FetchTransport> fetch_;
  std::optional<SignInRequest> autoSignIn_;
};

}  // namespace koo::platform
