// The console module's entry point in the browser: owns the ImGui context, the WebGL2 renderer
// and the ConsoleApp; picks the transport (Fetch to a backend, or the in-module backend of the
// offline demo); runs frames on requestAnimationFrame only when something asked for one.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/local_transport.h"
#include "browser.h"
#include "browser_host.h"
#include "console_app.h"
#include "core/text.h"
#include "demo_backend.h"
#include "fetch_transport.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "input.h"
#include "theme.h"

namespace {
using namespace koo;

// The offline demo: the reference backend's router over the demo data, inside the module,
// answering on a later frame (and after any injected latency) as a network would.
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

struct App {
  std::unique_ptr<platform::BrowserHost> host;
  std::unique_ptr<OfflineBackend> offline;
  std::unique_ptr<platform::FetchTransport> fetch;
  std::unique_ptr<ui::ConsoleApp> console;
  ui::SemanticsTree semantics;
  ui::Fonts fonts;
  std::string publishedSemantics;
  std::vector<unsigned char> fontBody, fontBold, fontCjk;
  std::set<ImWchar> cjkGlyphs;  // the Chinese characters drawn so far: the atlas holds only these
  float cssWidth = 0, cssHeight = 0, pixelRatio = 1, fontRatio = 0;
  double lastFrameTime = 0;
  int framesWanted = 0;  // frames still owed after an event (ImGui settles over a few frames)
  bool frameScheduled = false;
  long frameRequest = 0;       // the pending requestAnimationFrame, cancelled by koo_shutdown
  bool rendererReady = false;  // ImGui's OpenGL3 backend holds GL objects
  bool stopped = false;        // koo_shutdown ran: no frame is ever scheduled again
  bool announcedReady = false;
  ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
};
App* app = nullptr;

void requestFrames(int count);

std::vector<unsigned char> takeFont(int slot) {
  std::vector<unsigned char> bytes(static_cast<std::size_t>(std::max(0, koo_js_font_size(slot))));
  if (!bytes.empty()) koo_js_font_copy(slot, bytes.data());
  return bytes;
}

nlohmann::json readConfig() {
  std::string text(static_cast<std::size_t>(koo_js_config_size()), '\0');
  koo_js_config_copy(text.data(), static_cast<int>(text.size()));
  auto config = nlohmann::json::parse(text.c_str(), nullptr, /*allow_exceptions=*/false);
  return config.is_object() ? config : nlohmann::json::object();
}

std::string configString(const nlohmann::json& config, const char* key) {
  auto it = config.find(key);
  return it != config.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Rasterizes the fonts for the current device pixel ratio, so text stays sharp on HiDPI.
void buildFonts() {
  if (app->fontRatio == app->pixelRatio) return;
  app->fontRatio = app->pixelRatio;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float ratio = app->pixelRatio;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the app keeps the bytes for the next rebuild
  // Latin with its extensions, general punctuation (dashes, quotes, bullets, ellipsis), currency
  // signs and arrows: what sellers' texts and the console's own use beyond ASCII.
  static const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2190, 0x21FF, 0};
  auto add = [&](std::vector<unsigned char>& bytes, float size) -> ImFont* {
    if (bytes.empty()) return nullptr;
    return io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), size * ratio, &config,
                                          kTextRanges);
  };
  // Chinese glyphs merge into each font, limited to the characters seen (rebuilt when new ones
  // appear), so the atlas stays small however large the font is.
  static ImVector<ImWchar> cjkRanges;
  cjkRanges.clear();
  for (ImWchar c : app->cjkGlyphs) {
    cjkRanges.push_back(c);
    cjkRanges.push_back(c);
  }
  cjkRanges.push_back(0);
  auto addCjk = [&](float size) {
    if (app->fontCjk.empty() || app->cjkGlyphs.empty()) return;
    ImFontConfig merge = config;
    merge.MergeMode = true;
    io.Fonts->AddFontFromMemoryTTF(app->fontCjk.data(), static_cast<int>(app->fontCjk.size()), size * ratio, &merge,
                                   cjkRanges.Data);
  };
  app->fonts.body = add(app->fontBody, 15.0f);
  if (app->fonts.body) addCjk(15.0f);
  app->fonts.heading = add(app->fontBold.empty() ? app->fontBody : app->fontBold, 21.0f);
  if (app->fonts.heading) addCjk(21.0f);
  if (!app->fonts.body) {
    ImFontConfig fallback;
    fallback.SizePixels = 13.0f * ratio;
    app->fonts.body = io.Fonts->AddFontDefault(&fallback);
  }
  io.FontDefault = app->fonts.body;
  io.FontGlobalScale = 1.0f / ratio;
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Every text the console draws is in the semantics tree: new Chinese characters there mean the
// font atlas needs them (drawn as '?' for one frame until then).
void collectGlyphs() {
  bool added = false;
  auto scan = [&](const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
      const char32_t c = nextCodePoint(text, i);
      // The atlas holds the Basic Multilingual Plane's CJK range (ImWchar is 16 bits).
      if (c >= 0x2E80 && c < 0xFFFD && app->cjkGlyphs.insert(static_cast<ImWchar>(c)).second) added = true;
    }
  };
  for (const auto& node : app->semantics.nodes()) {
    scan(node.name);
    scan(node.value);
  }
  if (added && !app->fontCjk.empty()) {
    app->fontRatio = 0;  // rebuild the atlas on the next frame
    requestFrames(2);
  }
}

