// Benchmarks of the console's hot paths, natively: drawing a Purchased Apps frame (Dear ImGui
// with no renderer, semantics included), its DOM-mirror JSON, decoding a page of apps, and the
// backend router answering the list call.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

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

// The demo backend, except that the Purchased Apps list holds `rows` apps (the demo buyer's,
// repeated with new instance IDs), so a frame can be timed at 10 and at 100 rows.
HttpResponse withRows(backend::Router& router, const HttpRequest& request, int rows) {
  HttpResponse response = router.handle(request);
  if (request.path != "/api/v1/purchased-apps" || response.status != 200) return response;
  auto page = nlohmann::json::parse(response.body);
  auto& items = page["items"];
  const auto pageSize = std::min<std::size_t>(static_cast<std::size_t>(page["pageSize"].get<int>()), rows);
  for (std::size_t i = items.size(); i < pageSize && !items.empty(); ++i) {
    auto copy = items[i % items.size()];
    copy["instanceId"] = "ins-bench" + std::to_string(i);
    items.push_back(copy);
  }
  page["total"] = rows;
  response.body = page.dump();
  return response;
}

// A whole console drawing Purchased Apps, as the browser does each frame it is asked for.
struct ConsoleFixture {
  std::unique_ptr<backend::DemoBackend> backend = demo();
  int rows = 10;
  api::LocalTransport transport{
      api::withoutDelay([this](const HttpRequest& r) { return withRows(backend->router(), r, rows); })};
  QuietHost host;
  ui::SemanticsTree semantics;
  std::unique_ptr<ui::ConsoleApp> app;
  explicit ConsoleFixture(int shownRows = 10) : rows(shownRows) {
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
    app->followRoute("#/purchased-apps?pageSize=" + std::to_string(rows));
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

// This thread's CPU time in milliseconds: a frame's own cost, whatever else the machine runs.
double threadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Each frame timed on its own (CPU time), for the median and the 95th percentile `./console
// bench` reports (counters median_ms and p95_ms), at 10 and 100 rows.
void BM_ConsoleFramePurchasedApps(benchmark::State& state) {
  ConsoleFixture console(static_cast<int>(state.range(0)));
  std::vector<double> frameMs;
  for (auto _ : state) {
    const double started = threadCpuMs();
    console.frame();
    frameMs.push_back(threadCpuMs() - started);
  }
  std::sort(frameMs.begin(), frameMs.end());
  const auto at = [&](double fraction) { return frameMs[static_cast<std::size_t>(fraction * (frameMs.size() - 1))]; };
  state.counters["nodes"] = static_cast<double>(console.semantics.nodes().size());
  state.counters["median_ms"] = at(0.5);
  state.counters["p95_ms"] = at(0.95);
}
BENCHMARK(BM_ConsoleFramePurchasedApps)->Arg(10)->Arg(100)->Unit(benchmark::kMicrosecond);

void BM_SemanticsToJson(benchmark::State& state) {
  ConsoleFixture console;
  for (auto _ : state) benchmark::DoNotOptimize(console.semantics.toJson());
}
BENCHMARK(BM_SemanticsToJson)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
