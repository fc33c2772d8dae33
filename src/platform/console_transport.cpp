// The transport choice (console_transport.h): Fetch, or the offline demo's backend answering on
// a later frame (and after any injected latency) as a network would. Compiled twice: KOO_OFFLINE=1
// for the offline demo's module, 0 for the module of pages with an apiBase (no backend linked).
#include "console_transport.h"

#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "api/local_transport.h"
#include "fetch_transport.h"
#include "js_bridge.h"
#if KOO_OFFLINE
#include "demo_backend.h"
#endif

namespace koo::platform {

#if KOO_OFFLINE

struct OfflineBackend {
  std::unique_ptr<backend::DemoBackend> demo;
  api::LocalTransport transport;
  explicit OfflineBackend(std::unique_ptr<backend::DemoBackend> backend)
      : demo(std::move(backend)),
        transport(
            [this](const HttpRequest& request) {
              auto routed = demo->router().route(request);
              return api::LocalAnswer{std::move(routed.response), routed.latencyMs};
            },
            api::LocalTransport::Delivery::Deferred,
            [] { return static_cast<std::int64_t>(emscripten_get_now()); }) {}
};
#else
// Never made in this module; the type is complete so that unique_ptr can destroy it.
struct OfflineBackend {
  api::LocalTransport transport;
};
#endif

ConsoleTransport::~ConsoleTransport() = default;

std::unique_ptr<ConsoleTransport> ConsoleTransport::choose(const nlohmann::json& config,
                                                           std::function<void()> onAnswer, std::string& error) {
  std::unique_ptr<ConsoleTransport> chosen(new ConsoleTransport());
  if (config.contains("apiBase")) {
    FetchOptions fetchOptions;
    fetchOptions.baseUrl = configString(config, "apiBase");
    if (auto timeout = config.find("timeoutMs"); timeout != config.end() && timeout->is_number_integer())
      fetchOptions.timeoutMs = timeout->get<int>();
    chosen->fetch_ = std::make_unique<FetchTransport>(fetchOptions, std::move(onAnswer));
    return chosen;
  }
#if KOO_OFFLINE
  auto demo = backend::DemoBackend::create(backend::systemNow, backend::RouterOptions{.testMode = true}, error);
  if (!demo) {
    error = "the demo data set is broken: " + error;
    return nullptr;
  }
  chosen->offline_ = std::make_unique<OfflineBackend>(std::move(demo));
  // Sales demos start signed in as the chosen (or first) demo buyer.
  const std::string wanted = configString(config, "demoBuyer");
  for (const auto& buyer : chosen->offline_->demo->store().buyers()) {
    if (!wanted.empty() && buyer.buyer.userName != wanted && buyer.buyer.buyerId != wanted) continue;
    SignInRequest request;
    request.userName = buyer.buyer.userName;
    request.password = buyer.password;
    chosen->autoSignIn_ = request;
    break;
  }
  return chosen;
#else
  // The loader starts this module only with an apiBase (koo-loader.js); say so if a host did not.
  error = "this module (koo-console-api) has no offline demo: configure an apiBase, or load koo-console";
  return nullptr;
#endif
}

api::Transport& ConsoleTransport::transport() {
  if (offline_) return offline_->transport;
  return *fetch_;
}

bool ConsoleTransport::answersInFlight() const { return fetch_ && fetch_->inFlight() > 0; }

void ConsoleTransport::deliverDueAnswers() {
  if (offline_) offline_->transport.deliverDue();
}

void ConsoleTransport::wakeForNextAnswer(ui::Host& host) {
  if (!offline_) return;
  const auto wait = offline_->transport.msUntilNextDue();
  if (wait >= 0) host.wakeAfter(static_cast<double>(wait));
}

}  // namespace koo::platform