void publishSemantics() {
  std::string json = app->semantics.toJson();
  if (json == app->publishedSemantics) return;
  app->publishedSemantics = std::move(json);
  koo_js_publish_semantics(app->publishedSemantics.c_str());
  collectGlyphs();
}

void deliverOfflineAnswers() {
  if (app->offline) app->offline->transport.deliverDue();
}

// After drawing, as the frame may have sent a request: wake up when the next answer is due.
void scheduleOfflineAnswers() {
  if (!app->offline) return;
  const auto wait = app->offline->transport.msUntilNextDue();
  if (wait >= 0) app->host->wakeAfter(static_cast<double>(wait));
}

void runFrame() {
  deliverOfflineAnswers();
  ImGuiIO& io = ImGui::GetIO();
  const double now = emscripten_get_now();
  // Headless virtual time can freeze the clock; ImGui asserts on a zero DeltaTime.
  io.DeltaTime = static_cast<float>(std::clamp((now - app->lastFrameTime) / 1000.0, 1e-4, 0.1));
  app->lastFrameTime = now;
  io.DisplaySize = ImVec2(app->cssWidth, app->cssHeight);
  io.DisplayFramebufferScale = ImVec2(app->pixelRatio, app->pixelRatio);
  buildFonts();

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  app->semantics.beginFrame();
  ui::Ui ui{app->semantics, app->fonts};
  app->console->draw(ui);
  scheduleOfflineAnswers();
  ImGui::Render();

  glViewport(0, 0, static_cast<int>(app->cssWidth * app->pixelRatio), static_cast<int>(app->cssHeight * app->pixelRatio));
  const ImVec4 clear = ui::theme::kBackground;
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  if (auto route = app->console->takePendingRoute()) koo_js_push_route(route->c_str());
  publishSemantics();
  if (ImGui::GetMouseCursor() != app->cursor) {
    app->cursor = ImGui::GetMouseCursor();
    koo_js_set_cursor(app->cursor);
  }
  if (!app->announcedReady) {
    app->announcedReady = true;
    koo_js_notify_ready();
  }
}

EM_BOOL onAnimationFrame(double, void*) {
  app->frameScheduled = false;
  if (app->stopped) return EM_FALSE;
  // Input is consumed frames after it arrived (ImGui trickles it, and a busy machine queues it
  // behind slow frames), so the frames that let the console settle count from its consumption:
  // the frame that takes a button's release must be followed by one that shows what it did.
  const bool consumesInput = !ImGui::GetCurrentContext()->InputEventsQueue.empty();
  runFrame();
  if (app->framesWanted > 0) --app->framesWanted;
  if (consumesInput) app->framesWanted = std::max(app->framesWanted, 2);
  // Keep going while ImGui still has queued input (it trickles one event kind per frame).
  if (app->framesWanted > 0 || !ImGui::GetCurrentContext()->InputEventsQueue.empty()) requestFrames(0);
  return EM_FALSE;  // one-shot: the next frame is requested only when needed
}

void requestFrames(int count) {
  if (app->stopped) return;  // late timers and network answers of a removed widget
  app->framesWanted = std::max(app->framesWanted, count);
  if (app->frameScheduled) return;
  app->frameScheduled = true;
  app->frameRequest = emscripten_request_animation_frame(onAnimationFrame, nullptr);
}

bool createConsole(const nlohmann::json& config) {
  app->host = std::make_unique<platform::BrowserHost>([] { requestFrames(2); });
  ui::AppOptions options;
  options.token = configString(config, "token");
  const std::string apiBase = configString(config, "apiBase");
  const bool offline = !config.contains("apiBase");
  api::Transport* transport = nullptr;
  if (offline) {
    std::string error;
    auto demo = backend::DemoBackend::create(backend::systemNow, backend::RouterOptions{.testMode = true}, error);
    if (!demo) {
      emscripten_log(EM_LOG_ERROR, "koo-console: the demo data set is broken: %s", error.c_str());
      return false;
    }
    app->offline = std::make_unique<OfflineBackend>(std::move(demo));
    transport = &app->offline->transport;
    // Sales demos start signed in as the chosen (or first) demo buyer.
    const std::string wanted = configString(config, "demoBuyer");
    for (const auto& buyer : app->offline->demo->store().buyers()) {
      if (!wanted.empty() && buyer.buyer.userName != wanted && buyer.buyer.buyerId != wanted) continue;
      SignInRequest request;
      request.userName = buyer.buyer.userName;
      request.password = buyer.password;
      if (options.token.empty()) options.autoSignIn = request;
      break;
    }
  } else {
    platform::FetchOptions fetchOptions;
    fetchOptions.baseUrl = apiBase;
    if (auto timeout = config.find("timeoutMs"); timeout != config.end() && timeout->is_number_integer())
      fetchOptions.timeoutMs = timeout->get<int>();
    app->fetch = std::make_unique<platform::FetchTransport>(fetchOptions, [] { requestFrames(2); });
    transport = app->fetch.get();
  }
  app->console = std::make_unique<ui::ConsoleApp>(*transport, *app->host, options);
  return true;
}
}  // namespace

