// The console module's entry point in the browser, composition only: the Dear ImGui context with
// the browser backend (browser_backend.h) and the OpenGL3 renderer, the font atlas, the frame
// schedule, the transport the configuration chose, the ConsoleApp and the mirror publisher,
// bound to the page through the JS bridge (js_bridge.h).
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <memory>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "browser_backend.h"
#include "browser_host.h"
#include "console_app.h"
#include "console_transport.h"
#include "core/i18n.h"
#include "font_atlas.h"
#include "frame_schedule.h"
#include "imgui.h"
#include "input.h"
#include "imgui_impl_opengl3.h"
#include "js_bridge.h"
#include "mirror_publisher.h"
#include "theme.h"

namespace {
using namespace koo;

constexpr int kFramesAfterEvent = 2;   // ImGui reacts and settles
constexpr int kFramesAfterPress = 3;   // a press or key is consumed a frame later, then settles
constexpr int kFramesAfterClick = 4;   // a synthetic click: move, press and release
// The first frame waits this long at most for the first answers (the view's data, asked for before
// it), so that it shows them instead of a loading state that the next frame replaces: one frame
// fewer before the rows, and a busy or software-rendering browser spends each one dearly.
constexpr double kFirstFrameWaitMs = 150;
constexpr int kFirstFrameLayouts = 3;  // at most, while each one shows characters new to the atlas

// The browser's preferred language ("zh-CN"), for a host that names no locale.
EM_JS(void, koo_js_browser_language, (char* out, int size), {
  stringToUTF8(typeof navigator !== 'undefined' && navigator.language ? navigator.language : '', out, size);
});

struct App;
App* app = nullptr;  // set once the console exists; the exports do nothing before (or without) it
void requestFrames(int count);
void changeAppearance(const ui::theme::Appearance& next);
void requestChosenCatalogue();
void answerArrived();
EM_BOOL onAnimationFrame(double, void*);

// Everything a running console holds. Constructing it needs a transport, so there is never a
// frame without a console.
struct App {
  platform::BrowserBackend backend;
  platform::FontAtlas fontAtlas;
  platform::FrameSchedule frames;
  platform::BrowserHost host{[] { requestFrames(kFramesAfterEvent); }};
  std::unique_ptr<platform::ConsoleTransport> transport;
  ui::ConsoleApp console;
  ui::SemanticsTree semantics;
  platform::MirrorPublisher mirror{[](const std::string& json) { koo_js_publish_semantics(json.c_str()); }};
  platform::TouchScroller touch;
  int touchSizingInFrames = 0;  // frames until the first touch's 44 px sizing takes effect
  bool rendererReady = false;  // ImGui's OpenGL3 backend holds GL objects
  bool waitingForAnswers = true;  // no frame until main sent the first requests and they were answered (or the deadline)
  bool announcedReady = false;
  double atlasMsBeforeFrame = -1;   // an atlas built before the first frame, reported with it
  std::string languageTag;     // the language the mirror was last told (its lang attribute)

  App(std::unique_ptr<platform::ConsoleTransport> chosen, ui::AppOptions options)
      : fontAtlas(platform::takeHostFont(0), platform::takeHostFont(1), platform::takeHostFont(2)),
        frames(platform::FrameHooks{
            .requestAnimationFrame = [] { return emscripten_request_animation_frame(onAnimationFrame, nullptr); },
            .cancelAnimationFrame = [](long request) { emscripten_cancel_animation_frame(request); },
            .inputQueued = [this] { return backend.inputQueued(); },
            .draw = [this] { drawFrame(); }}),
        transport(std::move(chosen)),
        console(transport->transport(), host, withAutoSignIn(std::move(options), *transport)) {}

  static ui::AppOptions withAutoSignIn(ui::AppOptions options, platform::ConsoleTransport& chosen) {
    auto autoSignIn = chosen.takeAutoSignIn();
    if (options.token.empty()) options.autoSignIn = std::move(autoSignIn);
    return options;
  }

