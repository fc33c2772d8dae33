// The console module's entry point in the browser: owns the ImGui context and the WebGL2
// renderer, runs frames on requestAnimationFrame only when something asked for one, and
// receives input, resizes and route changes from koo_platform.js.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "browser.h"
#include "console_frame.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "input.h"
#include "theme.h"

namespace {
using namespace koo;

struct App {
  ui::ConsoleFrame frame;
  ui::SemanticsTree semantics;
  ui::Fonts fonts;
  std::string publishedSemantics;
  std::vector<unsigned char> fontBody, fontBold;
  float cssWidth = 0, cssHeight = 0, pixelRatio = 1, fontRatio = 0;
  double lastFrameTime = 0;
  int framesWanted = 0;  // frames still owed after an event (ImGui settles over a few frames)
  bool frameScheduled = false;
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

// Rasterizes the fonts for the current device pixel ratio, so text stays sharp on HiDPI.
void buildFonts() {
  if (app->fontRatio == app->pixelRatio) return;
  app->fontRatio = app->pixelRatio;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float ratio = app->pixelRatio;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the app keeps the bytes for the next rebuild
  auto add = [&](std::vector<unsigned char>& bytes, float size) -> ImFont* {
    if (bytes.empty()) return nullptr;
    return io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), size * ratio, &config);
  };
  app->fonts.body = add(app->fontBody, 15.0f);
  app->fonts.heading = add(app->fontBold.empty() ? app->fontBody : app->fontBold, 21.0f);
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

void syncHistory() {
  if (auto route = app->frame.navigator.takePendingRoute()) koo_js_push_route(route->c_str());
}

void publishSemantics() {
  std::string json = app->semantics.toJson();
  if (json == app->publishedSemantics) return;
  app->publishedSemantics = std::move(json);
  koo_js_publish_semantics(app->publishedSemantics.c_str());
}

void runFrame() {
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
  ui::drawConsoleFrame(ui, app->frame, nullptr);
  ImGui::Render();

  const int fb_width = static_cast<int>(app->cssWidth * app->pixelRatio);
  const int fb_height = static_cast<int>(app->cssHeight * app->pixelRatio);
  glViewport(0, 0, fb_width, fb_height);
  const ImVec4 clear = ui::theme::kBackground;
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  syncHistory();
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
  runFrame();
  if (app->framesWanted > 0) --app->framesWanted;
  // Keep going while ImGui still has queued input (it trickles one event kind per frame).
  if (app->framesWanted > 0 || !ImGui::GetCurrentContext()->InputEventsQueue.empty()) requestFrames(0);
  return EM_FALSE;  // one-shot: the next frame is requested only when needed
}

void requestFrames(int count) {
  app->framesWanted = std::max(app->framesWanted, count);
  if (app->frameScheduled) return;
  app->frameScheduled = true;
  emscripten_request_animation_frame(onAnimationFrame, nullptr);
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
  app->frame.navigator.followRoute(route ? route : "");
  requestFrames(2);
}
// A mirror element was activated without a pointer (keyboard, screen reader): click its center.
EMSCRIPTEN_KEEPALIVE void koo_on_mirror_activate(unsigned int node_id) {
  for (const auto& node : app->semantics.nodes()) {
    if (node.id != node_id) continue;
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
  ui::theme::apply(ImGui::GetStyle());

  if (!koo_js_init()) {
    emscripten_log(EM_LOG_ERROR, "koo-console: WebGL2 is not available");
    return 1;
  }
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app->fontBody = takeFont(0);
  app->fontBold = takeFont(1);

  char route[256] = {0};
  koo_js_initial_route(route, sizeof route);
  app->frame.navigator.followRoute(route);
  requestFrames(2);
  return 0;  // the runtime stays alive (EXIT_RUNTIME is off): frames come from events
}
