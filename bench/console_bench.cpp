// Benchmarks of the console's hot paths, natively: drawing a Purchased Apps frame (Dear ImGui
// with no renderer, semantics included), its DOM-mirror JSON, decoding a page of apps, and the
// backend router answering the list call.
#include <benchmark/benchmark.h>

#include <memory>

#include "api/local_transport.h"
#include "console_app.h"
#include "core/json_codec.h"
#include "demo_backend.h"
#include "imgui.h"

namespace {
using namespace koo;

class QuietHost : public ui::Host {
 public:
  void copyText(const std::string&) override {}
  void openUrl(const std::string&) override {}
  double nowMs() const override { return 0; }
  void wakeAfter(double) override {}
};

Timestamp benchNow() { return parseIsoUtc("2026-11-20T08:00:00Z").value(); }

std::unique_ptr<backend::DemoBackend> demo() {
  std::string error;
  return backend::DemoBackend::create(backend::fixedClock(benchNow()), backend::RouterOptions{}, error);
}

std::string signIn(backend::Router& router) {
  HttpRequest request{"POST", "/api/v1/auth/sign-in", {}, {{"Idempotency-Key", "bench-sign-in"}},
                      R"({"userName":"alice","password":"alice-demo-2025"})", ""};
  auto answer = parseJsonText(router.handle(request).body);
  return answer.ok() ? answer.value()["token"].get<std::string>() : std::string();
}

HttpRequest listApps(const std::string& token, int pageSize) {
  return HttpRequest{"GET", "/api/v1/purchased-apps", {{"pageSize", std::to_string(pageSize)}},
                     {{"Authorization", "Bearer " + token}}, "", ""};
}

void BM_RouterListPurchasedApps(benchmark::State& state) {
  auto backend = demo();
  const auto request = listApps(signIn(backend->router()), static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(backend->router().handle(request));
}
BENCHMARK(BM_RouterListPurchasedApps)->Arg(10)->Arg(100);

void BM_DecodePurchasedAppsPage(benchmark::State& state) {
  auto backend = demo();
  const std::string body = backend->router().handle(listApps(signIn(backend->router()), 100)).body;
  for (auto _ : state) benchmark::DoNotOptimize(decodeJsonText<Page<PurchasedApp>>(body));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body.size()));
}
BENCHMARK(BM_DecodePurchasedAppsPage);

// A whole console drawing Purchased Apps, as the browser does each frame it is asked for.
struct ConsoleFixture {
  std::unique_ptr<backend::DemoBackend> backend = demo();
  api::LocalTransport transport{api::withoutDelay([this](const HttpRequest& r) { return backend->router().handle(r); })};
  QuietHost host;
  ui::SemanticsTree semantics;
  std::unique_ptr<ui::ConsoleApp> app;
  ConsoleFixture() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    SignInRequest request;
    request.userName = "alice";
    request.password = "alice-demo-2025";
    app = std::make_unique<ui::ConsoleApp>(transport, host, ui::AppOptions{.token = {}, .autoSignIn = request});
    app->followRoute("#/purchased-apps");
    for (int i = 0; i < 3; ++i) frame();
  }
  ~ConsoleFixture() { ImGui::DestroyContext(); }
  void frame() {
    ImGui::NewFrame();
    semantics.beginFrame();
    ui::Ui ui{semantics, {}};
    app->draw(ui);
    ImGui::Render();
  }
};

void BM_ConsoleFramePurchasedApps(benchmark::State& state) {
  ConsoleFixture console;
  for (auto _ : state) console.frame();
  state.counters["nodes"] = static_cast<double>(console.semantics.nodes().size());
}
BENCHMARK(BM_ConsoleFramePurchasedApps)->Unit(benchmark::kMicrosecond);

void BM_SemanticsToJson(benchmark::State& state) {
  ConsoleFixture console;
  for (auto _ : state) benchmark::DoNotOptimize(console.semantics.toJson());
}
BENCHMARK(BM_SemanticsToJson)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