  void drawFrame();
  void layOutFrame();
  bool learnGlyphs();
  double prepareFonts();
  void render();
  void publishMirror();
};

void App::drawFrame() {
  const double startedMs = emscripten_get_now();
  double atlasMs = std::exchange(atlasMsBeforeFrame, -1.0);
  transport->deliverDueAnswers();
  backend.newFrame(startedMs);
  if (touch.flinging()) {  // a flick goes on scrolling, slowing down, a frame at a time
    console.scrollContentBy(touch.step(startedMs));
    if (touch.flinging()) requestFrames(kFramesAfterEvent);
  }
  if (const double built = prepareFonts(); built >= 0) atlasMs = built;
  layOutFrame();
  // The first frame the buyer sees draws no character as '?': those its texts need and the atlas
  // was not built with (a Chinese page's, a seller's "é") are rasterised, and the frame laid out
  // again (a layout's first pass may not show everything yet: at most twice more). Later frames
  // learn them the same way, for the next frame (publishMirror).
  for (int again = 0; !announcedReady && again < kFirstFrameLayouts - 1 && learnGlyphs(); ++again) {
    ImGui::EndFrame();
    if (const double built = prepareFonts(); built >= 0) atlasMs = std::max(atlasMs, 0.0) + built;
    backend.newFrame(emscripten_get_now());
    layOutFrame();
  }
  transport->wakeForNextAnswer(host);  // after the draw, which may have sent a request
  ImGui::Render();
  render();

  if (console.hasPendingRoute()) requestFrames(1);  // to publish it with its view's mirror
  const double mirrorStartedMs = emscripten_get_now();
  publishMirror();
  const double mirrorMs = emscripten_get_now() - mirrorStartedMs;
  if (const std::string tag(localeTag(currentLocale())); tag != languageTag) {
    languageTag = tag;
    koo_js_set_language(tag.c_str());  // screen readers pronounce the mirror in its language
  }
  if (int slot = fontAtlas.takeFontRequest()) koo_js_request_font(slot);
  requestChosenCatalogue();
  if (touchSizingInFrames > 0 && --touchSizingInFrames == 0) {
    auto appearance = ui::theme::appearance();
    appearance.touch = true;
    changeAppearance(appearance);
  }
  backend.updateCursor();
  backend.updateTextInput();  // after the mirror, which holds the field's <input>
  koo_js_frame_drawn(startedMs, emscripten_get_now() - startedMs - mirrorMs, mirrorMs, atlasMs);
  if (!announcedReady) {
    announcedReady = true;
    koo_js_notify_ready();
  }
}

// Dear ImGui's frame with the console in it, and the semantics tree of what it drew.
void App::layOutFrame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  // The route a click chose last frame reaches the URL now, in the frame whose mirror shows the
  // view entered for it (its loading state included): a script or test that sees the new URL
  // never reads the previous view's mirror as the new one's.
  if (auto route = console.takePendingRoute()) koo_js_push_route(route->c_str());
  semantics.beginFrame();
  ui::Ui ui{semantics, fontAtlas.fonts()};
  console.draw(ui);
}

// Every text the console draws is in the semantics tree: characters there that the atlas lacks
// make it rebuild (true) at the next prepareFonts; the first Chinese ones fetch the Chinese font.
bool App::learnGlyphs() {
  bool newGlyphs = false;
  for (const auto& node : semantics.nodes()) {
    newGlyphs = fontAtlas.addGlyphsOf(node.name) || newGlyphs;
    newGlyphs = fontAtlas.addGlyphsOf(node.value) || newGlyphs;
    newGlyphs = fontAtlas.addGlyphsOf(node.hint) || newGlyphs;
  }
  return newGlyphs;
}