// Called by koo_platform.js; every event asks for a few frames so ImGui can react and settle.
extern "C" {
EMSCRIPTEN_KEEPALIVE void koo_on_resize(float width, float height, float pixelRatio) {
  app->cssWidth = width;
  app->cssHeight = height;
  app->pixelRatio = pixelRatio > 0 ? pixelRatio : 1.0f;
  requestFrames(2);
}
EMSCRIPTEN_KEEPALIVE void koo_on_pointer_move(float x, float y) {
  ImGui::GetIO().AddMousePosEvent(x, y);
  requestFrames(2);
}
EMSCRIPTEN_KEEPALIVE void koo_on_pointer_button(int button, int down) {
  if (button < 0 || button >= ImGuiMouseButton_COUNT) return;
  ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
  requestFrames(3);
}
EMSCRIPTEN_KEEPALIVE void koo_on_wheel(float dx, float dy) {
  ImGui::GetIO().AddMouseWheelEvent(dx, dy);
  requestFrames(3);
}
EMSCRIPTEN_KEEPALIVE void koo_on_key(const char* code, int down, int ctrl, int shift, int alt, int meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
  io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
  io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
  io.AddKeyEvent(ImGuiMod_Super, meta != 0);
  const ImGuiKey key = koo::platform::keyFromCode(code ? code : "");
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
  requestFrames(3);
}
EMSCRIPTEN_KEEPALIVE void koo_on_text(unsigned int codepoint) {
  ImGui::GetIO().AddInputCharacter(codepoint);
  requestFrames(3);
}
EMSCRIPTEN_KEEPALIVE void koo_on_focus(int focused) {
  ImGui::GetIO().AddFocusEvent(focused != 0);
  requestFrames(2);
}
EMSCRIPTEN_KEEPALIVE void koo_on_route(const char* route) {
  app->console->followRoute(route ? route : "");
  requestFrames(2);
}
// The host removed the widget: stop scheduling frames, destroy the ImGui and GL objects, and let
// koo_platform.js drop its listeners and the GL context. The rest of the heap goes with the
// instance (a network answer still in flight lands in it harmlessly: see requestFrames).
void koo_js_teardown();
EMSCRIPTEN_KEEPALIVE void koo_shutdown() {
  if (!app || app->stopped) return;
  app->stopped = true;
  if (app->frameScheduled) emscripten_cancel_animation_frame(app->frameRequest);
  app->frameScheduled = false;
  if (app->rendererReady) ImGui_ImplOpenGL3_Shutdown();
  app->rendererReady = false;
  if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
  koo_js_teardown();
}
// The browser scrolled the mirror to show an element (focus, scrollIntoView): scroll the
// content instead, so the canvas and the mirror stay aligned.
EMSCRIPTEN_KEEPALIVE void koo_on_scroll_into_view(float dy) {
  app->console->scrollContentBy(dy);
  requestFrames(3);
}
// A mirror element was activated without a pointer (keyboard, screen reader): click its center.
EMSCRIPTEN_KEEPALIVE void koo_on_mirror_activate(unsigned int nodeId) {
  for (const auto& node : app->semantics.nodes()) {
    if (node.id != nodeId) continue;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(node.rect.x + node.rect.width / 2, node.rect.y + node.rect.height / 2);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    requestFrames(4);
    return;
  }
}
}

int main() {
  app = new App();
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written to a file system the module does not have
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Ctrl+C in a text field goes to the system clipboard (pasting arrives as a paste event).
  io.SetClipboardTextFn = [](void*, const char* text) { koo_js_copy_text(text); };
  ui::theme::apply(ImGui::GetStyle());

  if (!koo_js_init()) {
    emscripten_log(EM_LOG_ERROR, "koo-console: WebGL2 is not available");
    return 1;
  }
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app->rendererReady = true;
  app->fontBody = takeFont(0);
  app->fontBold = takeFont(1);
  app->fontCjk = takeFont(2);
  if (!createConsole(readConfig())) return 1;

  char route[512] = {0};
  koo_js_initial_route(route, sizeof route);
  app->console->followRoute(route);
  requestFrames(2);
  return 0;  // the runtime stays alive (EXIT_RUNTIME is off): frames come from events
}