// Builds the font atlas when the pixel ratio or the characters in use changed, and uploads it once
// the renderer exists (before, its device objects do): how long it took in milliseconds, or -1
// when nothing changed.
double App::prepareFonts() {
  const double startedMs = emscripten_get_now();
  if (!fontAtlas.prepare(backend.pixelRatio())) return -1;
  if (rendererReady) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  koo_js_font_atlas_built(static_cast<int>(fontAtlas.builtCjkGlyphs()), static_cast<int>(fontAtlas.missingCjkGlyphs()),
                          fontAtlas.learnedCharacters().c_str());
  return emscripten_get_now() - startedMs;
}

void App::render() {
  const float ratio = backend.pixelRatio();
  glViewport(0, 0, static_cast<int>(backend.cssWidth() * ratio), static_cast<int>(backend.cssHeight() * ratio));
  const ImVec4 clear = ui::theme::palette().background;
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

// A changed tree goes to the mirror; characters new to the atlas are drawn as '?' in this frame
// and rasterised for the next.
void App::publishMirror() {
  if (mirror.publish(semantics) && learnGlyphs()) requestFrames(kFramesAfterEvent);
}

EM_BOOL onAnimationFrame(double, void*) {
  if (app) app->frames.animationFrame();
  return EM_FALSE;  // one-shot: the next frame is requested only when needed
}

// While the first frame waits for the first answers, events only add to what it will show.
void requestFrames(int count) {
  if (app && !app->waitingForAnswers) app->frames.request(count);
}

// The first frame may come: the first answers are in, or the deadline passed (nothing to do when
// the answers came first).
void stopWaitingForAnswers() {
  if (!app || !app->waitingForAnswers) return;
  app->waitingForAnswers = false;
  requestFrames(kFramesAfterEvent);
}

// Every Fetch answer asks for a frame to show it; before the first frame, once none is in flight.
void answerArrived() {
  if (!app) return;
  if (!app->transport->answersInFlight()) stopWaitingForAnswers();
  requestFrames(kFramesAfterEvent);  // ignored while the first frame still waits
}

// A console exists and was not shut down: only then may events reach Dear ImGui.
bool running() { return app && !app->frames.stopped(); }


// The appearance changed (theme, media queries, input): the next frame restyles.
void changeAppearance(const ui::theme::Appearance& next) {
  const auto& now = ui::theme::appearance();
  if (next.hostTheme == now.hostTheme && next.prefersDark == now.prefersDark && next.forcedColors == now.forcedColors &&
      next.reducedMotion == now.reducedMotion && next.touch == now.touch)
    return;
  ui::theme::setAppearance(next);
  requestFrames(kFramesAfterEvent);
}

// The buyer (or the host's locale) chose a language whose texts are not compiled in: the page
// fetches them (koo_resources.js); the console keeps its language until they arrive.
void requestChosenCatalogue() {
  if (const auto locale = takeCatalogueRequest()) koo_js_request_catalogue(std::string(localeTag(*locale)).c_str());
}

// The console cannot start: the page says so (and the widget raises koo-error).
int fail(const std::string& message) {
  koo_js_fail(("koo-console: " + message).c_str());
  return 1;
}
}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE void koo_on_resize(float width, float height, float pixelRatio) {
  if (!running()) return;
  app->backend.resize(width, height, pixelRatio);
  requestFrames(kFramesAfterEvent);
}
EMSCRIPTEN_KEEPALIVE void koo_on_pointer_move(float x, float y) {
  if (!running()) return;
  app->backend.pointerMove(x, y);
  requestFrames(kFramesAfterEvent);
}
EMSCRIPTEN_KEEPALIVE void koo_on_pointer_button(int button, int down) {
  if (!running()) return;
  if (down) app->touchSizingInFrames = 0;
  if (down && ui::theme::appearance().touch) {  // a mouse or pen again: controls at their usual size
    auto appearance = ui::theme::appearance();
    appearance.touch = false;
    changeAppearance(appearance);
  }
  app->backend.pointerButton(button, down != 0);
  requestFrames(kFramesAfterPress);
}
EMSCRIPTEN_KEEPALIVE void koo_on_wheel(float dx, float dy) {
  if (!running()) return;
  app->backend.wheel(dx, dy);
  requestFrames(kFramesAfterPress);
}
EMSCRIPTEN_KEEPALIVE void koo_on_key(const char* code, int down, int ctrl, int shift, int alt, int meta) {
  if (!running()) return;
  app->backend.key(code ? code : "", down != 0, {ctrl != 0, shift != 0, alt != 0, meta != 0});
  requestFrames(kFramesAfterPress);
}
EMSCRIPTEN_KEEPALIVE void koo_on_text(const char* utf8) {
  if (!running()) return;
  app->backend.text(utf8);
  requestFrames(kFramesAfterPress);
}
EMSCRIPTEN_KEEPALIVE void koo_on_focus(int focused) {
  if (!running()) return;
  app->backend.focus(focused != 0);
  requestFrames(kFramesAfterEvent);
}
EMSCRIPTEN_KEEPALIVE void koo_on_route(const char* route) {
  if (!running()) return;
  app->console.followRoute(route ? route : "");
  requestFrames(kFramesAfterEvent);
}
EMSCRIPTEN_KEEPALIVE void koo_on_scroll_into_view(float dy) {
  if (!running()) return;
  app->console.scrollContentBy(dy);
  requestFrames(kFramesAfterPress);
}
EMSCRIPTEN_KEEPALIVE void koo_on_mirror_activate(unsigned int nodeId) {
  if (!running()) return;
  for (const auto& node : app->semantics.nodes()) {
    if (node.id != nodeId) continue;
    app->backend.clickAt(node.rect.x + node.rect.width / 2, node.rect.y + node.rect.height / 2);
    requestFrames(kFramesAfterClick);
    return;
  }
}
EMSCRIPTEN_KEEPALIVE void koo_on_touch(int phase, float x, float y) {
  if (!running()) return;
  const double now = emscripten_get_now();
  auto& touch = app->touch;
  switch (phase) {
    case 0: touch.press(x, y, now); break;
    case 1:
      if (const float dy = touch.move(x, y, now); dy != 0) {
        app->console.scrollContentBy(dy);
        requestFrames(kFramesAfterEvent);
      }
      break;
    case 2:
      if (touch.release(now, !ui::theme::reducedMotion())) {
        app->backend.clickAt(touch.tapX(), touch.tapY());
        requestFrames(kFramesAfterClick);
        // 44 px targets once the tap's click is done, so the layout does not move under it.
        if (!ui::theme::appearance().touch) app->touchSizingInFrames = kFramesAfterClick;
      } else {
        if (!ui::theme::appearance().touch) app->touchSizingInFrames = 1;
        app->backend.pointerMove(-FLT_MAX, -FLT_MAX);  // no hover left under a lifted finger
        requestFrames(kFramesAfterEvent);
      }
      break;
    default: touch.cancel(); break;
  }
}
EMSCRIPTEN_KEEPALIVE void koo_on_appearance(int prefersDark, int forcedColors, int reducedMotion) {
  if (!running()) return;
  auto appearance = ui::theme::appearance();
  appearance.prefersDark = prefersDark != 0;
  appearance.forcedColors = forcedColors != 0;
  appearance.reducedMotion = reducedMotion != 0;
  if (appearance.reducedMotion) app->touch.cancel();  // a flick in progress stops
  changeAppearance(appearance);
}
EMSCRIPTEN_KEEPALIVE void koo_on_theme(const char* name) {
  if (!running()) return;
  auto appearance = ui::theme::appearance();
  appearance.hostTheme = ui::theme::parseHostTheme(name ? name : "");
  changeAppearance(appearance);
}
EMSCRIPTEN_KEEPALIVE void koo_on_keyboard_focus(unsigned int nodeId) {
  if (!running()) return;
  app->console.setKeyboardFocus(nodeId);
  requestFrames(kFramesAfterEvent);
}
EMSCRIPTEN_KEEPALIVE void koo_on_catalogue(const char* tag, const char* json) {
  if (!running()) return;
  const Locale locale = parseLocaleTag(tag ? tag : "");
  if (!json || !installCatalogue(locale, json)) catalogueUnavailable(locale);  // the next choice asks again
  requestFrames(kFramesAfterEvent);
}
EMSCRIPTEN_KEEPALIVE void koo_on_font_loaded(int slot) {
  if (!running()) return;
  app->fontAtlas.setFont(slot, platform::takeHostFont(slot));
  requestFrames(kFramesAfterEvent);
}
// The rest of the heap goes with the instance (a network answer still in flight lands in it
// harmlessly: the stopped schedule asks for no frame).
EMSCRIPTEN_KEEPALIVE void koo_on_shutdown() {
  if (!app || app->frames.stopped()) return;
  app->frames.stop();
  if (app->rendererReady) ImGui_ImplOpenGL3_Shutdown();
  app->rendererReady = false;
  if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
  koo_js_teardown();
}
}

int main() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();

  const nlohmann::json config = platform::takeHostConfig();
  // The host's theme (config.json, ?theme=, the widget's attribute) wins over the browser's
  // colour scheme, which koo_js_init reports with the other media queries.
  ui::theme::Appearance appearance;
  appearance.hostTheme = ui::theme::parseHostTheme(platform::configString(config, "theme"));
  ui::theme::setAppearance(appearance);
  setDisplayTimeZone(platform::browserTimeZone(platform::configString(config, "timeZone")));
  // Dear ImGui's built-in font is not in the module (cmake/dependencies.cmake): no text without ours.
  if (koo_js_font_size(0) == 0) return fail("its font could not be downloaded (reload the page to try again)");
  std::string error;
  auto transport = platform::ConsoleTransport::choose(config, [] { answerArrived(); }, error);
  if (!transport) return fail(error);
  ui::AppOptions options;
  options.token = platform::configString(config, "token");
  std::string locale = platform::configString(config, "locale");  // locale attribute, page config, ?lang=
  if (locale.empty()) {
    char language[64] = {0};
    koo_js_browser_language(language, sizeof language);
    locale = language;
  }
  options.locale = parseLocaleTag(locale);
  // Test-only views (the widget gallery) open in the offline demo, whose backend is in test mode
  // anyway, and where the host's configuration says `"testMode": true`.
  const auto testMode = config.find("testMode");
  options.testMode = transport->offline() || (testMode != config.end() && testMode->is_boolean() && testMode->get<bool>());
  app = new App(std::move(transport), std::move(options));
  requestChosenCatalogue();  // a Chinese start: the loader has it already, so the first frame is Chinese
  // The first view's data is asked for now, so it travels while WebGL and the fonts get ready.
  char route[512] = {0};
  koo_js_initial_route(route, sizeof route);
  app->console.followRoute(route);
  app->console.startLoading();
  // The answers that come while main runs wait in the browser's task queue behind it: a frame
  // asked for before they are taken (the size koo_js_init reports asks for one, so does a Chinese
  // catalogue installed above) would come first and show a loading state. The last answer asks
  // for the first frame, or the deadline does.
  app->waitingForAnswers = app->transport->answersInFlight();
  if (app->waitingForAnswers) emscripten_set_timeout([](void*) { stopWaitingForAnswers(); }, kFirstFrameWaitMs, nullptr);

  // The canvas stays hidden until the first frame (koo_js_create_context), so the new context is
  // not one more frame for the browser to composite (under software compositing, to read back)
  // before ours, while the shaders, the atlas and its texture are made as the answers travel.
  if (!koo_js_create_context()) {
    app->frames.stop();
    return fail("WebGL2 is not available");
  }
  // Input, size and route events start here, with a console to receive them.
  koo_js_init();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app->atlasMsBeforeFrame = app->prepareFonts();
  ImGui_ImplOpenGL3_CreateDeviceObjects();  // also uploads the atlas
  app->rendererReady = true;
  requestFrames(kFramesAfterEvent);
  return 0;  // the runtime stays alive (EXIT_RUNTIME is off): frames come from events
}
